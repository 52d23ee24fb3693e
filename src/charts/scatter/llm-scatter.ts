/**
 * `<llm-scatter>`: a scatter of models with selectable axes (linear or log), colour groups,
 * a fitted power law with its exponent, tooltips, click-through, URL state (parameters carry
 * the element's prefix, so two charts share a page) and SVG/PNG export.
 */
import { translator } from '../../i18n/runtime.ts';
import { assignColors, legendItems, valueLabels, wireExport, wireMarks } from '../shared/chart-ui.ts';
import { renderScatter } from './render-scatter.ts';
import { scatterLayout, formatTick } from './scatter-layout.ts';
import { ignoredParams } from '../shared/url-state.ts';

interface Field {
  key: string;
  label: string;
  log: boolean;
}
/** [id, name, values by field key, groups by colour key] */
type Point = [string, string, Record<string, number>, Record<string, string>];

class LlmScatter extends HTMLElement {
  private fields: Field[] = [];
  private points: Point[] = [];
  private colorKeys: { key: string; label: string }[] = [];
  private state = { x: '', y: '', xlog: false, ylog: false, color: '' };
  /** Parameters of the address this chart could not use, named in its note until the next change. */
  private ignored: string[] = [];
  private svg!: SVGSVGElement;
  private s!: ReturnType<typeof translator<'scatter' | 'chart'>>;
  /** Labels of the colour groups' values in the page's language. */
  private label!: (value: string) => string;

  connectedCallback() {
    this.s = translator<'scatter' | 'chart'>(this);
    this.label = valueLabels(this);
    this.fields = JSON.parse(this.dataset.fields ?? '[]') as Field[];
    this.points = JSON.parse(this.dataset.points ?? '[]') as Point[];
    this.colorKeys = JSON.parse(this.dataset.colors ?? '[]') as { key: string; label: string }[];
    this.svg = this.querySelector('svg')!;
    this.readUrl();
    const form = this.querySelector<HTMLFormElement>('.chart-tools form');
    form?.addEventListener('submit', (e) => e.preventDefault());
    form?.addEventListener('change', (e) => {
      const data = new FormData(form);
      const changed = (e.target as HTMLElement).getAttribute('name');
      const x = String(data.get('x') ?? this.state.x);
      const y = String(data.get('y') ?? this.state.y);
      this.state = {
        x,
        y,
        // Choosing a new field takes that field's usual scale; the checkboxes override it.
        xlog: changed === 'x' ? this.field(x).log : data.get('xlog') === 'on',
        ylog: changed === 'y' ? this.field(y).log : data.get('ylog') === 'on',
        color: String(data.get('color') ?? ''),
      };
      this.ignored = [];
      this.writeUrl();
      this.render();
    });
    wireExport(this, () => this.svg, `llm-atlas-${this.dataset.prefix ?? 'scatter'}`);
    this.setupInteraction();
    window.addEventListener('popstate', () => {
      this.readUrl();
      this.render();
    });
    this.render();
  }

  private field(key: string): Field {
    return this.fields.find((f) => f.key === key) ?? this.fields[0]!;
  }

  private readUrl() {
    const p = new URLSearchParams(location.search);
    const prefix = this.dataset.prefix ?? 's';
    const get = (k: string) => p.get(`${prefix}.${k}`);
    const has = (key: string | null) => this.fields.some((f) => f.key === key);
    const x = has(get('x')) ? get('x')! : (this.dataset.x ?? this.fields[0]!.key);
    const y = has(get('y')) ? get('y')! : (this.dataset.y ?? this.fields[1]!.key);
    const flag = (k: string, fallback: boolean) => (get(k) === null ? fallback : get(k) === '1');
    const color = this.colorKeys.some((c) => c.key === get('color')) ? get('color')! : (this.colorKeys[0]?.key ?? '');
    this.state = { x, y, xlog: flag('xlog', this.field(x).log), ylog: flag('ylog', this.field(y).log), color };
    const field = (v: string) => has(v);
    const bit = (v: string) => v === '0' || v === '1';
    this.ignored = ignoredParams(location.search, {
      [`${prefix}.x`]: field,
      [`${prefix}.y`]: field,
      [`${prefix}.xlog`]: bit,
      [`${prefix}.ylog`]: bit,
      [`${prefix}.color`]: (v) => this.colorKeys.some((c) => c.key === v),
    });
  }

