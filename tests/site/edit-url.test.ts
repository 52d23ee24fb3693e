import { expect, test } from 'vitest';
import { formEncode, suggestEditUrl } from '../../src/site/edit-url.ts';

test('form encoding matches URLSearchParams on awkward values', () => {
  for (const value of ['a b', "it's (≈) ~1!", '50%+5 & 6=7', '1024→2048', '', '中文 值', '*-._']) {
    expect(formEncode(value)).toBe(new URLSearchParams({ v: value }).toString().slice(2));
  }
});

test('the edit link opens the fix-a-value form with the cell filled in', () => {
  const url = new URL(suggestEditUrl('llama-7b', 'architectures', 'd_model', ''));
  expect(url.pathname).toMatch(/\/issues\/new$/);
  expect(Object.fromEntries(url.searchParams)).toEqual({
    template: 'fix-a-value.yml',
    title: 'Fix architectures.d_model of llama-7b',
    model_id: 'llama-7b',
    field: 'architectures.d_model',
    current: '(empty)',
  });
});
