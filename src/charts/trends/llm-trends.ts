/**
 * `<llm-trends>`: small multiples of design convergence, one stacked-share chart per choice.
 * A segment of a choice that is a table column filters the architectures table to it.
 */
import { translator } from '../../i18n/runtime.ts';
import { assignColors, legendItems, valueLabels, wireExport } from '../shared/chart-ui.ts';
import { renderTrends } from './render-trends.ts';
import { trendsLayout, type TrendItem } from './trends-layout.ts';

interface Choice {
  key: string;
  label: string;
  /** Whether the architectures table has this column (so a segment can filter it). */
  column: boolean;
  items: [number, string | null][];
}

class LlmTrends extends HTMLElement {
  connectedCallback() {
    const choices = JSON.parse(this.dataset.choices ?? '[]') as Choice[];
    const s = translator<'trends' | 'chart'>(this);
    const labelOf = valueLabels(this);
    for (const choice of choices) {
      const figure = this.querySelector<HTMLElement>(`figure[data-choice="${choice.key}"]`);
      const svg = figure?.querySelector('svg');
      if (!figure || !svg) continue;
      const items: TrendItem[] = choice.items.map(([year, value]) => (value === null ? { year } : { year, value }));
      const [, , width, height] = (svg.getAttribute('viewBox') ?? '0 0 360 180').split(' ').map(Number) as [number, number, number, number];
      const layout = trendsLayout(items, { width, height });
      const colors = assignColors([], layout.values.slice(0, 9));
      for (const v of layout.values.slice(9)) colors.set(v, 9);
      renderTrends(svg, layout, {
        colorOf: (v) => colors.get(v) ?? 9,
        linkable: choice.column,
        describe: (d, known) => s('segment', { year: d.year, value: labelOf(d.value), count: d.count, known, percent: Math.round(d.share * 100) }),
      });
      figure.querySelector('.legend')?.replaceChildren(...legendItems([...colors].filter(([, i]) => i < 9).map(([v, i]) => [labelOf(v), i] as const)));
      const note = figure.querySelector('.chart-note');
      if (note) note.textContent = s('note', { known: items.length - layout.unknown, unknown: layout.unknown });
      const status = figure.querySelector('.chart-status');
      const describe = (target: EventTarget | null) => {
        const label = (target as Element | null)?.getAttribute?.('aria-label');
        if (status && label) status.textContent = label;
      };
      svg.addEventListener('pointerover', (e) => describe(e.target));
      svg.addEventListener('focusin', (e) => describe(e.target));
      if (choice.column) {
        const filter = (target: EventTarget | null) => {
          const value = (target as Element | null)?.getAttribute?.('data-value');
          if (!value) return;
          history.pushState(null, '', `${location.pathname}?${new URLSearchParams({ [choice.key]: value })}#table`);
          window.dispatchEvent(new PopStateEvent('popstate'));
          document.getElementById('table')?.scrollIntoView();
        };
        svg.addEventListener('click', (e) => filter(e.target));
        svg.addEventListener('keydown', (e) => e.key === 'Enter' && filter(e.target));
      }
      wireExport(figure, () => svg, `llm-atlas-${choice.key}`);
    }
  }
}

customElements.define('llm-trends', LlmTrends);
