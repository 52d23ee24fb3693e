/**
 * The survey's timeline figure as an `<svg>` (`document` injected; given the `svg` on screen, it
 * replaces the figure inside it).
 */
import { select } from 'd3';
import { newSvg } from './render-timeline.ts';
import type { FigureLayout, FigureMark } from './survey-figure-layout.ts';

export function renderSurveyFigure(layout: FigureLayout, describe: (mark: FigureMark) => string, context: { document: Document; svg?: SVGSVGElement }): SVGSVGElement {
  const svg = context.svg ?? newSvg(context.document);
  const root = select(svg).attr('viewBox', `0 0 ${layout.width} ${layout.height}`);
  root.selectAll('g.spine, g.figure-marks').remove();
  const spine = root.append('g').attr('class', 'spine');
  spine.append('line').attr('x1', 0).attr('x2', layout.width).attr('y1', layout.spineY).attr('y2', layout.spineY);
  spine
    .selectAll('g')
    .data(layout.groups)
    .join('g')
    .call((g) =>
      g
        .append('line')
        .attr('x1', (d) => d.x0)
        .attr('x2', (d) => d.x0)
        .attr('y1', layout.spineY - 6)
        .attr('y2', layout.spineY + 6),
    )
    .call((g) =>
      g
        .append('text')
        .attr('x', (d) => d.x0 + 4)
        .attr('y', layout.spineY + 16)
        .text((d) => d.label),
    );
  const marks = root
    .append('g')
    .attr('class', 'figure-marks')
    .selectAll('g')
    .data(layout.marks, (d) => (d as FigureMark).id + (d as FigureMark).label)
    .join('g')
    .attr('class', (d) => `mark${d.public ? ' public' : ''}`)
    .attr('tabindex', -1)
    .attr('role', 'link')
    .attr('data-id', (d) => d.id)
    .attr('aria-label', describe)
    .attr('transform', (d) => `translate(${d.x} ${d.y})`);
  marks.append('circle').attr('r', 4);
  marks
    .append('text')
    .attr('x', 8)
    .attr('y', 4)
    .text((d) => d.label);
  return svg;
}
