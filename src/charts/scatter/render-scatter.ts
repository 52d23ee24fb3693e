/**
 * A scatter layout as an `<svg>`: grid, axes, fitted power law, marks. A function from data to
 * SVG with `document` injected, so the page draws it at build time and the browser redraws it
 * with the same code when the reader changes the axes.
 */
import { select } from 'd3';
import type { ScatterLayout } from './scatter-layout.ts';
import { layerOf, renderAxisTitles, renderXTicks, renderYTicks } from '../shared/axes.ts';

export interface ScatterRenderOptions {
  xLabel: string;
  yLabel: string;
  colorOf: (group: string) => number;
  describe: (id: string) => string;
}

const SVG = 'http://www.w3.org/2000/svg';

export function renderScatter(layout: ScatterLayout, options: ScatterRenderOptions, context: { document: Document }): SVGSVGElement {
  const svg = context.document.createElementNS(SVG, 'svg');
  const root = select(svg).attr('xmlns', SVG).attr('viewBox', `0 0 ${layout.width} ${layout.height}`);
  const layer = (name: string) => layerOf(root, name);
  const { plot } = layout;
  const grid = layer('grid');
  const axes = layer('axes');
  renderXTicks(grid, axes, layout.xTicks, plot.y0, plot.y1, plot.y1 + 16);
  renderYTicks(grid, axes, layout.yTicks, plot.x0, plot.x1);
  renderAxisTitles(axes, plot, layout.height, options.xLabel, options.yLabel, 14);
  const fit = layer('fit');
  if (layout.fit) {
    const [[x1, y1], [x2, y2]] = layout.fit.line;
    fit.append('line').attr('x1', x1).attr('y1', y1).attr('x2', x2).attr('y2', y2);
  }
  const marks = layer('marks');
  for (const d of layout.marks) {
    marks
      .append('circle')
      .attr('r', 4.5)
      .attr('tabindex', -1)
      .attr('role', 'link')
      .attr('data-id', d.id)
      .attr('aria-label', options.describe(d.id))
      .attr('cx', d.x)
      .attr('cy', d.y)
      .attr('class', `mark c-${options.colorOf(d.group)}`);
  }
  return svg;
}
