/** `<llm-lineage>`: the server-drawn lineage tree, plus SVG/PNG export (no D3, a few hundred bytes). */
import { wireExport } from '../shared/chart-ui.ts';

class LlmLineage extends HTMLElement {
  connectedCallback() {
    const svg = this.querySelector('svg');
    if (!svg) return;
    wireExport(this, () => svg, 'llm-atlas-lineage');
  }
}

customElements.define('llm-lineage', LlmLineage);
