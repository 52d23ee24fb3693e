/** Greedy label placement without overlaps: each label tries a few spots around its mark. */

export interface LabelCandidate {
  id: string;
  text: string;
  x: number;
  y: number;
  /** Radius of the mark the label belongs to. */
  r: number;
}

export interface PlacedLabel {
  id: string;
  text: string;
  x: number;
  y: number;
  anchor: 'start' | 'end' | 'middle';
}

export interface Box {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

const CHAR_WIDTH = 6.2;
/** A CJK glyph of the 11 px chart text is a full em wide. */
const WIDE_CHAR_WIDTH = 11;
const LINE_HEIGHT = 12;

/** About how wide a line of 11 px chart text is, in pixels: labels, tick labels and their collision rules use it. */
export function textWidth(text: string): number {
  let width = 0;
  for (const ch of text) width += /[\u2e80-\u9fff\uac00-\ud7af\uff00-\uffef]/u.test(ch) ? WIDE_CHAR_WIDTH : CHAR_WIDTH;
  return width;
}

/** The box a label covers, with a small gap around it so neighbours never touch. */
export function labelBox(label: PlacedLabel, gap = 2): Box {
  const w = textWidth(label.text);
  const x0 = label.anchor === 'start' ? label.x : label.anchor === 'end' ? label.x - w : label.x - w / 2;
  return { x0: x0 - gap, y0: label.y - LINE_HEIGHT + 2 - gap, x1: x0 + w + gap, y1: label.y + 2 + gap };
}

/** The box of a round mark. */
export const markBox = (x: number, y: number, r: number): Box => ({ x0: x - r, y0: y - r, x1: x + r, y1: y + r });

export const overlaps = (a: Box, b: Box) => a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;

/**
 * Place labels in the given order (most important first); a label that fits nowhere is dropped.
 * `bounds` keeps labels inside the plot; `obstacles` (e.g. marks) are avoided too.
 */
export function placeLabels(candidates: readonly LabelCandidate[], bounds: Box, obstacles: readonly Box[] = [], max = Infinity): PlacedLabel[] {
  const placed: PlacedLabel[] = [];
  const index = new BoxIndex();
  for (const b of obstacles) index.add(b);
  for (const c of candidates) {
    if (placed.length >= max) break;
    const gap = c.r + 3;
    const spots: PlacedLabel[] = [
      { id: c.id, text: c.text, x: c.x + gap, y: c.y + 4, anchor: 'start' },
      { id: c.id, text: c.text, x: c.x - gap, y: c.y + 4, anchor: 'end' },
      { id: c.id, text: c.text, x: c.x, y: c.y - gap - 1, anchor: 'middle' },
      { id: c.id, text: c.text, x: c.x, y: c.y + gap + LINE_HEIGHT - 2, anchor: 'middle' },
    ];
    for (const spot of spots) {
      const box = labelBox(spot);
      const inside = box.x0 >= bounds.x0 && box.x1 <= bounds.x1 && box.y0 >= bounds.y0 && box.y1 <= bounds.y1;
      if (inside && !index.hits(box)) {
        placed.push(spot);
        index.add(box);
        break;
      }
    }
  }
  return placed;
}

/** A uniform grid of boxes, so a collision test looks at the neighbourhood instead of every box. */
class BoxIndex {
  private cells = new Map<number, Box[]>();
  private static SIZE = 32;

  private keys(b: Box): number[] {
    const s = BoxIndex.SIZE;
    const out: number[] = [];
    for (let gx = Math.floor(b.x0 / s); gx <= Math.floor(b.x1 / s); gx++) {
      for (let gy = Math.floor(b.y0 / s); gy <= Math.floor(b.y1 / s); gy++) out.push(gx * 65536 + gy);
    }
    return out;
  }

  add(b: Box) {
    for (const k of this.keys(b)) {
      const cell = this.cells.get(k);
      if (cell) cell.push(b);
      else this.cells.set(k, [b]);
    }
  }

  hits(b: Box): boolean {
    for (const k of this.keys(b)) if (this.cells.get(k)?.some((o) => overlaps(o, b))) return true;
    return false;
  }
}
