/**
 * A design-convergence layout as an `<svg>`: stacked share bars per year. A function from data
 * to SVG (`document` injected, as in Observable Plot), so the page draws it at build time and
 * ships no chart script; the same function runs in a browser.
 */
import { select } from 'd3';
import type { TrendSegment, TrendsLayout } from './trends-layout.ts';

export interface TrendsRenderOptions {
  colorOf: (value: string) => number;
  /** Where a segment links to (the table filtered to its value), or undefined for no link. */
  href?: (segment: TrendSegment) => string;
  /** Accessible name of a segment, given the number of models of its year with a known value. */
  describe: (segment: TrendSegment, known: number) => string;
}

const SVG = 'http://www.w3.org/2000/svg';
/** Positions to a hundredth of a unit: enough for any screen, and the markup stays short. */
const r = (n: number) => Math.round(n * 100) / 100;

export function renderTrends(layout: TrendsLayout, options: TrendsRenderOptions, context: { document: Document }): SVGSVGElement {
  const svg = context.document.createElementNS(SVG, 'svg');
  const root = select(svg).attr('xmlns', SVG).attr('viewBox', `0 0 ${layout.width} ${layout.height}`);
  const { plot } = layout;
  const axes = root.append('g').attr('class', 'axes');
  for (const t of layout.yTicks)
    axes
      .append('text')
      .attr('class', 'y')
      .attr('x', r(plot.x0 - 4))
      .attr('y', r(t.y + 4))
      .attr('text-anchor', 'end')
      .text(t.label);
  for (const y of layout.years) {
    const x = r(y.x + y.width / 2);
    axes
      .append('text')
      .attr('class', 'x')
      .attr('x', x)
      .attr('y', r(plot.y1 + 14))
      .attr('text-anchor', 'middle')
      .text(`’${String(y.year).slice(2)}`);
    axes
      .append('text')
      .attr('class', 'n')
      .attr('x', x)
      .attr('y', r(plot.y0 - 6 - y.labelRow * 12))
      .attr('text-anchor', 'middle')
      .text(String(y.known));
  }
  const bars = root.append('g').attr('class', 'bars');
  const known = new Map(layout.years.map((y) => [y.year, y.known]));
  for (const d of layout.segments) {
    const label = options.describe(d, known.get(d.year) ?? 0);
    const parent = options.href ? bars.append('a').attr('href', options.href(d)).attr('aria-label', label) : bars;
    const rect = parent
      .append('rect')
      .attr('class', `segment c-${options.colorOf(d.value)}`)
      .attr('x', r(d.x))
      .attr('y', r(d.y))
      .attr('width', r(d.width))
      .attr('height', r(d.height))
      .attr('data-value', d.value)
      .attr('data-year', d.year);
    if (!options.href) rect.attr('role', 'img').attr('aria-label', label);
    rect.append('title').text(label);
  }
  return svg;
}
