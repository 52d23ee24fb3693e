/**
 * Design convergence (no DOM): for one architecture choice, the share of each value among the
 * models of each year with a known value, as stacked bars; unknowns are counted per year, never
 * part of the shares.
 */
export interface TrendItem {
  year: number;
  /** The choice made, or undefined when unknown. */
  value?: string;
}

export interface YearShares {
  year: number;
  known: number;
  unknown: number;
  counts: Record<string, number>;
}

export interface TrendSegment {
  year: number;
  value: string;
  count: number;
  share: number;
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface TrendsLayout {
  width: number;
  height: number;
  plot: { x0: number; x1: number; y0: number; y1: number };
  /** Values, most common first (the stacking and legend order). */
  values: string[];
  /** Each year's bar; `labelRow` 1 lifts its count above its neighbour's where both would not fit side by side. */
  years: (YearShares & { x: number; width: number; labelRow: 0 | 1 })[];
  segments: TrendSegment[];
  yTicks: { y: number; label: string }[];
  unknown: number;
}

/** Counts per year and value; values ordered by overall frequency, then name. */
export function sharesByYear(items: readonly TrendItem[]): { years: YearShares[]; values: string[] } {
  const byYear = new Map<number, YearShares>();
  const totals = new Map<string, number>();
  for (const item of items) {
    const y = byYear.get(item.year) ?? { year: item.year, known: 0, unknown: 0, counts: {} };
    if (item.value === undefined) y.unknown++;
    else {
      y.known++;
      y.counts[item.value] = (y.counts[item.value] ?? 0) + 1;
      totals.set(item.value, (totals.get(item.value) ?? 0) + 1);
    }
    byYear.set(item.year, y);
  }
  const values = [...totals].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([v]) => v);
  return { years: [...byYear.values()].sort((a, b) => a.year - b.year), values };
}

const MARGIN = { top: 30, right: 8, bottom: 22, left: 36 };
/** Width of a count label above a bar: about 0.6 em per digit at the chart's 11 px text, plus a gap. */
export const countLabelWidth = (n: number) => String(n).length * 6.6 + 6;

export function trendsLayout(items: readonly TrendItem[], size: { width: number; height: number }): TrendsLayout {
  const { years, values } = sharesByYear(items);
  const plot = { x0: MARGIN.left, x1: size.width - MARGIN.right, y0: MARGIN.top, y1: size.height - MARGIN.bottom };
  const step = years.length ? (plot.x1 - plot.x0) / years.length : 0;
  const barWidth = Math.max(2, step * 0.75);
  const round = (v: number) => Math.round(v * 100) / 100;
  const segments: TrendSegment[] = [];
  const placed = years.map((y, i) => {
    const x = round(plot.x0 + i * step + (step - barWidth) / 2);
    let top = plot.y1;
    for (const value of values) {
      const count = y.counts[value] ?? 0;
      if (count === 0 || y.known === 0) continue;
      const share = count / y.known;
      const height = (plot.y1 - plot.y0) * share;
      top -= height;
      segments.push({ year: y.year, value, count, share, x, y: round(top), width: round(barWidth), height: round(height) });
    }
    return { ...y, x, width: round(barWidth), labelRow: 0 as 0 | 1 };
  });
  // The collision rule for the counts above the bars: a label that would touch the one before it
  // on its row moves up a row; two rows always suffice, since a label never spans three slots.
  for (let i = 1; i < placed.length; i++) {
    const prev = placed[i - 1]!;
    const cur = placed[i]!;
    const room = cur.x + cur.width / 2 - (prev.x + prev.width / 2);
    if (prev.labelRow === 0 && (countLabelWidth(prev.known) + countLabelWidth(cur.known)) / 2 > room) cur.labelRow = 1;
  }
  const yTicks = [0, 0.5, 1].map((t) => ({ y: round(plot.y1 - (plot.y1 - plot.y0) * t), label: `${t * 100}%` }));
  return { ...size, plot, values, years: placed, segments, yTicks, unknown: years.reduce((s, y) => s + y.unknown, 0) };
}
