/**
 * Scatter layout (no DOM): points with numeric x and y → positions on linear or log axes, a
 * fitted power law (least squares on log x, log y) with its exponent, and counts of the points
 * that cannot be drawn (unknown value, or ≤ 0 on a log axis).
 */
import { scaleLinear, scaleLog, type ScaleContinuousNumeric } from 'd3';
import { thinTicks } from '../shared/ticks.ts';
import { formatTick } from '../shared/format-tick.ts';

export { formatTick };

export interface ScatterPoint {
  id: string;
  name: string;
  x?: number;
  y?: number;
  group: string;
}

export interface ScatterOptions {
  width: number;
  height: number;
  xLog: boolean;
  yLog: boolean;
  /** Whether a linear axis starts at zero (default true; false for dates, which sit far from it). */
  xZero?: boolean;
  yZero?: boolean;
}

export interface ScatterMark {
  id: string;
  x: number;
  y: number;
  group: string;
}

export interface PowerLawFit {
  /** y = coefficient · x^exponent */
  exponent: number;
  coefficient: number;
  r2: number;
  n: number;
  /** The fitted line across the data's x range, in pixels. */
  line: [[number, number], [number, number]];
}

export interface ScatterLayout {
  width: number;
  height: number;
  plot: { x0: number; x1: number; y0: number; y1: number };
  marks: ScatterMark[];
  xTicks: { x: number; label: string }[];
  yTicks: { y: number; label: string }[];
  fit?: PowerLawFit;
  counts: { shown: number; missing: number; total: number };
}

const MARGIN = { top: 12, right: 16, bottom: 44, left: 64 };

/** Least-squares fit of log y on log x: the exponent of y ∝ x^b, with R². */
export function fitPowerLaw(points: readonly { x: number; y: number }[]): Omit<PowerLawFit, 'line'> | undefined {
  const usable = points.filter((p) => p.x > 0 && p.y > 0);
  const n = usable.length;
  if (n < 3) return undefined;
  const lx = usable.map((p) => Math.log(p.x));
  const ly = usable.map((p) => Math.log(p.y));
  const mx = lx.reduce((a, b) => a + b, 0) / n;
  const my = ly.reduce((a, b) => a + b, 0) / n;
  let sxx = 0;
  let sxy = 0;
  let syy = 0;
  for (let i = 0; i < n; i++) {
    sxx += (lx[i]! - mx) ** 2;
    sxy += (lx[i]! - mx) * (ly[i]! - my);
    syy += (ly[i]! - my) ** 2;
  }
  if (sxx === 0) return undefined;
  const exponent = sxy / sxx;
  const intercept = my - exponent * mx;
  const r2 = syy === 0 ? 1 : (sxy * sxy) / (sxx * syy);
  return { exponent, coefficient: Math.exp(intercept), r2, n };
}

function axis(values: number[], log: boolean, range: [number, number], zero = true): ScaleContinuousNumeric<number, number> {
  if (values.length === 0) return scaleLinear().domain([0, 1]).range(range);
  let lo = Math.min(...values);
  let hi = Math.max(...values);
  if (log) {
    const scale = scaleLog()
      .domain([lo === hi ? lo / 10 : lo, lo === hi ? hi * 10 : hi])
      .range(range)
      .nice();
    return scale;
  }
  if (lo === hi) [lo, hi] = [lo - 1, hi + 1];
  return scaleLinear()
    .domain([zero ? Math.min(0, lo) : lo, hi])
    .range(range)
    .nice();
}

export function scatterLayout(points: readonly ScatterPoint[], options: ScatterOptions): ScatterLayout {
  const { width, height, xLog, yLog, xZero = true, yZero = true } = options;
  const plot = { x0: MARGIN.left, x1: width - MARGIN.right, y0: MARGIN.top, y1: height - MARGIN.bottom };
  const drawable = points.filter(
    (p): p is ScatterPoint & { x: number; y: number } =>
      p.x !== undefined && p.y !== undefined && Number.isFinite(p.x) && Number.isFinite(p.y) && (!xLog || p.x > 0) && (!yLog || p.y > 0),
  );
  const x = axis(
    drawable.map((p) => p.x),
    xLog,
    [plot.x0, plot.x1],
    xZero,
  );
  const y = axis(
    drawable.map((p) => p.y),
    yLog,
    [plot.y1, plot.y0],
    yZero,
  );
  const round = (v: number) => Math.round(v * 10) / 10;
  const marks = drawable.map((p) => ({ id: p.id, x: round(x(p.x)), y: round(y(p.y)), group: p.group }));
  const ticks = (scale: ScaleContinuousNumeric<number, number>, log: boolean) => {
    const all = scale.ticks(log ? 6 : 6);
    return log ? all.filter((v) => Number.isInteger(Math.round(Math.log10(v) * 1e6) / 1e6)) : all;
  };
  // Labels that would overlap, or run past the edge, are dropped: at a phone's width fewer remain.
  const xTicks = thinTicks(
    ticks(x, xLog).map((v) => ({ x: round(x(v)), label: formatTick(v) })),
    width,
  );
  const yTicks = ticks(y, yLog).map((v) => ({ y: round(y(v)), label: formatTick(v) }));
  // A power law is a straight line only on log–log axes; on other axes no trend is drawn.
  const base = xLog && yLog ? fitPowerLaw(drawable) : undefined;
  let fit: PowerLawFit | undefined;
  if (base) {
    const xs = drawable.map((p) => p.x).filter((v) => v > 0);
    const lo = Math.min(...xs);
    const hi = Math.max(...xs);
    const at = (v: number): [number, number] => [round(x(v)), round(y(base.coefficient * v ** base.exponent))];
    const line: [[number, number], [number, number]] = [at(lo), at(hi)];
    if (line.flat().every(Number.isFinite)) fit = { ...base, line };
  }
  return { width, height, plot, marks, xTicks, yTicks, ...(fit ? { fit } : {}), counts: { shown: marks.length, missing: points.length - marks.length, total: points.length } };
}
