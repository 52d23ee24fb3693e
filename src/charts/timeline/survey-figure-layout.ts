/**
 * The survey's timeline figure as a layout (no DOM): a spine of year / month groups, models of
 * each group stacked above and below it in printed order, publicly available ones marked.
 * Every model is labelled; rows never overlap because each label has its own row.
 */
export interface FigureModel {
  id: string;
  label: string;
  year: string;
  months: string;
  public: boolean;
}

export interface FigureMark {
  id: string;
  label: string;
  x: number;
  y: number;
  public: boolean;
  above: boolean;
}

export interface FigureGroup {
  label: string;
  x0: number;
  x1: number;
}

export interface FigureLayout {
  width: number;
  height: number;
  spineY: number;
  groups: FigureGroup[];
  marks: FigureMark[];
}

const ROW = 15;
const CHAR = 6.2;
const PAD = 12;

export function surveyFigureLayout(models: readonly FigureModel[]): FigureLayout {
  const groups: { label: string; items: FigureModel[] }[] = [];
  for (const m of models) {
    const label = m.months ? `${m.year} ${m.months}` : m.year;
    const last = groups.at(-1);
    if (last?.label === label) last.items.push(m);
    else groups.push({ label, items: [m] });
  }
  const half = (n: number) => Math.ceil(n / 2);
  const rowsAbove = Math.max(1, ...groups.map((g) => half(g.items.length)));
  const rowsBelow = Math.max(1, ...groups.map((g) => g.items.length - half(g.items.length)));
  const spineY = PAD + rowsAbove * ROW + 10;
  const height = spineY + 24 + rowsBelow * ROW + PAD;
  const marks: FigureMark[] = [];
  const outGroups: FigureGroup[] = [];
  let x = PAD;
  for (const g of groups) {
    const longest = Math.max(g.label.length * CHAR, ...g.items.map((m) => m.label.length * CHAR + 14));
    const width = longest + PAD;
    const cut = half(g.items.length);
    g.items.forEach((m, i) => {
      const above = i < cut;
      const row = above ? cut - 1 - i : i - cut;
      marks.push({ id: m.id, label: m.label, x: x + 6, y: above ? spineY - 10 - row * ROW : spineY + 28 + row * ROW, public: m.public, above });
    });
    outGroups.push({ label: g.label, x0: x, x1: x + width });
    x += width;
  }
  return { width: Math.ceil(x + PAD), height: Math.ceil(height), spineY, groups: outGroups, marks };
}
