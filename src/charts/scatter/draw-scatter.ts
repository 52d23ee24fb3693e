/**
 * A scatter in one state: its `<svg>`, legend and note, from the payload. The server calls it to
 * draw the page; the element calls it again (loaded on the reader's first change) to redraw.
 */
import type { ClientKey } from '../../i18n/client.ts';
import type { Vars } from '../../i18n/fill.ts';
import { assignColors } from '../shared/colors.ts';
import { ensureTabStop } from '../shared/roving-focus.ts';
import { renderScatter } from './render-scatter.ts';
import { scatterLayout } from './scatter-layout.ts';
import { SCATTER_MARKS, SCATTER_WIDTH, type ScatterDatum, type ScatterPayload } from './scatter-payload.ts';
import type { ScatterState } from './scatter-state.ts';

export interface ScatterText {
  /** The scatter's strings in the page's language. */
  t: (key: ClientKey<'scatter'>, vars?: Vars) => string;
  /** A colour group's value as the page's language labels it. */
  label: (value: string) => string;
}

export interface DrawnScatter {
  svg: SVGSVGElement;
  /** Legend entries: label and colour index. */
  legend: (readonly [string, number])[];
  note: string;
}

export const SCATTER_SIZE = { width: SCATTER_WIDTH, height: 400 };

export function drawScatter(p: ScatterPayload, s: ScatterState, text: ScatterText, context: { document: Document }, width = SCATTER_SIZE.width): DrawnScatter {
  const { t } = text;
  const field = (key: string) => p.fields.find((f) => f.key === key) ?? p.fields[0]!;
  const group = (d: ScatterDatum) => (s.color ? (d[3][s.color] ?? 'unknown') : 'all');
  const points = p.points.map((d) => ({ id: d[0], name: d[1], x: d[2][s.x], y: d[2][s.y], group: group(d) }));
  const layout = scatterLayout(points, { ...SCATTER_SIZE, width, xLog: s.xlog, yLog: s.ylog, xZero: field(s.x).zero !== false, yZero: field(s.y).zero !== false });
  const colors = assignColors(layout.marks.map((m) => m.group).filter((g) => g !== 'unknown'));
  const names = new Map(p.points.map((d) => [d[0], d[1]]));
  const svg = renderScatter(
    layout,
    {
      xLabel: `${field(s.x).label}${s.xlog ? t('log') : ''}`,
      yLabel: `${field(s.y).label}${s.ylog ? t('log') : ''}`,
      colorOf: (g) => colors.get(g) ?? 9,
      describe: (id) => names.get(id) ?? id,
    },
    context,
  );
  ensureTabStop(svg, SCATTER_MARKS);
  const groups = [...colors].sort((a, b) => a[1] - b[1]).map(([g, i]) => [text.label(g), i] as const);
  const legend = s.color ? [...groups, [t('other-unknown'), 9] as const] : [];
  const fit = layout.fit;
  const note =
    t(s.xlog || s.ylog ? 'shown-log' : 'shown', { shown: layout.counts.shown, missing: layout.counts.missing }) +
    (fit ? t('fit', { exponent: fit.exponent.toFixed(2), r2: fit.r2.toFixed(2), n: fit.n }) : t(s.xlog && s.ylog ? 'too-few' : 'log-log'));
  return { svg, legend, note };
}
