/** Render a scatter layout into an `<svg>` with D3: grid, axes, fitted power law, marks (joined by id). */
import { select } from 'd3';
import type { ScatterLayout, ScatterMark } from './scatter-layout.ts';

export interface ScatterRenderOptions {
  xLabel: string;
  yLabel: string;
  colorOf: (group: string) => number;
  describe: (id: string) => string;
}

export function renderScatter(svg: SVGSVGElement, layout: ScatterLayout, options: ScatterRenderOptions): void {
  const root = select(svg).attr('viewBox', `0 0 ${layout.width} ${layout.height}`);
  const layer = (name: string) => {
    let g = root.select<SVGGElement>(`g.${name}`);
    if (g.empty()) g = root.append('g').attr('class', name);
    return g;
  };
  const { plot } = layout;
  const grid = layer('grid');
  grid
    .selectAll('line.x')
    .data(layout.xTicks)
    .join('line')
    .attr('class', 'x')
    .attr('x1', (d) => d.x)
    .attr('x2', (d) => d.x)
    .attr('y1', plot.y0)
    .attr('y2', plot.y1);
  grid
    .selectAll('line.y')
    .data(layout.yTicks)
    .join('line')
    .attr('class', 'y')
    .attr('x1', plot.x0)
    .attr('x2', plot.x1)
    .attr('y1', (d) => d.y)
    .attr('y2', (d) => d.y);
  const axes = layer('axes');
  axes
    .selectAll('text.x')
    .data(layout.xTicks)
    .join('text')
    .attr('class', 'x')
    .attr('x', (d) => d.x)
    .attr('y', plot.y1 + 16)
    .attr('text-anchor', 'middle')
    .text((d) => d.label);
  axes
    .selectAll('text.y')
    .data(layout.yTicks)
    .join('text')
    .attr('class', 'y')
    .attr('x', plot.x0 - 6)
    .attr('y', (d) => d.y + 4)
    .attr('text-anchor', 'end')
    .text((d) => d.label);
  axes
    .selectAll('text.title-x')
    .data([options.xLabel])
    .join('text')
    .attr('class', 'title-x')
    .attr('x', (plot.x0 + plot.x1) / 2)
    .attr('y', layout.height - 6)
    .attr('text-anchor', 'middle')
    .text((d) => d);
  axes
    .selectAll('text.title-y')
    .data([options.yLabel])
    .join('text')
    .attr('class', 'title-y')
    .attr('transform', `translate(14 ${(plot.y0 + plot.y1) / 2}) rotate(-90)`)
    .attr('text-anchor', 'middle')
    .text((d) => d);
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
