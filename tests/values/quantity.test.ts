import { expect, test } from 'vitest';
import { bytesText, flopText, readableQuantity } from '../../src/values/quantity.ts';

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

test('bytes in binary units and FLOP in powers of ten, as a spec sheet prints them', () => {
  expect(bytesText(516096)).toBe('504 KiB');
  expect(bytesText(70272)).toBe('68.6 KiB');
  expect(bytesText(4718592)).toBe('4.5 MiB');
  expect(bytesText(512)).toBe('512 B');
  expect(flopText(3.65e25)).toBe('3.65 × 10²⁵ FLOP');
  expect(flopText(3.15e23)).toBe('3.15 × 10²³ FLOP');
  expect(flopText(0)).toBe('');
});
