import { parseHTML } from 'linkedom';
import { expect, test } from 'vitest';
import { drawTimeline } from '../../../src/charts/timeline/draw-timeline.ts';
import type { TimelineRow } from '../../../src/charts/timeline/timeline-payload.ts';
import { DEFAULT_TIMELINE_STATE } from '../../../src/charts/timeline/timeline-state.ts';
import { svgMarkup } from '../../../src/charts/shared/svg-markup.ts';
import { clientText } from '../../../src/i18n/client.ts';

const rows: TimelineRow[] = [
  ['a', 'A', 'Meta AI', '2023-02', 65, 'open-weights', ''],
  ['b', 'B <i>', 'OpenAI', '2020-05', 175, 'api', ''],
  ['c', 'C', 'Lab', null, 1, null, ''],
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
