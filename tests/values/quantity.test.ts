import { expect, test } from 'vitest';
import { readableQuantity } from '../../src/values/quantity.ts';

test('parameters and tokens read as people say them, in English and in Chinese units', () => {
  expect(readableQuantity('en', 405, 'billions')).toBe('405 billion');
  expect(readableQuantity('en', 15600, 'billions of tokens')).toBe('15.6 trillion tokens');
  expect(readableQuantity('en', 0.117, 'billions')).toBe('117 million');
  expect(readableQuantity('zh', 405, 'billions')).toBe('4050 亿');
  expect(readableQuantity('zh', 15000, 'billions of tokens')).toBe('15 万亿词元');
  expect(readableQuantity('zh', 0.117, 'billions')).toBe('1.17 亿');
  expect(readableQuantity('zh', 0.02, 'billions')).toBe('2000 万');
});

test('other units are left to the caller', () => {
  expect(readableQuantity('en', 21, 'days')).toBeUndefined();
  expect(readableQuantity('zh', 825, 'gigabytes')).toBeUndefined();
});
