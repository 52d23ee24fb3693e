import { describe, expect, test } from 'vitest';
import { enumParser, numberParser, parseDate, parseId, parseText, parseYesNo, rampParser, suggest } from '../../src/schemas/cells.ts';

describe('numberParser', () => {
  const billions = numberParser({ unit: 'billions' });
  test('reads plain and scientific numbers', () => {
    expect(billions('175')).toEqual({ ok: true, value: 175 });
    expect(billions('0.125')).toEqual({ ok: true, value: 0.125 });
    expect(billions('6e-5')).toEqual({ ok: true, value: 6e-5 });
  });
  test('rejects a number with a unit and says to drop it', () => {
    expect(billions('175B')).toEqual({ ok: false, message: 'expected a plain number in billions, got "175B" — drop the unit' });
  });
  test('rejects thousands separators', () => {
    expect(numberParser()('1,000')).toEqual({ ok: false, message: 'expected a plain number, got "1,000" — drop the thousands separators' });
  });
  test('rejects negatives and non-integers where asked', () => {
    expect(numberParser()('-1')).toEqual({ ok: false, message: 'expected a number ≥ 0, got "-1"' });
    expect(numberParser({ integer: true })('1.5')).toEqual({ ok: false, message: 'expected a whole number, got "1.5"' });
  });
  test('keeps every number that round-trips, however it is written', () => {
    for (const [text, value] of [
      ['1.0', 1],
      ['1.50e3', 1500],
      ['0.000', 0],
      ['1.5416666666666667', 1.5416666666666667],
      ['9007199254740991', 9007199254740991],
      ['.5', 0.5],
      ['+2', 2],
    ] as const) {
      expect(billions(text)).toEqual({ ok: true, value });
    }
  });
  test('refuses what cannot round-trip: negative zero, underflow, beyond 2^53, rounded digits', () => {
    expect(billions('-0e5')).toEqual({ ok: false, message: 'expected a plain number in billions, got "-0e5" — write 0 without a minus sign' });
    expect(billions('4e-324')).toEqual({ ok: false, message: 'expected a plain number in billions, got "4e-324" — it has more digits than can be stored and would become 5e-324' });
    expect(billions('2e-324')).toEqual({ ok: false, message: 'expected a plain number in billions, got "2e-324" — it is too small to store and would become 0' });
    expect(numberParser({ integer: true })('9007199254740992')).toEqual({
      ok: false,
      message: 'expected a whole number, got "9007199254740992" — numbers beyond 9007199254740991 (2^53 − 1) lose digits',
    });
  });
});

describe('parseDate', () => {
  test.each(['2023', '2023-07', '2023-07-18', '2024-02-29'])('keeps the precision of %s', (d) => {
    expect(parseDate(d)).toEqual({ ok: true, value: d });
  });
  test.each([
    ['March 2023', 'expected a date as YYYY, YYYY-MM or YYYY-MM-DD, got "March 2023"'],
    ['2023-13', 'expected a month 01–12, got "2023-13"'],
    ['2023-02-29', 'expected a day 01–28 for 2023-02, got "2023-02-29"'],
  ])('rejects %s', (d, message) => {
    expect(parseDate(d)).toEqual({ ok: false, message });
  });
});

describe('enumParser', () => {
  const pe = enumParser(['learned', 'rope', 'alibi'] as const);
  test('accepts an allowed value', () => expect(pe('rope')).toEqual({ ok: true, value: 'rope' }));
  test('suggests the value a wrongly cased cell meant', () => {
    expect(pe('RoPE')).toEqual({ ok: false, message: 'expected one of learned, rope, alibi, got "RoPE" — did you mean "rope"?' });
  });
  test('suggests nothing for an unrelated value', () => {
    expect(pe('sinusoidal')).toEqual({ ok: false, message: 'expected one of learned, rope, alibi, got "sinusoidal"' });
  });
  test('suggest finds a one-letter typo', () => expect(suggest('alibo', ['learned', 'rope', 'alibi'])).toBe('alibi'));
});

describe('rampParser', () => {
  const ramp = rampParser({ unit: 'tokens' });
  test("parseRamp('32000→3200000') returns start and end tokens", () => {
    expect(ramp('32000→3200000')).toEqual({ ok: true, value: { start: 32000, end: 3200000 } });
  });
  test('accepts -> and a single number', () => {
    expect(ramp('1->2')).toEqual({ ok: true, value: { start: 1, end: 2 } });
    expect(ramp('4000000')).toEqual({ ok: true, value: { start: 4000000, end: 4000000 } });
  });
  test('rejects a ramp that shrinks', () => {
    expect(ramp('2→1')).toEqual({ ok: false, message: 'expected a ramp whose start ≤ end, got "2→1"' });
  });
  test('rejects units inside a ramp', () => {
    expect(ramp('32K→3.2M')).toEqual({ ok: false, message: 'expected a plain number in tokens, got "32K" — drop the unit' });
  });
});

describe('other cells', () => {
  test('yes/no only', () => {
    expect(parseYesNo('yes')).toEqual({ ok: true, value: true });
    expect(parseYesNo('✓')).toEqual({ ok: false, message: 'expected "yes" or "no", got "✓"' });
  });
  test('ids are lowercase slugs', () => {
    expect(parseId('qwen2.5-72b')).toEqual({ ok: true, value: 'qwen2.5-72b' });
    expect(parseId('LLaMA 2')).toMatchObject({ ok: false });
  });
  test('text rejects a right-to-left override', () => {
    expect(parseText('abc\u202edef')).toEqual({ ok: false, message: 'contains the invisible control character U+202E at position 4; remove it' });
  });
  test('text keeps HTML as text', () => {
    expect(parseText('<img src=x onerror=alert(1)>')).toEqual({ ok: true, value: '<img src=x onerror=alert(1)>' });
  });
});
