import { describe, expect, test } from 'vitest';
import { fitPowerLaw, formatTick, scatterLayout } from '../../../src/charts/scatter/scatter-layout.ts';

describe('fitPowerLaw', () => {
  test('recovers the exponent of an exact power law', () => {
    const points = [1, 2, 4, 8, 16].map((x) => ({ x, y: 3 * x ** 0.5 }));
    const fit = fitPowerLaw(points)!;
    expect(fit.exponent).toBeCloseTo(0.5, 10);
    expect(fit.coefficient).toBeCloseTo(3, 10);
    expect(fit.r2).toBeCloseTo(1, 10);
  });
  test('needs three positive points', () => {
    expect(
      fitPowerLaw([
        { x: 1, y: 1 },
        { x: 2, y: 2 },
        { x: 0, y: 3 },
      ]),
    ).toBeUndefined();
  });
});

describe('scatterLayout', () => {
  const points = [
    { id: 'a', name: 'A', x: 1, y: 10, group: 'adam' },
    { id: 'b', name: 'B', x: 10, y: 100, group: 'adam' },
    { id: 'c', name: 'C', x: 100, y: 1000, group: 'adamw' },
    { id: 'd', name: 'D', x: 0, y: 5, group: 'adamw' },
    { id: 'e', name: 'E', y: 5, group: 'adamw' },
  ];
  test('a log axis excludes zero and unknown values, and counts them', () => {
    const layout = scatterLayout(points, { width: 400, height: 300, xLog: true, yLog: true });
    expect(layout.marks.map((m) => m.id)).toEqual(['a', 'b', 'c']);
    expect(layout.counts).toEqual({ shown: 3, missing: 2, total: 5 });
    expect(layout.xTicks.map((t) => t.label)).toEqual(['1', '10', '100']);
    expect(layout.fit?.exponent).toBeCloseTo(1, 10);
  });
  test('a linear axis keeps zero, and no power law is fitted off log–log axes', () => {
    const layout = scatterLayout(points, { width: 400, height: 300, xLog: false, yLog: true });
    expect(layout.marks.map((m) => m.id)).toEqual(['a', 'b', 'c', 'd']);
    expect(layout.fit).toBeUndefined();
  });
  test('marks stay inside the plot', () => {
    const layout = scatterLayout(points, { width: 400, height: 300, xLog: true, yLog: false });
    for (const m of layout.marks) {
      expect(m.x).toBeGreaterThanOrEqual(layout.plot.x0);
      expect(m.x).toBeLessThanOrEqual(layout.plot.x1);
      expect(m.y).toBeGreaterThanOrEqual(layout.plot.y0);
      expect(m.y).toBeLessThanOrEqual(layout.plot.y1);
    }
  });
  test('tick labels are short', () => {
    expect([6e-5, 0.1, 1, 2048, 3200000].map(formatTick)).toEqual(['6e-5', '0.1', '1', '2048', '3.2e6']);
  });
});

test('a date axis does not start at zero: points spread over their years instead of sitting in one column', () => {
  const points = [2019.5, 2021.2, 2023.8, 2025.1].map((x, i) => ({ id: `m${i}`, name: `M${i}`, x, y: 1000 * (i + 1), group: 'all' }));
  const layout = scatterLayout(points, { width: 720, height: 400, xLog: false, yLog: true, xZero: false });
  const xs = layout.marks.map((m) => m.x);
  expect(Math.max(...xs) - Math.min(...xs)).toBeGreaterThan(400);
  expect(layout.xTicks.some((t) => t.label === '0')).toBe(false);
  const withZero = scatterLayout(points, { width: 720, height: 400, xLog: false, yLog: true });
  expect(withZero.xTicks[0]!.label).toBe('0');
});
