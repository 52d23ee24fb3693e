/**
 * `<llm-scatter>`: enhances a scatter the server drew. Tooltips, click-through and export work on
 * the drawing as it is; the code that lays out and draws a scatter is loaded only when the reader
 * changes the axes, scales or colours (or opens a link that did), and redraws in place. State lives
 * in the URL (parameters carry the chart's prefix, so two charts share a page).
 */
import { translator } from '../../i18n/runtime.ts';
import { legendItems, valueLabels, wireExport, wireMarks } from '../shared/chart-ui.ts';
import { formatTick } from '../shared/format-tick.ts';
import { wireRovingFocus } from '../shared/roving-focus.ts';
import { SCATTER_MARKS, SCATTER_REDRAW_BELOW, SCATTER_WIDTH, type ScatterPayload } from './scatter-payload.ts';
import { chartWidth } from '../shared/ticks.ts';
import { defaultScatterState, sameScatterState, scatterIgnored, scatterStateFromForm, scatterStateFromQuery, scatterStateToQuery, type ScatterState } from './scatter-state.ts';

/** Points served apart from the page, fetched once per address and shared by the charts that use them. */
const fetched = new Map<string, Promise<ScatterPayload['points']>>();
function fetchPoints(url: string): Promise<ScatterPayload['points']> {
  let points = fetched.get(url);
  if (!points) {
    points = fetch(url)
      .then((r) => (r.ok ? (r.json() as Promise<ScatterPayload['points']>) : []))
      .catch(() => []);
    fetched.set(url, points);
  }
  return points;
}

class LlmScatter extends HTMLElement {
  /** Where the points are fetched from, when the page does not carry them. */
  private pointsUrl?: string;
  private payload!: ScatterPayload;
  private state!: ScatterState;
  /** The state of the drawing on screen. */
  private drawn!: ScatterState;
  private s!: ReturnType<typeof translator<'scatter' | 'chart'>>;
  private label!: (value: string) => string;
  /** Parameters of the address this chart could not use, named in its note until the next change. */
  private ignored: string[] = [];
  /** The note of the drawing on screen, without the ignored parameters. */
  private note = '';
  /** The width of the drawing on screen, and the width its frame asks for. */
  private drawnWidth = SCATTER_WIDTH;
  private width = SCATTER_WIDTH;

  connectedCallback() {
    const own = JSON.parse(this.dataset.payload ?? '{}') as Partial<ScatterPayload>;
    // A scatter that shares another's points and fields names it; its own payload says the rest.
    const source = this.dataset.payloadOf ? document.getElementById(this.dataset.payloadOf) : null;
    const shared = source ? (JSON.parse(source.dataset.payload ?? '{}') as Partial<ScatterPayload>) : {};
    this.payload = { points: [], ...shared, ...own } as ScatterPayload;
    this.pointsUrl = (source ?? this).dataset.points || undefined;
    if (!Array.isArray(this.payload.fields) || !Array.isArray(this.payload.points)) return;
    this.s = translator<'scatter' | 'chart'>(this);
    this.label = valueLabels(this);
    this.drawn = defaultScatterState(this.payload);
    this.state = scatterStateFromQuery(location.search, this.payload);
    this.ignored = scatterIgnored(location.search, this.payload);
    this.note = this.querySelector('.chart-note')?.textContent ?? '';
    this.showNote();
    const form = this.querySelector<HTMLFormElement>('.chart-tools form');
    form?.addEventListener('submit', (e) => e.preventDefault());
    form?.addEventListener('change', (e) => {
      const data = new FormData(form);
      const text = (name: string) => (data.has(name) ? String(data.get(name)) : undefined);
      const changed = (e.target as HTMLElement).getAttribute('name');
      this.ignored = [];
      this.state = scatterStateFromForm(
        { x: text('x'), y: text('y'), xlog: data.get('xlog') === 'on', ylog: data.get('ylog') === 'on', color: text('color') },
        changed,
        this.state,
        this.payload,
      );
      history.pushState(null, '', `${location.pathname}?${scatterStateToQuery(this.state, this.payload, location.search)}${location.hash}`);
      this.update();
    });
    const frame = this.querySelector('.chart-frame');
    // Tooltips read the points: fetch them as soon as the reader points at or tabs into the chart.
    for (const type of ['pointerenter', 'focusin']) frame?.addEventListener(type, () => void this.points(), { once: true });
    if (frame) {
      wireMarks(this, frame, (id) => this.tooltip(id));
      wireRovingFocus(frame, SCATTER_MARKS);
    }
    wireExport(this, () => this.querySelector<SVGSVGElement>('.chart-frame svg')!, `llm-atlas-${this.payload.prefix}`);
    window.addEventListener('popstate', () => {
      this.state = scatterStateFromQuery(location.search, this.payload);
      this.ignored = scatterIgnored(location.search, this.payload);
      this.showNote();
      this.update();
    });
    // A frame narrower than the drawing (a phone) gets a drawing laid out for its own width once
    // it comes into view, so its text is not shrunk; it is laid out again when the frame resizes.
    if (frame instanceof HTMLElement && typeof ResizeObserver !== 'undefined') {
      let visible = false;
      const fit = () => {
        this.width = chartWidth(frame.clientWidth, SCATTER_WIDTH, SCATTER_REDRAW_BELOW);
        if (visible) this.update();
      };
      new IntersectionObserver((entries) => {
        visible = entries.some((e) => e.isIntersecting);
        if (visible) fit();
      }).observe(frame);
      new ResizeObserver(fit).observe(frame);
    }
    this.update();
  }

