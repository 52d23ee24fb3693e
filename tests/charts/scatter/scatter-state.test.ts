import { describe, expect, test } from 'vitest';
import type { ScatterPayload } from '../../../src/charts/scatter/scatter-payload.ts';
import { defaultScatterState, sameScatterState, scatterStateFromForm, scatterStateFromQuery, scatterStateToQuery } from '../../../src/charts/scatter/scatter-state.ts';

const payload: ScatterPayload = {
  prefix: 'recipe',
  fields: [
    { key: 'params_billion', label: 'Params', log: true },
    { key: 'peak_lr', label: 'Peak LR', log: true },
    { key: 'dropout', label: 'Dropout', log: false },
  ],
  points: [],
  colors: [
    { key: 'optimizer', label: 'optimizer' },
    { key: 'precision', label: 'precision' },
  ],
  x: 'params_billion',
  y: 'peak_lr',
};

describe('scatter state', () => {
  test('the default state takes the payload axes at their usual scales and the first colour', () => {
    expect(defaultScatterState(payload)).toEqual({ x: 'params_billion', y: 'peak_lr', xlog: true, ylog: true, color: 'optimizer' });
  });
  test('a state written to the query reads back the same, and other parameters stay', () => {
    const states = [
      { x: 'dropout', y: 'params_billion', xlog: false, ylog: true, color: 'precision' },
      { x: 'peak_lr', y: 'dropout', xlog: true, ylog: false, color: '' },
      defaultScatterState(payload),
    ];
    for (const state of states) {
      const query = scatterStateToQuery(state, payload, 'norm_type=rmsnorm');
      expect(new URLSearchParams(query).get('norm_type')).toBe('rmsnorm');
      expect(scatterStateFromQuery(query, payload)).toEqual(state);
    }
  });
  test('an empty query is the default state', () => {
    expect(scatterStateFromQuery('', payload)).toEqual(defaultScatterState(payload));
  });
  test('unknown and hostile values fall back to the defaults', () => {
    const query = 'recipe.x=__proto__&recipe.y=constructor&recipe.xlog=maybe&recipe.color=toString';
    expect(scatterStateFromQuery(query, payload)).toEqual(defaultScatterState(payload));
  });
  test("another chart's parameters are not this chart's", () => {
    expect(scatterStateFromQuery('shape.x=dropout', payload)).toEqual(defaultScatterState(payload));
  });
  test('choosing a new field in the form takes its usual scale; the checkboxes set the other axis', () => {
    const start = defaultScatterState(payload);
    const next = scatterStateFromForm({ x: 'dropout', y: 'peak_lr', xlog: true, ylog: false, color: 'optimizer' }, 'x', start, payload);
    expect(next).toEqual({ x: 'dropout', y: 'peak_lr', xlog: false, ylog: false, color: 'optimizer' });
  });
  test('a form without axis selectors (fixed axes) keeps the axes', () => {
    const start = defaultScatterState(payload);
    expect(scatterStateFromForm({ xlog: false, ylog: true }, 'xlog', start, payload)).toEqual({ ...start, xlog: false });
  });
  test('sameScatterState compares every part', () => {
    const a = defaultScatterState(payload);
    expect(sameScatterState(a, { ...a })).toBe(true);
    expect(sameScatterState(a, { ...a, ylog: false })).toBe(false);
  });
});
