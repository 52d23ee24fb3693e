/**
 * Roving focus over a chart's marks: the chart is one tab stop, and the arrow keys (Home, End)
 * move between its marks in reading order, left to right. Shared by every chart element.
 */

const STEPS: Record<string, number> = { ArrowLeft: -1, ArrowRight: 1, Home: -Infinity, End: Infinity };

/** Keep exactly one of `root`'s marks in the tab order (the first), unless one already holds it. */
export function ensureTabStop(root: Element, selector: string): void {
  const marks = [...root.querySelectorAll(selector)];
  const current = marks.find((m) => m.getAttribute('tabindex') === '0');
  for (const m of marks) if (m !== current) m.setAttribute('tabindex', '-1');
  if (!current) marks[0]?.setAttribute('tabindex', '0');
}

/** Move the focus from `from` by `step` marks in left-to-right order (±Infinity: the ends). */
export function moveFocus(root: Element, selector: string, from: Element | null, step: number): void {
  const marks = [...root.querySelectorAll<SVGElement | HTMLElement>(selector)];
  const x = (m: Element) => m.getBoundingClientRect().x;
  marks.sort((a, b) => x(a) - x(b));
  const current = from?.closest(selector) ?? root.querySelector(`${selector}[tabindex="0"]`);
  const at = current ? marks.indexOf(current as SVGElement) : -1;
  const next = marks[Math.max(0, Math.min(marks.length - 1, Number.isFinite(step) ? at + step : step < 0 ? 0 : marks.length - 1))];
  if (!next) return;
  for (const m of marks) m.setAttribute('tabindex', m === next ? '0' : '-1');
  next.focus();
}

/**
 * Wire the arrow keys of `root` (a chart's frame) to move between the marks matching `selector`.
 * Keys with Shift are left alone, so a chart can pan with them; a handled key is preventDefault-ed.
 */
export function wireRovingFocus(root: Element, selector: string): void {
  ensureTabStop(root, selector);
  root.addEventListener('keydown', (e) => {
    if (!(e instanceof KeyboardEvent) || e.shiftKey || e.altKey || e.ctrlKey || e.metaKey) return;
    const step = STEPS[e.key];
    if (step === undefined || !(e.target instanceof Element) || !e.target.closest(selector)) return;
    moveFocus(root, selector, e.target, step);
    e.preventDefault();
  });
}
