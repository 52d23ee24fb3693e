/**
 * Render a timeline layout into an `<svg>` with D3 (data join by model id, so re-rendering after
 * a zoom moves marks instead of rebuilding them). Colours are classes (`c-0` … `c-9`) so the
 * stylesheet can theme them; text goes in as text.
 */
import { select } from 'd3';
import type { TimelineLayout, TimelineMark } from './timeline-layout.ts';

export interface TimelineRenderOptions {
  /** Colour class index per group. */
  colorOf: (group: string) => number;
  /** Accessible name of each mark. */
  describe: (id: string) => string;
}

export function renderTimeline(svg: SVGSVGElement, layout: TimelineLayout, options: TimelineRenderOptions): void {
  const root = select(svg).attr('viewBox', `0 0 ${layout.width} ${layout.height}`);
  const layer = (name: string) => {
    let g = root.select<SVGGElement>(`g.${name}`);
    if (g.empty()) g = root.append('g').attr('class', name);
    return g;
  };
  const { plot, band } = layout;

  const grid = layer('grid');
  grid
    .selectAll('line.x')
    .data(layout.xTicks, (d) => (d as { label: string }).label)
    .join('line')
    .attr('class', 'x')
    .attr('x1', (d) => d.x)
    .attr('x2', (d) => d.x)
    .attr('y1', plot.y0)
    .attr('y2', band.y1);
  grid
    .selectAll('line.y')
    .data(layout.yTicks, (d) => (d as { label: string }).label)
    .join('line')
    .attr('class', 'y')
    .attr('x1', plot.x0)
    .attr('x2', plot.x1)
    .attr('y1', (d) => d.y)
    .attr('y2', (d) => d.y);

  const axes = layer('axes');
  axes
    .selectAll('text.x')
    .data(layout.xTicks, (d) => (d as { label: string }).label)
    .join('text')
    .attr('class', 'x')
    .attr('x', (d) => d.x)
    .attr('y', band.y1 + 16)
    .attr('text-anchor', 'middle')
    .text((d) => d.label);
  axes
    .selectAll('text.y')
    .data(layout.yTicks, (d) => (d as { label: string }).label)
    .join('text')
    .attr('class', 'y')
    .attr('x', plot.x0 - 6)
    .attr('y', (d) => d.y + 4)
    .attr('text-anchor', 'end')
    .text((d) => d.label);
  axes
    .selectAll('text.band')
    .data([layout.counts.unknownSize])
    .join('text')
    .attr('class', 'band')
    .attr('x', plot.x0 - 6)
    .attr('y', (band.y0 + band.y1) / 2 + 4)
    .attr('text-anchor', 'end')
    .text('size ?');
  axes
    .selectAll('text.title-y')
    .data(['Parameters (log scale)'])
    .join('text')
    .attr('class', 'title-y')
    .attr('transform', `translate(12 ${(plot.y0 + plot.y1) / 2}) rotate(-90)`)
    .attr('text-anchor', 'middle')
    .text((d) => d);
  axes
    .selectAll('text.title-x')
    .data(['Release date'])
    .join('text')
    .attr('class', 'title-x')
    .attr('x', (plot.x0 + plot.x1) / 2)
    .attr('y', layout.height - 6)
    .attr('text-anchor', 'middle')
    .text((d) => d);

  const size = (m: TimelineMark) => m.r * 1.8;
  layer('marks')
    .selectAll<SVGPathElement, TimelineMark>('path.mark')
    .data(layout.marks, (d) => d.id)
    .join((enter) =>
      enter
        .append('path')
        .attr('class', 'mark')
        .attr('tabindex', 0)
        .attr('role', 'link')
        .attr('data-id', (d) => d.id)
        .attr('aria-label', (d) => options.describe(d.id)),
    )
    .attr('d', (d) => {
      const s = size(d);
      return d.open ? `M${-d.r},0a${d.r},${d.r} 0 1,0 ${2 * d.r},0a${d.r},${d.r} 0 1,0 ${-2 * d.r},0Z` : `M${-s / 2},${-s / 2}h${s}v${s}h${-s}Z`;
    })
    .attr('transform', (d) => `translate(${Math.round(d.x * 10) / 10} ${Math.round(d.y * 10) / 10})`)
    .attr('class', (d) => `mark c-${options.colorOf(d.group)}${d.open ? ' open' : ' closed'}`);

  layer('labels')
    .selectAll('text')
    .data(layout.labels, (d) => (d as { id: string }).id)
    .join('text')
    .attr('x', (d) => Math.round(d.x * 10) / 10)
    .attr('y', (d) => Math.round(d.y * 10) / 10)
    .attr('text-anchor', (d) => d.anchor)
    .attr('aria-hidden', 'true')
    .text((d) => d.text);
}
