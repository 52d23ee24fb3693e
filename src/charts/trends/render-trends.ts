/** Render a design-convergence layout into an `<svg>` with D3: stacked share bars per year. */
import { select } from 'd3';
import type { TrendSegment, TrendsLayout } from './trends-layout.ts';

export interface TrendsRenderOptions {
  colorOf: (value: string) => number;
  /** Whether a segment filters the table when activated (rendered as a focusable link). */
  linkable: boolean;
  /** Accessible name of a segment, given the number of models of its year with a known value. */
  describe: (segment: TrendSegment, known: number) => string;
}

export function renderTrends(svg: SVGSVGElement, layout: TrendsLayout, options: TrendsRenderOptions): void {
  const root = select(svg).attr('viewBox', `0 0 ${layout.width} ${layout.height}`);
  root.selectAll('*').remove();
  const { plot } = layout;
  const axes = root.append('g').attr('class', 'axes');
  axes
    .selectAll('text.y')
    .data(layout.yTicks)
    .join('text')
    .attr('class', 'y')
    .attr('x', plot.x0 - 4)
    .attr('y', (d) => d.y + 4)
    .attr('text-anchor', 'end')
    .text((d) => d.label);
  axes
    .selectAll('text.x')
    .data(layout.years)
    .join('text')
    .attr('class', 'x')
    .attr('x', (d) => d.x + d.width / 2)
    .attr('y', plot.y1 + 14)
    .attr('text-anchor', 'middle')
    .text((d) => `’${String(d.year).slice(2)}`);
  axes
    .selectAll('text.n')
    .data(layout.years)
    .join('text')
    .attr('class', 'n')
    .attr('x', (d) => d.x + d.width / 2)
    .attr('y', plot.y0 - 6)
    .attr('text-anchor', 'middle')
    .text((d) => (d.unknown ? `${d.known}+${d.unknown}?` : String(d.known)));
  root
    .append('g')
    .attr('class', 'bars')
    .selectAll<SVGRectElement, TrendSegment>('rect')
    .data(layout.segments)
    .join('rect')
    .attr('class', (d) => `segment c-${options.colorOf(d.value)}`)
    .attr('x', (d) => d.x)
    .attr('y', (d) => d.y)
    .attr('width', (d) => d.width)
    .attr('height', (d) => d.height)
    .attr('data-value', (d) => d.value)
    .attr('data-year', (d) => d.year)
    .attr('tabindex', 0)
    .attr('role', options.linkable ? 'link' : 'img')
    .attr('aria-label', (d) => options.describe(d, layout.years.find((y) => y.year === d.year)!.known));
}
