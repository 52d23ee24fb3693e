/**
 * Timeline layout (no DOM): models + size + view → positions of marks, labels, axes.
 * x = release date, y = parameters on a log scale; models of unknown size sit in their own band
 * under the plot, counted; models outside the date window are counted, not drawn.
 */
import { scaleLog, scaleLinear } from 'd3';
import { thinTicks } from '../shared/ticks.ts';
import { markBox, placeLabels, type PlacedLabel } from '../shared/labels.ts';

export interface TimelineModel {
  id: string;
  name: string;
  organization: string;
  /** Release date as a decimal year. */
  date: number;
  params?: number;
  open: boolean;
  /** Colour group (organization or access). */
  group: string;
}

export interface TimelineOptions {
  width: number;
  height: number;
  /** Visible date window as decimal years; defaults to the data's extent. */
  domain?: [number, number];
  /** At most this many labels. */
  maxLabels?: number;
  /**
   * Also lay out the marks this many window-widths beyond each side of the window (drawn clipped),
   * so a pan can slide the drawn marks instead of laying them out again.
   */
  buffer?: number;
  /**
   * At most this many marks are drawn: past it, the largest models are (the rest are counted), so
   * the drawing costs the same at ten thousand models as at a thousand; zooming in shows the rest.
   */
  maxMarks?: number;
}

/** The most marks a timeline draws at once. */
export const MAX_TIMELINE_MARKS = 1500;

export interface TimelineMark {
  id: string;
  x: number;
  y: number;
  r: number;
  open: boolean;
  group: string;
  unknownSize: boolean;
}

export interface TimelineLayout {
  width: number;
  height: number;
  plot: { x0: number; x1: number; y0: number; y1: number };
  band: { y0: number; y1: number };
  domain: [number, number];
  /** The dates the marks cover (the window plus any buffer). */
  markDomain: [number, number];
  marks: TimelineMark[];
  labels: PlacedLabel[];
  xTicks: { x: number; label: string }[];
  yTicks: { y: number; label: string }[];
  /** `drawn`: the models in the window that have a mark (fewer than `shown` when thinned). */
  counts: { shown: number; drawn: number; unknownSize: number; outside: number; total: number };
}

export const MARGIN = { top: 12, right: 16, bottom: 56, left: 56 };
const BAND = 26;

export function dateExtent(models: readonly TimelineModel[]): [number, number] {
  if (models.length === 0) return [2018, 2026];
  let lo = Infinity;
  let hi = -Infinity;
  for (const m of models) {
    lo = Math.min(lo, m.date);
    hi = Math.max(hi, m.date);
  }
  return [Math.floor(lo), Math.ceil(hi + 0.01)];
}

const formatParams = (v: number) => (v >= 1000 ? `${v / 1000}T` : v >= 1 ? `${v}B` : `${v * 1000}M`);

