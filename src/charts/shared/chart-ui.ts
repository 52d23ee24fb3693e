/** The pieces every chart element shares: tooltip placement, legend items, export buttons. */
import { el } from '../../components/dom.ts';
import { downloadPng, downloadSvg } from './export.ts';

/** Fill the tooltip with lines of text and place it next to `mark` inside `frame`. */
export function showTooltip(frame: Element, tooltip: HTMLElement, mark: Element, lines: (string | [string, 'strong' | 'muted'])[]) {
  tooltip.replaceChildren(
    ...lines.map((line) => (typeof line === 'string' ? el('span', {}, line) : el(line[1] === 'strong' ? 'strong' : 'span', line[1] === 'muted' ? { className: 'muted' } : {}, line[0]))),
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

/** Wire the element's Export SVG / Export PNG buttons to its chart. */
export function wireExport(root: HTMLElement, svg: () => SVGSVGElement, filename: string) {
  const title = root.querySelector('figcaption .chart-title')?.textContent ?? 'LLM Atlas chart';
  const source = `Source: LLM Atlas (${location.host || 'llm-atlas'}), data CC BY 4.0; each value's source is on its model page.`;
  root.querySelector('[data-action="svg"]')?.addEventListener('click', () => downloadSvg(svg(), title, source, filename));
  root.querySelector('[data-action="png"]')?.addEventListener('click', () => void downloadPng(svg(), title, source, filename));
}

/** Colour indices for the most common groups (up to nine); the rest share the "other" colour 9. */
export function assignColors(groups: Iterable<string>, fixed?: readonly string[]): Map<string, number> {
  const colors = new Map<string, number>();
  if (fixed) {
    fixed.forEach((g, i) => colors.set(g, Math.min(i, 9)));
    return colors;
  }
  const counts = new Map<string, number>();
  for (const g of groups) counts.set(g, (counts.get(g) ?? 0) + 1);
  [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).slice(0, 9).forEach(([g], i) => colors.set(g, i));
  return colors;
}