  private field(key: string) {
    return this.payload.fields.find((f) => f.key === key) ?? this.payload.fields[0]!;
  }

  /** The points, fetched first where the page does not carry them. */
  private async points(): Promise<void> {
    if (!this.pointsUrl) return;
    const url = this.pointsUrl;
    this.pointsUrl = undefined;
    this.payload.points = await fetchPoints(url);
  }

  private tooltip(id: string) {
    const p = this.payload.points.find((d) => d[0] === id);
    if (!p) {
      // Still on its way: the mark's own name, until the values arrive.
      const name = this.querySelector(`[data-id="${CSS.escape(id)}"]`)?.getAttribute('aria-label');
      return name ? [[name, 'strong'] as [string, 'strong']] : undefined;
    }
    const s = this.drawn;
    const value = (key: string) => this.s('value', { label: this.field(key).label, value: p[2][key] === undefined ? '?' : formatTick(p[2][key]) });
    return [[p[1], 'strong'] as [string, 'strong'], value(s.x), value(s.y), ...(s.color && p[3][s.color] ? [[this.label(p[3][s.color]!), 'muted'] as [string, 'muted']] : [])];
  }

  private showNote() {
    const note = this.querySelector('.chart-note');
    if (note) note.textContent = this.note + (this.ignored.length > 0 ? this.s('ignored', { items: this.ignored.slice(0, 5).join(', ') }) : '');
  }

  private update() {
    this.syncForm();
    if (!sameScatterState(this.state, this.drawn) || Math.abs(this.width - this.drawnWidth) >= 8) void this.redraw(this.state);
  }

  private syncForm() {
    const form = this.querySelector<HTMLFormElement>('.chart-tools form');
    if (!form) return;
    for (const [name, value] of [
      ['x', this.state.x],
      ['y', this.state.y],
      ['color', this.state.color],
    ] as const) {
      const field = form.elements.namedItem(name);
      if (field instanceof HTMLSelectElement) field.value = value;
    }
    for (const [name, value] of [
      ['xlog', this.state.xlog],
      ['ylog', this.state.ylog],
    ] as const) {
      const field = form.elements.namedItem(name);
      if (field instanceof HTMLInputElement) field.checked = value;
    }
  }

  private async redraw(target: ScatterState) {
    const [{ drawScatter }] = await Promise.all([import('./draw-scatter.ts'), this.points()]);
    if (target !== this.state) return; // a later change is on its way
    const old = this.querySelector<SVGSVGElement>('.chart-frame svg');
    const width = this.width;
    const drawn = drawScatter(this.payload, target, { t: this.s, label: this.label }, { document }, width);
    for (const name of ['role', 'aria-labelledby']) drawn.svg.setAttribute(name, old?.getAttribute(name) ?? '');
    old?.replaceWith(drawn.svg);
    this.querySelector('.legend')?.replaceChildren(...legendItems(drawn.legend));
    this.note = drawn.note;
    this.showNote();
    this.drawn = target;
    this.drawnWidth = width;
    this.dispatchEvent(new CustomEvent('llm-chart-drawn', { bubbles: true }));
  }
}

customElements.define('llm-scatter', LlmScatter);
