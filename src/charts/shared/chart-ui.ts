/** The pieces every chart element shares: tooltip placement, legend items, export buttons. */
import { el } from '../../elements/dom.ts';
import { datasetStrings, localePrefix, translator } from '../../i18n/runtime.ts';
import { downloadPng, downloadSvg } from './export.ts';

/** Fill the tooltip with lines of text and place it next to `mark` inside `frame`. */
export function showTooltip(frame: Element, tooltip: HTMLElement, mark: Element, lines: readonly TooltipLine[]) {
  tooltip.replaceChildren(
    ...lines.map((line) =>
      typeof line === 'string' ? el('span', {}, line) : el(line[1] === 'strong' ? 'strong' : 'span', line[1] === 'muted' ? { className: 'muted' } : {}, line[0]),
    ),
  );
  tooltip.hidden = false;
  const f = frame.getBoundingClientRect();
  const b = mark.getBoundingClientRect();
  tooltip.style.left = `${Math.min(Math.max(0, f.width - 240), Math.max(0, b.left - f.left + 12))}px`;
  tooltip.style.top = `${b.top - f.top + 14}px`;
}

/** Legend entries: a swatch of colour class `c-N` and a label. */
export function legendItems(groups: readonly (readonly [string, number])[]): HTMLLIElement[] {
  return groups.map(([label, i]) => el('li', {}, el('span', { className: `swatch c-${i}` }), ` ${label}`));
}

/**
 * Labels of data values in the page's language: the server sends value → label in the element's
 * `data-labels` when they differ (Chinese); otherwise a value is its own label.
 */
export function valueLabels(root: HTMLElement): (value: string) => string {
  const labels = datasetStrings(root, 'labels');
  // Own keys only: a value such as "constructor" would otherwise read Object.prototype's.
  return (value) => (Object.hasOwn(labels, value) ? labels[value]! : value);
}

/** Wire the Export SVG / Export PNG buttons inside `root` to its chart (strings from the nearest `data-i18n`). */
export function wireExport(root: HTMLElement, svg: () => SVGSVGElement, filename: string) {
  const s = translator<'chart'>(root.closest<HTMLElement>('[data-i18n]') ?? root);
  const title = root.querySelector('figcaption .chart-title')?.textContent ?? s('untitled');
  const source = s('source', { host: location.host || 'llm-atlas' });
  root.querySelector('[data-action="svg"]')?.addEventListener('click', () => downloadSvg(svg(), title, source, filename));
  root.querySelector('[data-action="png"]')?.addEventListener('click', () => void downloadPng(svg(), title, source, filename));
}

export type TooltipLine = string | [string, 'strong' | 'muted'];

/**
 * Wire the marks of a chart: a tooltip on hover and on keyboard focus, and the model page on
 * click or Enter. `linesFor` returns the tooltip's lines for a mark's id, or undefined for none.
 * `svg` may be a container of the chart's `<svg>`, so a redraw that replaces it keeps the wiring.
 */
export function wireMarks(root: HTMLElement, svg: Element, linesFor: (id: string) => TooltipLine[] | undefined) {
  const tooltip = root.querySelector<HTMLElement>('.chart-tooltip');
  const frame = root.querySelector('.chart-frame');
  const show = (target: EventTarget | null) => {
    const mark = (target as Element | null)?.closest?.<SVGElement>('[data-id]');
    const lines = mark && linesFor(mark.dataset.id!);
    if (!tooltip || !frame) return;
    if (!mark || !lines) return void (tooltip.hidden = true);
    showTooltip(frame, tooltip, mark, lines);
  };
  const hide = () => tooltip && (tooltip.hidden = true);
  svg.addEventListener('pointerover', (e) => show(e.target));
  svg.addEventListener('pointerout', hide);
  svg.addEventListener('focusin', (e) => show(e.target));
  svg.addEventListener('focusout', hide);
  const open = (target: EventTarget | null) => {
    const id = (target as Element | null)?.closest?.<SVGElement>('[data-id]')?.dataset.id;
    if (id) location.href = `${localePrefix()}/models/${id}/`;
  };
  svg.addEventListener('click', (e) => open(e.target));
  svg.addEventListener('keydown', (e) => e instanceof KeyboardEvent && e.key === 'Enter' && open(e.target));
}
