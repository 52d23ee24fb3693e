/** Grid lines, tick labels and axis titles shared by the charts' D3 renderers (joined by label). */
import type { Selection } from 'd3';

type Layer = Selection<SVGGElement, unknown, null, undefined>;
type Root = Selection<SVGSVGElement, unknown, null, undefined>;
type Tick<K extends 'x' | 'y'> = { label: string } & Record<K, number>;
const byLabel = (d: unknown) => (d as { label: string }).label;

/** The `<g class=name>` of a chart, created on first use so re-renders reuse it. */
export function layerOf(root: Root, name: string): Layer {
  let g = root.select<SVGGElement>(`g.${name}`);
  if (g.empty()) g = root.append('g').attr('class', name);
  return g;
}

/** Vertical grid lines at the x ticks, from `y0` to `y1`, and their labels at `labelY`. */
export function renderXTicks(grid: Layer, axes: Layer, ticks: Tick<'x'>[], y0: number, y1: number, labelY: number) {
  grid
    .selectAll('line.x')
    .data(ticks, byLabel)
    .join('line')
    .attr('class', 'x')
    .attr('x1', (d) => d.x)
    .attr('x2', (d) => d.x)
    .attr('y1', y0)
    .attr('y2', y1);
  axes
    .selectAll('text.x')
    .data(ticks, byLabel)
    .join('text')
    .attr('class', 'x')
    .attr('x', (d) => d.x)
    .attr('y', labelY)
    .attr('text-anchor', 'middle')
    .text((d) => d.label);
}

/** Horizontal grid lines at the y ticks, from `x0` to `x1`, labelled to the left of `x0`. */
export function renderYTicks(grid: Layer, axes: Layer, ticks: Tick<'y'>[], x0: number, x1: number) {
  grid
    .selectAll('line.y')
    .data(ticks, byLabel)
    .join('line')
    .attr('class', 'y')
    .attr('x1', x0)
    .attr('x2', x1)
    .attr('y1', (d) => d.y)
    .attr('y2', (d) => d.y);
  axes
    .selectAll('text.y')
    .data(ticks, byLabel)
    .join('text')
    .attr('class', 'y')
    .attr('x', x0 - 6)
    .attr('y', (d) => d.y + 4)
    .attr('text-anchor', 'end')
    .text((d) => d.label);
}

/** Axis titles: x centred under the plot, y rotated beside it. */
export function renderAxisTitles(axes: Layer, plot: { x0: number; x1: number; y0: number; y1: number }, height: number, xTitle: string, yTitle: string, yTitleX = 12) {
  axes
    .selectAll('text.title-x')
    .data([xTitle])
    .join('text')
    .attr('class', 'title-x')
    .attr('x', (plot.x0 + plot.x1) / 2)
    .attr('y', height - 6)
    .attr('text-anchor', 'middle')
    .text((d) => d);
  axes
    .selectAll('text.title-y')
    .data([yTitle])
    .join('text')
    .attr('class', 'title-y')
    .attr('transform', `translate(${yTitleX} ${(plot.y0 + plot.y1) / 2}) rotate(-90)`)
    .attr('text-anchor', 'middle')
    .text((d) => d);
}
