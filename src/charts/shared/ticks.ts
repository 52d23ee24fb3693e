/**
 * The collision rule for axis labels: a chart laid out for a narrow screen keeps only the tick
 * labels that fit, instead of shrinking the drawing until its text cannot be read.
 */
import { textWidth } from './labels.ts';

/**
 * The x ticks whose labels (centred on their tick) fit inside `[0, width]` without overlapping
 * the last label kept, left to right, with at least `gap` pixels between labels.
 */
export function thinTicks<T extends { x: number; label: string }>(ticks: readonly T[], width: number, gap = 6): T[] {
  const kept: T[] = [];
  for (const tick of [...ticks].sort((a, b) => a.x - b.x)) {
    const half = textWidth(tick.label) / 2;
    if (tick.x - half < 0 || tick.x + half > width) continue;
    const last = kept.at(-1);
    if (last && tick.x - half < last.x + textWidth(last.label) / 2 + gap) continue;
    kept.push(tick);
  }
  return kept;
}

/** The narrowest layout a chart is drawn for; a narrower frame scales that one down. */
export const MIN_CHART_WIDTH = 300;

/**
 * The width to lay a chart out for: `widest` while the frame is at least `redrawBelow` wide (the
 * wide drawing scaled to the frame stays legible), else the frame's own width, no narrower than
 * the narrowest layout — so that on a phone the text is drawn at its own size rather than a
 * desktop drawing shrunk. The stylesheet's container queries use the same thresholds.
 */
export function chartWidth(frame: number | undefined, widest: number, redrawBelow = widest): number {
  if (!frame || frame >= redrawBelow) return widest;
  return Math.round(Math.max(MIN_CHART_WIDTH, frame));
}
