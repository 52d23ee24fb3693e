/** Render a scatter layout into an `<svg>` with D3: grid, axes, fitted power law, marks (joined by id). */
import { select } from 'd3';
import type { ScatterLayout, ScatterMark } from './scatter-layout.ts';
import { layerOf, renderAxisTitles, renderXTicks, renderYTicks } from '../shared/axes.ts';

export interface ScatterRenderOptions {
  xLabel: string;
  yLabel: string;
  colorOf: (group: string) => number;
  describe: (id: string) => string;
}

export function renderScatter(svg: SVGSVGElement, layout: ScatterLayout, options: ScatterRenderOptions): void {
  const root = select(svg).attr('viewBox', `0 0 ${layout.width} ${layout.height}`);
  const layer = (name: string) => layerOf(root, name);
  const { plot } = layout;
  const grid = layer('grid');
  const axes = layer('axes');
  renderXTicks(grid, axes, layout.xTicks, plot.y0, plot.y1, plot.y1 + 16);
  renderYTicks(grid, axes, layout.yTicks, plot.x0, plot.x1);
  renderAxisTitles(axes, plot, layout.height, options.xLabel, options.yLabel, 14);
  layer('fit')
    .selectAll('line')
    .data(layout.fit ? [layout.fit.line] : [])
    .join('line')
    .attr('x1', (d) => d[0][0])
    .attr('y1', (d) => d[0][1])
    .attr('x2', (d) => d[1][0])
    .attr('y2', (d) => d[1][1]);
  layer('marks')
    .selectAll<SVGCircleElement, ScatterMark>('circle')
    .data(layout.marks, (d) => d.id)
    .join((enter) =>
      enter
        .append('circle')
        .attr('r', 4.5)
        .attr('tabindex', 0)
        .attr('role', 'link')
        .attr('data-id', (d) => d.id),
    )
    .attr('aria-label', (d) => options.describe(d.id))
    .attr('cx', (d) => d.x)
    .attr('cy', (d) => d.y)
    .attr('class', (d) => `mark c-${options.colorOf(d.group)}`);
}