  private writeUrl() {
    const p = new URLSearchParams(location.search);
    const prefix = this.dataset.prefix ?? 's';
    const s = this.state;
    p.set(`${prefix}.x`, s.x);
    p.set(`${prefix}.y`, s.y);
    p.set(`${prefix}.xlog`, s.xlog ? '1' : '0');
    p.set(`${prefix}.ylog`, s.ylog ? '1' : '0');
    if (s.color) p.set(`${prefix}.color`, s.color);
    history.pushState(null, '', `${location.pathname}?${p}${location.hash}`);
  }

  private setupInteraction() {
    const byId = new Map(this.points.map((p) => [p[0], p]));
    wireMarks(this, this.svg, (id) => {
      const p = byId.get(id);
      if (!p) return undefined;
      const s = this.state;
      const value = (key: string) => this.s('value', { label: this.field(key).label, value: formatTick(p[2][key]!) });
      return [[p[1], 'strong'], value(s.x), value(s.y), ...(s.color && p[3][s.color] ? [[this.label(p[3][s.color]!), 'muted'] as [string, 'muted']] : [])];
    });
  }

  render() {
    const s = this.state;
    const t = this.s;
    const form = this.querySelector<HTMLFormElement>('.chart-tools form');
    if (form) {
      for (const [name, value] of [['x', s.x], ['y', s.y], ['color', s.color]] as const) {
        const field = form.elements.namedItem(name) as HTMLSelectElement | null;
        if (field) field.value = value;
      }
      const xlog = form.elements.namedItem('xlog') as HTMLInputElement | null;
      const ylog = form.elements.namedItem('ylog') as HTMLInputElement | null;
      if (xlog) xlog.checked = s.xlog;
      if (ylog) ylog.checked = s.ylog;
    }
    const [, , width, height] = (this.svg.getAttribute('viewBox') ?? '0 0 720 420').split(' ').map(Number) as [number, number, number, number];
    const group = (p: Point) => (s.color ? (p[3][s.color] ?? 'unknown') : 'all');
    const points = this.points.map((p) => ({ id: p[0], name: p[1], x: p[2][s.x], y: p[2][s.y], group: group(p) }));
    const layout = scatterLayout(points, { width, height, xLog: s.xlog, yLog: s.ylog });
    const colors = assignColors(layout.marks.map((m) => m.group).filter((g) => g !== 'unknown'));
    const names = new Map(this.points.map((p) => [p[0], p[1]]));
    renderScatter(this.svg, layout, {
      xLabel: `${this.field(s.x).label}${s.xlog ? t('log') : ''}`,
      yLabel: `${this.field(s.y).label}${s.ylog ? t('log') : ''}`,
      colorOf: (g) => colors.get(g) ?? 9,
      describe: (id) => names.get(id) ?? id,
    });
    const legend = this.querySelector('.legend');
    const groups = [...colors].sort((a, b) => a[1] - b[1]).map(([g, i]) => [this.label(g), i] as const);
    legend?.replaceChildren(...(s.color ? legendItems([...groups, [t('other-unknown'), 9]]) : []));
    const note = this.querySelector('.chart-note');
    if (note) {
      const fit = layout.fit;
      note.textContent =
        t(s.xlog || s.ylog ? 'shown-log' : 'shown', { shown: layout.counts.shown, missing: layout.counts.missing }) +
        (fit ? t('fit', { exponent: fit.exponent.toFixed(2), r2: fit.r2.toFixed(2), n: fit.n }) : t(s.xlog && s.ylog ? 'too-few' : 'log-log')) +
        (this.ignored.length > 0 ? t('ignored', { items: this.ignored.slice(0, 5).join(', ') }) : '');
    }
  }
}

customElements.define('llm-scatter', LlmScatter);
