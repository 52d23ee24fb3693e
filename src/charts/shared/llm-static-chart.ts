/**
 * `<llm-static-chart>`: a chart the server drew completely (design convergence, lineage). Its
 * picture, links and names need no script; this element adds the export buttons and roving focus
 * over its marks (`data-marks`: a selector; default `a, [data-id]`).
 */
import { wireExport } from './chart-ui.ts';
import { wireRovingFocus } from './roving-focus.ts';

class LlmStaticChart extends HTMLElement {
  connectedCallback() {
    for (const figure of this.querySelectorAll<HTMLElement>('figure')) {
      const frame = figure.querySelector('.chart-frame');
      const svg = frame?.querySelector('svg');
      if (!frame || !svg) continue;
      wireExport(figure, () => svg, figure.dataset.filename ?? this.dataset.filename ?? 'llm-atlas-chart');
      wireRovingFocus(frame, this.dataset.marks ?? 'a, [data-id]');
    }
  }
}

customElements.define('llm-static-chart', LlmStaticChart);
