import { expect, test } from 'vitest';
import { denseOrMoe } from '../../src/values/moe.ts';

test('denseOrMoe(n/a) is dense, a number of experts is moe, unknown stays unknown', () => {
  expect(denseOrMoe(null)).toBe('dense');
  expect(denseOrMoe(8)).toBe('moe');
  expect(denseOrMoe(undefined)).toBeUndefined();
});
