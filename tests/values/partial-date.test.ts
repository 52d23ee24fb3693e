import { expect, test } from 'vitest';
import { decimalYear, periodStart, releaseYear, yearMonth } from '../../src/values/partial-date.ts';

test('decimalYear places a year-only date mid-year and a month mid-month', () => {
  expect(decimalYear('2023')).toBe(2023.5);
  expect(decimalYear('2023-07')).toBeCloseTo(2023 + 6.5 / 12, 10);
});

test('decimalYear places a full date by its day', () => {
  expect(decimalYear('2023-01-01')).toBe(2023);
  expect(decimalYear('2024-07-02')).toBeCloseTo(2024 + 183 / 366, 10);
});

test('a day inside a month lands inside that month, before and after its middle', () => {
  expect(decimalYear('2023-07-01')).toBeLessThan(decimalYear('2023-07'));
  expect(decimalYear('2023-07-31')).toBeGreaterThan(decimalYear('2023-07'));
  expect(yearMonth(decimalYear('2023-07-31'))).toBe('2023-07');
});

test('releaseYear takes the year of any precision and is unknown without a date', () => {
  expect(releaseYear('2023-07-18')).toBe(2023);
  expect(releaseYear('1999')).toBe(1999);
  expect(releaseYear(undefined)).toBeUndefined();
});

test('periodStart is the first instant of a year or month, and yearMonth reads it back', () => {
  expect(periodStart('2024')).toBe(2024);
  expect(periodStart('2024-07')).toBe(2024.5);
  for (let m = 1; m <= 12; m++) expect(yearMonth(periodStart(`2023-${String(m).padStart(2, '0')}`))).toBe(`2023-${String(m).padStart(2, '0')}`);
});
