import { describe, expect, test } from 'vitest';
import {
  parseDataScale,
  parseDecay,
  parseEnumWord,
  parseHardware,
  parseMark,
  parseMonthYear,
  parseNormalization,
  parseQuantity,
  parseRampCell,
  parseScientific,
  parseSizeBillions,
  parseTrainingDays,
} from '../../src/values/survey-cells.ts';

describe('survey cells as printed', () => {
  test.each([
    ['32K', 32000],
    ['3.2M', 3200000],
    ['1.4T', 1.4e12],
    ['256K', 256000],
    ['13*', 13],
  ])('parseQuantity(%s) is %d', (text, value) => expect(parseQuantity(text)).toBe(value));

  test.each([
    ['175B', 175],
    ['13*', 13],
    ['54.5', 54.5],
    ['-', undefined],
  ])('parseSizeBillions(%s) is %s', (text, value) => expect(parseSizeBillions(text)).toBe(value));

  test('parseMark reads ✓, ×, - and the words yes/no', () => {
    expect([parseMark('✓'), parseMark('×'), parseMark('-'), parseMark('yes'), parseMark('no'), parseMark('')]).toEqual([true, false, undefined, true, false, undefined]);
  });

  test("parseRampCell('32K→3.2M') returns start and end tokens", () => {
    expect(parseRampCell('32K→3.2M')).toEqual({ start: 32000, end: 3200000 });
    expect(parseRampCell('32 K→3.2M')).toEqual({ start: 32000, end: 3200000 });
    expect(parseRampCell('0.4M→8.25M')).toEqual({ start: 400000, end: 8250000 });
    expect(parseRampCell('4M')).toEqual({ start: 4000000, end: 4000000 });
    expect(parseRampCell('-')).toBeUndefined();
  });

  test.each([
    ['6 × 10^-5', 6e-5],
    ['1.85 × 10^-4', 1.85e-4],
    ['1 × 10^-2', 0.01],
    ['0.1', 0.1],
    ['1.0', 1],
    ['lr^2', undefined],
  ])('parseScientific(%s) is %s', (text, value) => expect(parseScientific(text)).toBe(value));

  test('parseDataScale reads tokens and bytes', () => {
    expect(parseDataScale('1.4T tokens')).toEqual({ tokensBillion: 1400 });
    expect(parseDataScale('300B tokens')).toEqual({ tokensBillion: 300 });
    expect(parseDataScale('825GB')).toEqual({ gigabytes: 825 });
    expect(parseDataScale('1.1TB')).toEqual({ gigabytes: 1100 });
    expect(parseDataScale('-')).toBeUndefined();
  });

  test('parseHardware splits count and type', () => {
    expect(parseHardware('1024 TPU v3')).toEqual({ count: 1024, type: 'TPU v3' });
    expect(parseHardware('2048 80G A100')).toEqual({ count: 2048, type: '80G A100' });
  });

  test('parseTrainingDays converts hours', () => {
    expect(parseTrainingDays('21 d')).toBe(21);
    expect(parseTrainingDays('27 h')).toBe(1.125);
    expect(parseTrainingDays('13.4 d')).toBe(13.4);
  });

  test('parseMonthYear', () => {
    expect(parseMonthYear('Oct-2019')).toBe('2019-10');
    expect(parseMonthYear('Sept 2019')).toBeUndefined();
  });

  test('parseNormalization reads both spellings of the versions', () => {
    expect(parseNormalization('Pre Layer Norm')).toEqual({ position: 'pre', type: 'layernorm' });
    expect(parseNormalization('Pre LayerNorm')).toEqual({ position: 'pre', type: 'layernorm' });
    expect(parseNormalization('Pre RMS Norm')).toEqual({ position: 'pre', type: 'rmsnorm' });
    expect(parseNormalization('Post Deep Norm')).toEqual({ position: 'post', type: 'deepnorm' });
  });

  test('parseEnumWord maps printed words to slugs', () => {
    expect(['RoPE', 'ALiBi', 'Learned', 'GeLU', 'SwiGLU', 'Causal decoder', 'Encoder-decoder', 'AdaFactor', 'Adafactor', 'BF16'].map(parseEnumWord)).toEqual([
      'rope',
      'alibi',
      'learned',
      'gelu',
      'swiglu',
      'causal-decoder',
      'encoder-decoder',
      'adafactor',
      'adafactor',
      'bf16',
    ]);
  });

  test('parseDecay reads schedule and floor', () => {
    expect(parseDecay('cosine decay to 10%')).toEqual({ schedule: 'cosine', floor: 0.1 });
    expect(parseDecay('inverse square root')).toEqual({ schedule: 'inverse-sqrt', floor: undefined });
    expect(parseDecay('manual decay')).toBeUndefined();
  });
});
