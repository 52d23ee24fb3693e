import { describe, expect, test } from 'vitest';
import { chartWidth, thinTicks } from '../../../src/charts/shared/ticks.ts';
import { textWidth } from '../../../src/charts/shared/labels.ts';
import { scatterLayout } from '../../../src/charts/scatter/scatter-layout.ts';
import { timelineXTicks } from '../../../src/charts/timeline/timeline-layout.ts';

const noOverlap = (ticks: { x: number; label: string }[], width: number) => {
  for (const [i, t] of ticks.entries()) {
    expect(t.x - textWidth(t.label) / 2).toBeGreaterThanOrEqual(0);
    expect(t.x + textWidth(t.label) / 2).toBeLessThanOrEqual(width);
    const prev = ticks[i - 1];
    if (prev) expect(t.x - textWidth(t.label) / 2).toBeGreaterThanOrEqual(prev.x + textWidth(prev.label) / 2);
  }
};

describe('narrow chart layouts', () => {
  test('the collision rule drops labels that overlap or run past the edge, keeping the first that fit', () => {
    const ticks = [0, 10, 20, 30, 60, 200, 395].map((x) => ({ x, label: `${x}00` }));
    expect(thinTicks(ticks, 400).map((t) => t.x)).toEqual([20, 60, 200]);
    expect(textWidth('2024')).toBeCloseTo(24.8);
    expect(textWidth('参数')).toBe(22);
  });
  test('a phone-width scatter keeps fewer x ticks, none overlapping or clipped', () => {
    const points = Array.from({ length: 40 }, (_, i) => ({ id: `m${i}`, name: `M${i}`, x: 10 ** (i / 8), y: i + 1, group: 'all' }));
    const wide = scatterLayout(points, { width: 720, height: 400, xLog: true, yLog: false });
    const narrow = scatterLayout(points, { width: 320, height: 400, xLog: true, yLog: false });
    expect(narrow.xTicks.length).toBeLessThanOrEqual(wide.xTicks.length);
    noOverlap(narrow.xTicks, 320);
    noOverlap(wide.xTicks, 720);
    expect(narrow.plot.x1).toBe(320 - 16);
  });
  test('a phone-width timeline thins its date ticks to what fits', () => {
    const wide = timelineXTicks([2018, 2026.9], { x0: 56, x1: 944 });
    // The narrowest layout (300 px): yearly labels 26 px apart would touch, so every other one stays.
    const narrow = timelineXTicks([2018, 2026.9], { x0: 56, x1: 284 });
    expect(wide.map((t) => t.label)).toEqual(['2018', '2019', '2020', '2021', '2022', '2023', '2024', '2025', '2026']);
    expect(narrow.length).toBeLessThan(wide.length);
    expect(narrow.length).toBeGreaterThanOrEqual(4);
    noOverlap(narrow, 300);
    // Zoomed into half a year on a phone: month labels are wider, so fewer of them stay.
    const months = timelineXTicks([2024, 2024.5], { x0: 56, x1: 342 });
    noOverlap(months, 358);
    expect(months.length).toBeGreaterThan(1);
  });
  test('a chart is laid out for its frame below its threshold, and at its wide layout above it', () => {
    expect(chartWidth(1246, 960)).toBe(960);
    expect(chartWidth(358, 960)).toBe(358);
    expect(chartWidth(200, 960)).toBe(300);
    expect(chartWidth(600, 720, 576)).toBe(720);
    expect(chartWidth(560, 720, 576)).toBe(560);
    expect(chartWidth(undefined, 720)).toBe(720);
  });
});
