import { parseHTML } from 'linkedom';
import { expect, test } from 'vitest';
import { drawTimeline } from '../../../src/charts/timeline/draw-timeline.ts';
import type { TimelineRow } from '../../../src/charts/timeline/timeline-payload.ts';
import { DEFAULT_TIMELINE_STATE } from '../../../src/charts/timeline/timeline-state.ts';
import { svgMarkup } from '../../../src/charts/shared/svg-markup.ts';
import { clientText } from '../../../src/i18n/client.ts';

const rows: TimelineRow[] = [
  ['a', 'A', 'Meta AI', '2023-02', 65, 'open-weights', '', 5.46e23],
  ['b', 'B <i>', 'OpenAI', '2020-05', 175, 'api', '', 3.15e23],
  ['c', 'C', 'Lab', null, 1, null, '', null],
];
const figure = [{ id: 'b', label: 'GPT-3', year: '2020', months: '1-6', public: false }];
const view = { width: 960, height: 480, compact: false, id: 't' };
const text = (lang: 'en' | 'zh') => ({
  t: (key: Parameters<typeof clientText<'timeline'>>[2], vars?: Record<string, string | number>) => clientText(lang, 'timeline', key, vars),
  label: (v: string) => v,
});
const doc = () => parseHTML('<!doctype html><html><body></body></html>').document;

test('the server and the browser draw the same default view', () => {
  const one = drawTimeline(rows, figure, DEFAULT_TIMELINE_STATE, view, text('en'), { document: doc() });
  const two = drawTimeline(rows, figure, DEFAULT_TIMELINE_STATE, view, text('en'), { document: doc() });
  expect(svgMarkup(one.svg)).toBe(svgMarkup(two.svg));
  expect(one.svg.querySelectorAll('[data-id]')).toHaveLength(2);
  expect(one.note).toBe('2 models shown (0 of unknown size, in the bottom band). 1 models not shown: release date unknown.');
  expect(one.legend.at(-1)).toEqual({ label: '● open weights, ■ API or closed' });
  expect(svgMarkup(one.svg)).not.toContain('<i>');
});

test('exactly one mark holds the tab stop', () => {
  const { svg } = drawTimeline(rows, figure, DEFAULT_TIMELINE_STATE, view, text('en'), { document: doc() });
  expect(svg.querySelectorAll('[data-id][tabindex="0"]')).toHaveLength(1);
});

test("switching to the survey's figure in the same svg removes the timeline's layers", () => {
  const first = drawTimeline(rows, figure, DEFAULT_TIMELINE_STATE, view, text('zh'), { document: doc() });
  const second = drawTimeline(rows, figure, { ...DEFAULT_TIMELINE_STATE, mode: 'survey' }, view, text('zh'), { document: doc(), svg: first.svg });
  expect(second.svg).toBe(first.svg);
  expect(second.svg.querySelector('g.marks')).toBeNull();
  expect(second.svg.querySelectorAll('g.figure-marks [data-id]')).toHaveLength(1);
  expect(second.layout).toBeUndefined();
});

test('coloured by training compute: one colour per decade of FLOP, a legend in words, and how compute is estimated', () => {
  const drawn = drawTimeline(rows, figure, { ...DEFAULT_TIMELINE_STATE, color: 'compute' }, view, text('en'), { document: doc() });
  const labels = drawn.legend.map((l) => l.label);
  expect(labels.slice(0, 6)).toEqual(['under 10²² FLOP', '10²²–10²³ FLOP', '10²³–10²⁴ FLOP', '10²⁴–10²⁵ FLOP', '10²⁵ FLOP or more', 'compute unknown']);
  // Both dated models are in the 10²³ decade: the same colour class, the third class of the legend.
  const swatch = drawn.legend[2]!.swatch!;
  const marks = [...drawn.svg.querySelectorAll('[data-id]')];
  expect(marks).toHaveLength(2);
  for (const mark of marks) expect(mark.getAttribute('class') ?? '').toContain(swatch);
  expect(drawn.note).toContain('6 × (active) parameters × training tokens');
  const zh = drawTimeline(rows, figure, { ...DEFAULT_TIMELINE_STATE, color: 'compute' }, view, text('zh'), { document: doc() });
  expect(zh.legend.map((l) => l.label)).toContain('训练算力未知');
});
