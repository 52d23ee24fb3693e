/**
 * The timeline in one state: its `<svg>`, legend and note, from the payload. The server calls it
 * to draw the page's default view; `<llm-timeline>` calls it on every change, passing the `svg`
 * on screen so marks move instead of being rebuilt.
 */
import type { ClientKey } from '../../i18n/client.ts';
import type { Vars } from '../../i18n/fill.ts';
import { yearMonth } from '../../values/partial-date.ts';
import { assignColors } from '../shared/colors.ts';
import { ensureTabStop } from '../shared/roving-focus.ts';
import { renderSurveyFigure } from './render-survey-figure.ts';
import { renderTimeline } from './render-timeline.ts';
import { surveyFigureLayout } from './survey-figure-layout.ts';
import { dateExtent, MAX_TIMELINE_MARKS, timelineLayout, type TimelineLayout } from './timeline-layout.ts';
import type { FigurePayload, TimelinePayload } from './timeline-payload.ts';
import { COMPUTE_CLASSES, timelineModels, type TimelineState } from './timeline-state.ts';

export interface TimelineText {
  t: (key: ClientKey<'timeline'>, vars?: Vars) => string;
  /** An access value as the page's language labels it. */
  label: (value: string) => string;
}

const COMPUTE_LABELS = {
  'lt-1e22': 'compute-lt-1e22',
  '1e22': 'compute-1e22',
  '1e23': 'compute-1e23',
  '1e24': 'compute-1e24',
  'ge-1e25': 'compute-ge-1e25',
  unknown: 'compute-unknown',
} as const satisfies Record<(typeof COMPUTE_CLASSES)[number] | 'unknown', ClientKey<'timeline'>>;

/** A compute class as the legend names it. */
function computeLabel(group: string, t: TimelineText['t']): string {
  return Object.hasOwn(COMPUTE_LABELS, group) ? t(COMPUTE_LABELS[group as keyof typeof COMPUTE_LABELS]) : group;
}

/** A legend entry: its text and the class of its swatch (none for a plain line). */
export interface LegendEntry {
  label: string;
  swatch?: string;
}

export interface TimelineView {
  width: number;
  height: number;
  compact: boolean;
  /** Id of the chart on the page (for its clip path). */
  id: string;
}

export interface DrawnTimeline {
  svg: SVGSVGElement;
  legend: LegendEntry[];
  note: string;
  /** The layout drawn in "all models" mode (the element slides it while panning). */
  layout?: TimelineLayout;
}

/** Marks that take part in the roving focus. */
export const TIMELINE_MARKS = 'g.marks [data-id], g.figure-marks [data-id]';

/** The date extent of every dated model: the timeline's full window. */
export const fullWindow = (rows: TimelinePayload) => dateExtent(timelineModels(rows, { mode: 'all', color: 'organization', access: [], org: '' }, false));

export function drawTimeline(
  rows: TimelinePayload,
  figure: FigurePayload,
  state: TimelineState,
  view: TimelineView,
  text: TimelineText,
  context: { document: Document; svg?: SVGSVGElement },
): DrawnTimeline {
  const { t } = text;
  const undated = rows.filter((m) => !m[3]).length;
  if (state.mode === 'survey') {
    context.svg?.querySelectorAll('g.grid, g.axes, g.marks, g.labels, defs').forEach((g) => g.remove());
    const layout = surveyFigureLayout(figure);
    const svg = renderSurveyFigure(layout, (m) => (m.public ? t('public-mark', { label: m.label }) : m.label), context);
    ensureTabStop(svg, TIMELINE_MARKS);
    return {
      svg,
      legend: [
        { label: t('publicly-available'), swatch: 'public' },
        { label: t('closed-source'), swatch: '' },
      ],
      note: t('figure-note', { n: layout.marks.length }),
    };
  }
  context.svg?.querySelectorAll('g.spine, g.figure-marks').forEach((g) => g.remove());
  const models = timelineModels(rows, state);
  const colors = assignColors(
    models.map((m) => m.group),
    state.color === 'access' ? ['open-weights', 'api', 'closed'] : state.color === 'compute' ? COMPUTE_CLASSES : undefined,
  );
  if (state.color !== 'organization') colors.set('unknown', 9);
  const full = fullWindow(rows);
  const layout = timelineLayout(models, {
    width: view.width,
    height: view.height,
    domain: [state.from ?? full[0], state.to ?? full[1]],
    // A narrower drawing holds fewer marks and labels: the budgets shrink with the width.
    maxLabels: Math.max(12, Math.round((view.compact ? 16 : 40) * Math.min(1, view.width / 960))),
    maxMarks: Math.round(MAX_TIMELINE_MARKS * Math.min(1, view.width / 960)),
    buffer: 1,
  });
  const byId = new Map(models.map((m) => [m.id, m]));
  const svg = renderTimeline(
    layout,
    {
      clipId: `${view.id}-clip`,
      colorOf: (g) => colors.get(g) ?? 9,
      describe: (id) => {
        const m = byId.get(id)!;
        const size = m.params !== undefined ? t('params', { n: m.params }) : t('size-unknown');
        return t('describe', { name: m.name, organization: m.organization, date: yearMonth(m.date), size });
      },
      xTitle: t('x-title'),
      yTitle: t('y-title'),
      bandLabel: t('size-band'),
    },
    context,
  );
  ensureTabStop(svg, TIMELINE_MARKS);
  const groups = [...colors].sort((a, b) => a[1] - b[1]);
  const legend: LegendEntry[] = [
    ...groups.map(([g, i]) => ({ label: state.color === 'access' ? text.label(g) : state.color === 'compute' ? computeLabel(g, t) : g, swatch: `c-${i}` })),
    ...(state.color === 'organization' ? [{ label: t('other'), swatch: 'c-9' }] : []),
    { label: t('shapes') },
  ];
  const c = layout.counts;
  const hidden = rows.length - undated - c.total;
  const note =
    t('shown', { shown: c.shown, unknown: c.unknownSize }) +
    t('undated', { n: undated }) +
    (c.outside ? t('outside', { n: c.outside }) : '') +
    (c.drawn < c.shown ? t('thinned', { drawn: c.drawn, shown: c.shown }) : '') +
    (hidden ? t('filtered', { n: hidden }) : '') +
    (state.color === 'compute' ? t('compute-note') : '');
  return { svg, legend, note, layout };
}
