import { describe, expect, test } from 'vitest';
import { decimalYear, yearMonth } from '../../../src/values/partial-date.ts';
import { labelBox, overlaps, placeLabels } from '../../../src/charts/shared/labels.ts';
import { surveyFigureLayout } from '../../../src/charts/timeline/survey-figure-layout.ts';
import { timelineLayout, type TimelineModel } from '../../../src/charts/timeline/timeline-layout.ts';

const model = (id: string, date: number, params?: number): TimelineModel => ({ id, name: id.toUpperCase(), organization: 'Lab', date, params, open: true, group: 'Lab' });

describe('dates', () => {
  test('partial dates sit in the middle of their period', () => {
    expect(decimalYear('2023')).toBe(2023.5);
    expect(decimalYear('2023-01')).toBeCloseTo(2023 + 0.5 / 12);
    expect(decimalYear('2023-07-02')).toBeCloseTo(2023.5, 2);
    expect(yearMonth(decimalYear('2023-07'))).toBe('2023-07');
  });
});

describe('timelineLayout', () => {
  const models = [model('a', 2020.4, 175), model('b', 2023.1, 7), model('c', 2023.2), model('d', 2019.1, 0.1), model('e', 2024.9, 70)];
  const layout = timelineLayout(models, { width: 800, height: 400, domain: [2020, 2024] });
  test('x follows the date and y the log of the size, inside the plot', () => {
    const a = layout.marks.find((m) => m.id === 'a')!;
    const b = layout.marks.find((m) => m.id === 'b')!;
    expect(a.x).toBeLessThan(b.x);
    expect(a.y).toBeLessThan(b.y);
    for (const m of layout.marks) {
      expect(m.x).toBeGreaterThanOrEqual(layout.plot.x0);
      expect(m.x).toBeLessThanOrEqual(layout.plot.x1);
    }
  });
  test('the log domain excludes unknown sizes, which go to their own band and are counted', () => {
    const c = layout.marks.find((m) => m.id === 'c')!;
    expect(c.unknownSize).toBe(true);
    expect(c.y).toBeGreaterThan(layout.plot.y1);
    expect(layout.counts).toEqual({ shown: 3, drawn: 3, unknownSize: 1, outside: 2, total: 5 });
    expect(layout.yTicks.map((t) => t.label)).toEqual(['100M', '1B', '10B', '100B', '1T']);
  });
  test('labels never overlap each other and stay inside the plot', () => {
    const many = Array.from({ length: 300 }, (_, i) => model(`m${i}`, 2020 + (i % 40) / 10, 1 + (i % 17)));
    const dense = timelineLayout(many, { width: 600, height: 300 });
    const boxes = dense.labels.map((l) => labelBox(l));
    expect(boxes.length).toBeGreaterThan(3);
    for (let i = 0; i < boxes.length; i++) {
      for (let j = i + 1; j < boxes.length; j++) expect(overlaps(boxes[i]!, boxes[j]!)).toBe(false);
      expect(boxes[i]!.x0).toBeGreaterThanOrEqual(dense.plot.x0);
      expect(boxes[i]!.x1).toBeLessThanOrEqual(dense.plot.x1);
    }
  });
  test('labels do not cover marks', () => {
    const marks = layout.marks;
    for (const label of layout.labels) {
      const box = labelBox(label, 0);
      for (const m of marks) expect(overlaps(box, { x0: m.x - m.r, y0: m.y - m.r, x1: m.x + m.r, y1: m.y + m.r })).toBe(false);
    }
  });
  test('placeLabels drops a label that fits nowhere', () => {
    const placed = placeLabels([{ id: 'x', text: 'a very long label indeed', x: 5, y: 5, r: 2 }], { x0: 0, y0: 0, x1: 20, y1: 20 });
    expect(placed).toEqual([]);
  });
});

describe('surveyFigureLayout', () => {
  const rows = ['T5|2019|', 'GPT-3|2020|', 'mT5|2020|', 'PanGu-α|2021|1-4', 'Codex|2021|5-8', 'LaMDA|2021|5-8', 'Gopher|2021|9-12'].map((s, i) => {
    const [label, year, months] = s.split('|') as [string, string, string];
    return { id: `m${i}`, label, year, months, public: i % 2 === 0 };
  });
  const layout = surveyFigureLayout(rows);
  test('one spine group per year and month range, in printed order', () => {
    expect(layout.groups.map((g) => g.label)).toEqual(['2019', '2020', '2021 1-4', '2021 5-8', '2021 9-12']);
    for (let i = 1; i < layout.groups.length; i++) expect(layout.groups[i]!.x0).toBe(layout.groups[i - 1]!.x1);
  });
  test('models alternate above and below the spine, and labels never collide', () => {
    expect(layout.marks.filter((m) => m.above).length).toBe(5);
    const boxes = layout.marks.map((m) => labelBox({ id: m.id, text: m.label, x: m.x + 8, y: m.y + 4, anchor: 'start' }));
    for (let i = 0; i < boxes.length; i++) for (let j = i + 1; j < boxes.length; j++) expect(overlaps(boxes[i]!, boxes[j]!)).toBe(false);
  });
});

describe('ten times the data', () => {
  test('past its mark budget the timeline draws the largest models in the window and counts the rest', () => {
    const many: TimelineModel[] = Array.from({ length: 4000 }, (_, i) => ({
      id: `m${i}`,
      name: `M${i}`,
      organization: 'o',
      date: 2019 + (i % 96) / 12,
      params: i % 7 === 0 ? undefined : 1 + (i % 500),
      open: true,
      group: 'o',
    }));
    const layout = timelineLayout(many, { width: 960, height: 480, maxMarks: 1500 });
    expect(layout.marks.length).toBe(1500);
    expect(layout.counts.shown).toBe(4000);
    expect(layout.counts.drawn).toBe(1500);
    // Every drawn model of known size is at least as large as every model left out.
    const drawn = new Set(layout.marks.map((m) => m.id));
    const smallestDrawn = Math.min(...many.filter((m) => drawn.has(m.id)).map((m) => m.params ?? Infinity));
    const largestLeft = Math.max(...many.filter((m) => !drawn.has(m.id)).map((m) => m.params ?? 0));
    expect(smallestDrawn).toBeGreaterThanOrEqual(largestLeft);
    // Under the budget nothing is thinned.
    const few = timelineLayout(many.slice(0, 300), { width: 960, height: 480 });
    expect(few.counts.drawn).toBe(few.counts.shown);
  });
});