export function timelineLayout(models: readonly TimelineModel[], options: TimelineOptions): TimelineLayout {
  const { width, height } = options;
  const domain = options.domain ?? dateExtent(models);
  const plot = { x0: MARGIN.left, x1: width - MARGIN.right, y0: MARGIN.top, y1: height - MARGIN.bottom - BAND };
  const band = { y0: plot.y1 + 6, y1: plot.y1 + BAND };
  const x = scaleLinear().domain(domain).range([plot.x0, plot.x1]);
  const sizes = models.flatMap((m) => (m.params !== undefined && m.params > 0 ? [m.params] : []));
  const lo = sizes.length ? Math.min(...sizes) : 0.1;
  const hi = sizes.length ? Math.max(...sizes) : 1000;
  const y = scaleLog()
    .domain([10 ** Math.floor(Math.log10(lo)), 10 ** Math.ceil(Math.log10(hi))])
    .range([plot.y1, plot.y0]);

  const span = domain[1] - domain[0];
  const pad = span * (options.buffer ?? 0);
  const markDomain: [number, number] = [domain[0] - pad, domain[1] + pad];
  const marks: TimelineMark[] = [];
  let unknownSize = 0;
  let outside = 0;
  for (const m of models) {
    const inWindow = m.date >= domain[0] && m.date <= domain[1];
    if (!inWindow) outside++;
    if (m.date < markDomain[0] || m.date > markDomain[1]) continue;
    const known = m.params !== undefined && m.params > 0;
    if (!known && inWindow) unknownSize++;
    marks.push({
      id: m.id,
      x: x(m.date),
      y: known ? y(m.params!) : (band.y0 + band.y1) / 2,
      r: known ? Math.max(3, Math.min(9, 2 + Math.log10(m.params! * 10 + 1) * 1.6)) : 3,
      open: m.open,
      group: m.group,
      unknownSize: !known,
    });
  }
  const byId = new Map(models.map((m) => [m.id, m]));
  const inWindow = (mk: TimelineMark) => {
    const d = byId.get(mk.id)!.date;
    return d >= domain[0] && d <= domain[1];
  };
  const shownMarks = marks.filter(inWindow).length;
  const maxMarks = options.maxMarks ?? MAX_TIMELINE_MARKS;
  if (marks.length > maxMarks) {
    // The window's largest models first, then those of unknown size, then the buffer's.
    const rank = (mk: TimelineMark) => (inWindow(mk) ? 0 : 2) + (mk.unknownSize ? 1 : 0);
    const kept = [...marks].sort((a, b) => rank(a) - rank(b) || (byId.get(b.id)!.params ?? 0) - (byId.get(a.id)!.params ?? 0) || (a.id < b.id ? -1 : 1)).slice(0, maxMarks);
    const keep = new Set(kept.map((mk) => mk.id));
    marks.splice(0, marks.length, ...marks.filter((mk) => keep.has(mk.id)));
  }
  const drawn = marks.filter(inWindow).length;
  // The largest models are labelled first; past a few hundred candidates no more labels would fit.
  const maxLabels = options.maxLabels ?? 40;
  const candidates = marks
    .filter((mk) => !mk.unknownSize && mk.x >= plot.x0 && mk.x <= plot.x1)
    .sort((a, b) => (byId.get(b.id)!.params ?? 0) - (byId.get(a.id)!.params ?? 0) || (a.id < b.id ? -1 : 1))
    .slice(0, maxLabels * 10)
    .map((mk) => ({ id: mk.id, text: byId.get(mk.id)!.name, x: mk.x, y: mk.y, r: mk.r }));
  const obstacles = marks.map((mk) => markBox(mk.x, mk.y, mk.r));
  const labels = placeLabels(candidates, { x0: plot.x0, y0: plot.y0, x1: plot.x1, y1: plot.y1 }, obstacles, maxLabels);

  const xTicks = timelineXTicks(domain, plot);
  const yTicks = y
    .ticks()
    .filter((v) => Number.isInteger(Math.log10(v)))
    .map((v) => ({ y: y(v), label: formatParams(v) }));
  return {
    width,
    height,
    plot,
    band,
    domain,
    markDomain,
    marks,
    labels,
    xTicks,
    yTicks,
    counts: { shown: models.length - outside, drawn: Math.min(drawn, shownMarks), unknownSize, outside, total: models.length },
  };
}

/** Date ticks for a window: whole years, half years or quarters, by the window's width. */
export function timelineXTicks(domain: [number, number], plot: { x0: number; x1: number }): { x: number; label: string }[] {
  const x = scaleLinear().domain(domain).range([plot.x0, plot.x1]);
  const span = domain[1] - domain[0];
  const step = span > 12 ? 2 : span > 4 ? 1 : span > 1.5 ? 0.5 : 0.25;
  const ticks: { x: number; label: string }[] = [];
  for (let t = Math.ceil(domain[0] / step) * step; t <= domain[1] + 1e-9; t += step) {
    const year = Math.floor(t + 1e-9);
    const month = Math.round((t - year) * 12);
    ticks.push({ x: x(t), label: month === 0 ? String(year) : `${year}-${String(month + 1).padStart(2, '0')}` });
  }
  // On a narrow chart the labels that would collide are dropped.
  return thinTicks(ticks, plot.x1 + MARGIN.right);
}
