/** Display text for typed values: one place, so tables, pages and exports agree. */
import type { ColumnMeta, Ramp } from '../schemas/cells.ts';

export type CellValue = string | number | boolean | Ramp | null | undefined;

const plain = new Intl.NumberFormat('en-US', { maximumFractionDigits: 6, useGrouping: true });

/** Numbers as people read them: 175, 6.7, 0.125, 6e-5, 3,200,000. */
export function formatNumber(value: number): string {
  if (value !== 0 && Math.abs(value) < 0.001) {
    const [mantissa, exponent] = value.toExponential().split('e') as [string, string];
    return `${Number(Number(mantissa).toPrecision(6))}e${exponent}`;
  }
  return plain.format(value);
}

/** The display text of a cell; unknown is the empty string, not applicable is "n/a". */
export function formatValue(value: CellValue, meta?: Pick<ColumnMeta, 'unit'>): string {
  if (value === undefined) return '';
  if (value === null) return 'n/a';
  if (typeof value === 'boolean') return value ? 'yes' : 'no';
  if (typeof value === 'number') return meta?.unit === 'year' ? String(value) : formatNumber(value);
  if (typeof value === 'object') return value.start === value.end ? formatNumber(value.end) : `${formatNumber(value.start)}→${formatNumber(value.end)}`;
  return value;
}

/** The CSV text of a cell (the form contributors write): no grouping, ramps with →. */
export function csvValue(value: CellValue): string {
  if (value === undefined) return '';
  if (value === null) return 'n/a';
  if (typeof value === 'boolean') return value ? 'yes' : 'no';
  if (typeof value === 'number') return String(value);
  if (typeof value === 'object') return value.start === value.end ? String(value.end) : `${value.start}→${value.end}`;
  return value;
}

/** A numeric value for sorting, filtering and charts (ramps by their end). */
export function numericValue(value: CellValue): number | undefined {
  if (typeof value === 'number') return value;
  if (value && typeof value === 'object') return value.end;
  return undefined;
}
