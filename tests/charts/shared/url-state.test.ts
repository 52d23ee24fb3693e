import { expect, test } from 'vitest';
import { ignoredParams } from '../../../src/charts/shared/url-state.ts';

const accepts = { 's.x': (v: string) => v === 'params', mode: (v: string) => v === 'all' || v === 'survey' };

test('chart parameters with values the chart cannot use are named; prototype keys and foreign parameters are not its business', () => {
  expect(ignoredParams('?s.x=constructor&mode=__proto__&mode=all&s.x=params&q=llama&__proto__=1&constructor=2&toString=3', accepts)).toEqual(['s.x=constructor', 'mode=__proto__']);
  expect(ignoredParams(`?mode=${'x'.repeat(100)}`, accepts)).toEqual([`mode=${'x'.repeat(39)}…`]);
  expect(ignoredParams('', accepts)).toEqual([]);
});
