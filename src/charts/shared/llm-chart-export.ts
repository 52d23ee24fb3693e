/**
 * `<llm-chart-export>`: the Export SVG / PNG buttons of a chart drawn at build time. The chart
 * itself needs no script; this element only wires its buttons to the `<svg>` of its figure.
 */
import { wireExport } from './chart-ui.ts';

class LlmChartExport extends HTMLElement {
  connectedCallback() {
    const figure = this.closest<HTMLElement>('figure');
    const svg = figure?.querySelector<SVGSVGElement>('.chart-frame svg');
    if (figure && svg) wireExport(figure, () => svg, this.dataset.filename ?? 'llm-atlas-chart');
  }
}

customElements.define('llm-chart-export', LlmChartExport);
