/** Partial dates (`2023`, `2023-07`, `2023-07-18`) as numbers: the one place a date becomes a position. */

/** A partial date as a decimal year, placed mid-period when imprecise (`2023` → 2023.5, `2023-07` → mid-July). */
export function decimalYear(date: string): number {
  const [y, m, d] = date.split('-').map(Number) as [number, number?, number?];
  if (m === undefined) return y + 0.5;
  if (d === undefined) return y + (m - 0.5) / 12;
  const start = Date.UTC(y, 0, 1);
  const end = Date.UTC(y + 1, 0, 1);
  return y + (Date.UTC(y, m - 1, d) - start) / (end - start);
}

/** A decimal year back to `YYYY-MM` (for URLs and labels). */
export function yearMonth(value: number): string {
  const y = Math.floor(value);
  // The epsilon keeps a month's exact start (2024 + 6/12) in that month despite float error.
  const m = Math.min(12, Math.max(1, Math.floor((value - y) * 12 + 1e-9) + 1));
  return `${y}-${String(m).padStart(2, '0')}`;
}

/** The start of a year or month (`2024-07` → 2024.5) as a decimal year: the edge of a date window. */
export function periodStart(date: string): number {
  const [y, m = 1] = date.split('-').map(Number) as [number, number?];
  return y + (m - 1) / 12;
}

/** The year of a partial date (`2023-07` → 2023); undefined when unknown. */
export function releaseYear(date: string | undefined): number | undefined {
  return date ? Number(date.slice(0, 4)) : undefined;
}
