import { parseHTML } from 'linkedom';
import { describe, expect, test } from 'vitest';
import { renderTrends } from '../../../src/charts/trends/render-trends.ts';
import { countLabelWidth, sharesByYear, trendsLayout, type TrendItem } from '../../../src/charts/trends/trends-layout.ts';

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
  test('count labels that would touch their neighbour move up a row (the collision rule); wide bars keep one row', () => {
    // Eight years of three-digit counts on a phone-width chart: every other label is lifted.
    const crowded: TrendItem[] = Array.from({ length: 8 }, (_, i) => Array.from({ length: 120 }, () => ({ year: 2018 + i, value: 'rope' }))).flat();
    const narrow = trendsLayout(crowded, { width: 200, height: 160 });
    expect(narrow.years.map((y) => y.labelRow)).toEqual([0, 1, 0, 1, 0, 1, 0, 1]);
    for (let i = 1; i < narrow.years.length; i++) {
      const [a, b] = [narrow.years[i - 1]!, narrow.years[i]!];
      const gap = b.x + b.width / 2 - (a.x + a.width / 2);
      // Labels on one row never overlap.
      if (a.labelRow === b.labelRow) expect(gap).toBeGreaterThanOrEqual(countLabelWidth(a.known));
    }
    expect(trendsLayout(crowded, { width: 900, height: 160 }).years.every((y) => y.labelRow === 0)).toBe(true);
  });
  test('an empty input gives an empty chart', () => {
    expect(trendsLayout([], { width: 300, height: 160 }).segments).toEqual([]);
  });
  test('renderTrends draws every segment, named for screen readers, as a link to its filter', () => {
    const { document } = parseHTML('<!doctype html><html><body></body></html>');
    const svg = renderTrends(
      layout,
      {
        colorOf: () => 0,
        href: (d) => `/architectures/?position_encoding=${d.value}#table`,
        describe: (d, known) => `${d.year}: ${d.value}, ${d.count} of ${known} known (${Math.round(d.share * 100)}%)`,
      },
      { document },
    );
    expect(svg.toString().replace(/></g, '>\n<')).toMatchSnapshot();
    const link = svg.querySelector('rect[data-value="rope"][data-year="2023"]')!.parentElement!;
    expect(link.getAttribute('href')).toBe('/architectures/?position_encoding=rope#table');
    expect(link.getAttribute('aria-label')).toBe('2023: rope, 3 of 4 known (75%)');
  });
  test("segments without a filter are images named by the describer it is given (the page's language)", () => {
    const { document } = parseHTML('<!doctype html><html><body></body></html>');
    const svg = renderTrends(layout, { colorOf: () => 0, describe: (d, known) => `${d.year} 年：${d.value}，${d.count}/${known}` }, { document });
    const rect = svg.querySelector('rect[data-value="rope"][data-year="2023"]')!;
    expect(rect.getAttribute('aria-label')).toBe('2023 年：rope，3/4');
    expect(rect.getAttribute('role')).toBe('img');
    expect(svg.querySelector('a')).toBeNull();
  });
});
