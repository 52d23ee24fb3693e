import { describe, expect, test } from 'vitest';
import type { TimelineRow } from '../../../src/charts/timeline/timeline-payload.ts';
import {
  computeClass,
  DEFAULT_TIMELINE_STATE,
  timelineIgnored,
  timelineModels,
  timelineStateAsLinked,
  timelineStateFromForm,
  timelineStateFromQuery,
  timelineStateToQuery,
  type TimelineState,
} from '../../../src/charts/timeline/timeline-state.ts';

describe('timeline state', () => {
  test('window edges are month starts, so a linked state reads back as itself', () => {
    const linked = timelineStateAsLinked({ ...DEFAULT_TIMELINE_STATE, from: 2020.53, to: 2024.49 });
    expect(linked).toEqual({ ...DEFAULT_TIMELINE_STATE, from: 2020.5, to: 2024 + 5 / 12 });
    expect(timelineStateAsLinked(linked)).toEqual(linked);
  });
  test('an empty query is the default state, and the default state writes an empty query', () => {
    expect(timelineStateFromQuery('')).toEqual(DEFAULT_TIMELINE_STATE);
    expect(timelineStateToQuery(DEFAULT_TIMELINE_STATE)).toBe('');
  });
  test('a state written to the query reads back the same (dates to the month)', () => {
    const states: TimelineState[] = [
      { mode: 'survey', color: 'organization', access: [], org: '' },
      { mode: 'all', color: 'access', access: ['open-weights', 'closed'], org: 'Meta AI', min: 7, max: 70, from: 2022, to: 2024.5 },
    ];
    for (const state of states) expect(timelineStateFromQuery(timelineStateToQuery(state))).toEqual(state);
  });
  test('unknown values fall back to the defaults; bad numbers and dates are dropped', () => {
    const s = timelineStateFromQuery('mode=__proto__&color=constructor&access=open-weights,toString,open-weights&from=2022-13&to=soon&min=-1&max=abc');
    expect(s).toEqual({ ...DEFAULT_TIMELINE_STATE, access: ['open-weights'] });
  });
  test('the form sets filters and keeps the date window the zoom owns', () => {
    const previous: TimelineState = { ...DEFAULT_TIMELINE_STATE, from: 2022, to: 2023 };
    const next = timelineStateFromForm({ mode: 'all', color: 'access', access: ['api', 'bogus'], org: 'OpenAI', min: '10', max: '' }, previous);
    expect(next).toEqual({ mode: 'all', color: 'access', access: ['api'], org: 'OpenAI', min: 10, from: 2022, to: 2023 });
  });
  test('a compact form without a mode keeps the mode', () => {
    expect(timelineStateFromForm({ color: 'organization', access: [] }, { ...DEFAULT_TIMELINE_STATE, mode: 'survey' }).mode).toBe('survey');
  });
});

describe('timelineModels', () => {
  const rows: TimelineRow[] = [
    ['a', 'A', 'Meta AI', '2023-02', 65, 'open-weights', '', 5.46e23],
    ['b', 'B', 'OpenAI', '2020-05', 175, 'api', '', 3.15e23],
    ['c', 'C', 'Lab', null, 1, null, '', null],
    ['d', 'D', 'Lab', '2024', null, null, '', null],
  ];
  test('keeps the dated models that pass every filter, grouped by the colour mode', () => {
    expect(timelineModels(rows, DEFAULT_TIMELINE_STATE).map((m) => m.id)).toEqual(['a', 'b', 'd']);
    expect(timelineModels(rows, { ...DEFAULT_TIMELINE_STATE, access: ['unknown'] }).map((m) => m.id)).toEqual(['d']);
    expect(timelineModels(rows, { ...DEFAULT_TIMELINE_STATE, min: 100 }).map((m) => m.id)).toEqual(['b']);
    expect(timelineModels(rows, { ...DEFAULT_TIMELINE_STATE, color: 'access' }).map((m) => m.group)).toEqual(['open-weights', 'api', 'unknown']);
    expect(timelineModels(rows, { ...DEFAULT_TIMELINE_STATE, color: 'compute' }).map((m) => m.group)).toEqual(['1e23', '1e23', 'unknown']);
  });
  test('compute classes are decades of FLOP, open at both ends; the colour survives the URL', () => {
    expect([3e21, 1e22, 9.99e22, 1e23, 3.8e24, 1e25, 4e25, 0, null].map(computeClass)).toEqual([
      'lt-1e22',
      '1e22',
      '1e22',
      '1e23',
      '1e24',
      'ge-1e25',
      'ge-1e25',
      'unknown',
      'unknown',
    ]);
    expect(timelineStateToQuery({ ...DEFAULT_TIMELINE_STATE, color: 'compute' })).toBe('color=compute');
    expect(timelineStateFromQuery('color=compute').color).toBe('compute');
    expect(timelineStateFromQuery('color=flops').color).toBe('organization');
    expect(timelineIgnored('color=flops', new Set())).toEqual(['color=flops']);
  });
});
