import { parseHTML } from 'linkedom';
import { describe, expect, test } from 'vitest';
import { renderTrends } from '../../src/charts/trends/render-trends.ts';
import { sharesByYear, trendsLayout, type TrendItem } from '../../src/charts/trends/trends-layout.ts';

const items: TrendItem[] = [
  { year: 2020, value: 'learned' },
  { year: 2020, value: 'learned' },
  { year: 2020, value: 'relative' },
  { year: 2020 },
  { year: 2023, value: 'rope' },
  { year: 2023, value: 'rope' },
  { year: 2023, value: 'alibi' },
  { year: 2023, value: 'rope' },
  { year: 2023 },
  { year: 2023 },
];

describe('sharesByYear', () => {
  test('counts known and unknown per year; values by overall frequency', () => {
    const { years, values } = sharesByYear(items);
    expect(values).toEqual(['rope', 'learned', 'alibi', 'relative']);
    expect(years.map((y) => [y.year, y.known, y.unknown])).toEqual([
      [2020, 3, 1],
      [2023, 4, 2],
    ]);
  });
});

describe('trendsLayout', () => {
  const layout = trendsLayout(items, { width: 300, height: 160 });
  test('stacked shares of each year sum to 100 %, over known values only', () => {
    for (const year of [2020, 2023]) {
      const segments = layout.segments.filter((s) => s.year === year);
      expect(segments.reduce((sum, s) => sum + s.share, 0)).toBeCloseTo(1, 10);
      expect(segments.reduce((sum, s) => sum + s.height, 0)).toBeCloseTo(layout.plot.y1 - layout.plot.y0, 1);
    }
    expect(layout.unknown).toBe(3);
  });
  test('segments stack without gaps from the bottom of the plot', () => {
    const segments = layout.segments.filter((s) => s.year === 2023);
    expect(segments[0]!.y + segments[0]!.height).toBeCloseTo(layout.plot.y1, 1);
    for (let i = 1; i < segments.length; i++) expect(segments[i]!.y + segments[i]!.height).toBeCloseTo(segments[i - 1]!.y, 1);
  });
  test('an empty input gives an empty chart', () => {
    expect(trendsLayout([], { width: 300, height: 160 }).segments).toEqual([]);
  });
  test('the rendered SVG labels every segment for screen readers', () => {
    const { document } = parseHTML('<svg xmlns="http://www.w3.org/2000/svg"></svg>');
    const svg = document.querySelector('svg') as unknown as SVGSVGElement;
    renderTrends(svg, layout, {
      colorOf: () => 0,
      linkable: true,
      describe: (d, known) => `${d.year}: ${d.value}, ${d.count} of ${known} known (${Math.round(d.share * 100)}%)`,
    });
    expect(svg.toString().replace(/></g, '>\n<')).toMatchSnapshot();
  });
  test("segments are named by the describer it is given (the page's language)", () => {
    const { document } = parseHTML('<svg xmlns="http://www.w3.org/2000/svg"></svg>');
    const svg = document.querySelector('svg') as unknown as SVGSVGElement;
    renderTrends(svg, layout, { colorOf: () => 0, linkable: false, describe: (d, known) => `${d.year} 年：${d.value}，${d.count}/${known}` });
    expect(svg.querySelector('rect[data-value="rope"][data-year="2023"]')!.getAttribute('aria-label')).toBe('2023 年：rope，3/4');
  });
});
