/**
 * A timeline layout as an `<svg>`, with `document` injected so the page draws it at build time and
 * the browser redraws with the same function. Given the `svg` already on screen, it updates it in
 * place (data join by model id, so a re-render after a zoom moves marks instead of rebuilding
 * them). Colours are classes (`c-0` … `c-9`) so the stylesheet can theme them; text goes in as text.
 */
import { select } from 'd3';
import type { TimelineLayout, TimelineMark } from './timeline-layout.ts';
import { layerOf, renderAxisTitles, renderXTicks, renderYTicks } from '../shared/axes.ts';

export interface TimelineRenderOptions {
  /** Colour class index per group. */
  colorOf: (group: string) => number;
  /** Accessible name of each mark. */
  describe: (id: string) => string;
  /** Axis titles, in the page's language ("Release date", "Parameters (log scale)"). */
  xTitle: string;
  yTitle: string;
  /** Label of the band of models of unknown size ("size ?"). */
  bandLabel: string;
  /** Id of the clip path that keeps marks inside the plot (unique on the page). */
  clipId?: string;
}

/** Draw the date grid and labels for a window (also used alone while panning). */
export function renderTimelineXAxis(svg: SVGSVGElement, ticks: { x: number; label: string }[], layout: Pick<TimelineLayout, 'plot' | 'band'>): void {
  const root = select(svg);
  renderXTicks(layerOf(root, 'grid'), layerOf(root, 'axes'), ticks, layout.plot.y0, layout.band.y1, layout.band.y1 + 16);
}

/** Slide the drawn marks and labels sideways by `dx` pixels (a pan at the same zoom). */
export function shiftTimeline(svg: SVGSVGElement, dx: number): void {
  select(svg)
    .selectAll('g.pan')
    .attr('transform', dx === 0 ? null : `translate(${Math.round(dx * 10) / 10} 0)`);
}

export function renderTimeline(layout: TimelineLayout, options: TimelineRenderOptions, context: { document: Document; svg?: SVGSVGElement }): SVGSVGElement {
  const svg = context.svg ?? newSvg(context.document);
  const root = select(svg).attr('viewBox', `0 0 ${layout.width} ${layout.height}`);
  const layer = (name: string) => layerOf(root, name);
  const { plot, band } = layout;

  renderTimelineXAxis(svg, layout.xTicks, layout);
  const axes = layer('axes');
  renderYTicks(layer('grid'), axes, layout.yTicks, plot.x0, plot.x1);
  axes
    .selectAll('text.band')
    .data([layout.counts.unknownSize])
    .join('text')
    .attr('class', 'band')
    .attr('x', plot.x0 - 6)
    .attr('y', (band.y0 + band.y1) / 2 + 4)
    .attr('text-anchor', 'end')
    .text(options.bandLabel);
  renderAxisTitles(axes, plot, layout.height, options.xTitle, options.yTitle);

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
    .join((enter) =>
      enter
        .append('clipPath')
        .attr('id', clipId)
        .call((c) => c.append('rect')),
    )
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
  return svg;
}

const SVG = 'http://www.w3.org/2000/svg';

/** A new, empty chart `<svg>` in `document`. */
export function newSvg(document: Document): SVGSVGElement {
  const svg = document.createElementNS(SVG, 'svg');
  svg.setAttribute('xmlns', SVG);
  return svg;
}
