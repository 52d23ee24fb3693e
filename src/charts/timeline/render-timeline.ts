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
  /** Id of the clip path that keeps marks inside the plot (unique on the page). */
  clipId?: string;
}

type Root = ReturnType<typeof select<SVGSVGElement, unknown>>;

function layerOf(root: Root, name: string) {
  let g = root.select<SVGGElement>(`g.${name}`);
  if (g.empty()) g = root.append('g').attr('class', name);
  return g;
}

/** Draw the date grid and labels for a window (also used alone while panning). */
export function renderTimelineXAxis(svg: SVGSVGElement, ticks: { x: number; label: string }[], layout: Pick<TimelineLayout, 'plot' | 'band'>): void {
  const root = select(svg);
  const key = (d: unknown) => (d as { label: string }).label;
  layerOf(root, 'grid')
    .selectAll('line.x')
    .data(ticks, key)
    .join('line')
    .attr('class', 'x')
    .attr('x1', (d) => d.x)
    .attr('x2', (d) => d.x)
    .attr('y1', layout.plot.y0)
    .attr('y2', layout.band.y1);
  layerOf(root, 'axes')
    .selectAll('text.x')
    .data(ticks, key)
    .join('text')
    .attr('class', 'x')
    .attr('x', (d) => d.x)
    .attr('y', layout.band.y1 + 16)
    .attr('text-anchor', 'middle')
    .text((d) => d.label);
}

/** Slide the drawn marks and labels sideways by `dx` pixels (a pan at the same zoom). */
export function shiftTimeline(svg: SVGSVGElement, dx: number): void {
  select(svg).selectAll('g.pan').attr('transform', dx === 0 ? null : `translate(${Math.round(dx * 10) / 10} 0)`);
}

export function renderTimeline(svg: SVGSVGElement, layout: TimelineLayout, options: TimelineRenderOptions): void {
  const root = select(svg).attr('viewBox', `0 0 ${layout.width} ${layout.height}`);
  const layer = (name: string) => layerOf(root, name);
  const { plot, band } = layout;

  renderTimelineXAxis(svg, layout.xTicks, layout);
  const grid = layer('grid');
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
  // Shape, id and name are set once when a mark enters; a re-render after a zoom or pan only moves
  // marks (and recolours them when the colour mode changed), so panning stays cheap at 10k marks.
  // Marks take focus through a roving tabindex managed by the element: one tab stop, not thousands.
  // Marks and labels sit in a clipped layer, inside a group that a pan can slide (shiftTimeline).
  const clipId = options.clipId ?? 'timeline-clip';
  let defs = root.select<SVGDefsElement>('defs');
  if (defs.empty()) defs = root.insert('defs', ':first-child');
  defs
    .selectAll('clipPath')
    .data([plot])
    .join((enter) => enter.append('clipPath').attr('id', clipId).call((c) => c.append('rect')))
    .select('rect')
    .attr('x', plot.x0 - 10)
    .attr('y', 0)
    .attr('width', plot.x1 - plot.x0 + 20)
    .attr('height', band.y1 + 4);
  const panned = (name: string) => {
    const outer = layer(name).attr('clip-path', `url(#${clipId})`);
    let inner = outer.select<SVGGElement>('g.pan');
    if (inner.empty()) inner = outer.append('g').attr('class', 'pan');
    return inner.attr('transform', null);
  };
  panned('marks')
    .selectAll<SVGPathElement, TimelineMark>('path.mark')
    .data(layout.marks, (d) => d.id)
    .join((enter) =>
      enter
        .append('path')
        .attr('tabindex', -1)
        .attr('role', 'link')
        .attr('data-id', (d) => d.id)
        .attr('aria-label', (d) => options.describe(d.id))
        .attr('d', (d) => {
          const s = size(d);
          return d.open ? `M${-d.r},0a${d.r},${d.r} 0 1,0 ${2 * d.r},0a${d.r},${d.r} 0 1,0 ${-2 * d.r},0Z` : `M${-s / 2},${-s / 2}h${s}v${s}h${-s}Z`;
        }),
    )
    .attr('transform', (d) => `translate(${Math.round(d.x * 10) / 10} ${Math.round(d.y * 10) / 10})`)
    .each(function (d) {
      const cls = `mark c-${options.colorOf(d.group)}${d.open ? ' open' : ' closed'}`;
      if (this.getAttribute('class') !== cls) this.setAttribute('class', cls);
    });

  panned('labels')
    .selectAll('text')
    .data(layout.labels, (d) => (d as { id: string }).id)
    .join('text')
    .attr('x', (d) => Math.round(d.x * 10) / 10)
    .attr('y', (d) => Math.round(d.y * 10) / 10)
    .attr('text-anchor', (d) => d.anchor)
    .attr('aria-hidden', 'true')
    .text((d) => d.text);
}
