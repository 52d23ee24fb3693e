/**
 * `<llm-timeline>`: enhances the timeline the server drew. Two modes (all models; the survey's
 * figure), colour by organization or access, filters, zoom and pan (wheel, drag, buttons,
 * keyboard), brush to a date range, tooltips on hover and focus, click-through, URL state,
 * SVG/PNG export. State is `timeline-state.ts`; every drawing is `drawTimeline`, the function the
 * server drew with. Queries only inside itself.
 */
import { brushX, scaleLinear, select, zoom, zoomIdentity, zoomTransform, type D3BrushEvent, type D3ZoomEvent, type ZoomBehavior } from 'd3';
import { el } from '../../elements/dom.ts';
import { translator } from '../../i18n/runtime.ts';
import { valueLabels, wireExport, wireMarks } from '../shared/chart-ui.ts';
import { chartWidth } from '../shared/ticks.ts';
import { wireRovingFocus } from '../shared/roving-focus.ts';
import { drawTimeline, fullWindow, TIMELINE_MARKS, type LegendEntry } from './draw-timeline.ts';
import { renderTimelineXAxis, shiftTimeline } from './render-timeline.ts';
import { timelineLayout, timelineXTicks, type TimelineLayout } from './timeline-layout.ts';
import type { FigurePayload, TimelinePayload } from './timeline-payload.ts';
import {
  DEFAULT_TIMELINE_STATE,
  timelineIgnored,
  timelineStateAsLinked,
  timelineStateFromForm,
  timelineStateFromQuery,
  timelineStateToQuery,
  TIMELINE_WIDTH,
  type TimelineState,
} from './timeline-state.ts';

/** The widest drawing; a narrower frame (a phone) gets a drawing laid out for its own width. */
const WIDTH = TIMELINE_WIDTH;

/** Legend entries as list items. */
export function legendList(entries: readonly LegendEntry[]): HTMLLIElement[] {
  return entries.map((e) => (e.swatch === undefined ? el('li', {}, e.label) : el('li', {}, el('span', { className: `swatch ${e.swatch}`.trim() }), ` ${e.label}`)));
}

class LlmTimeline extends HTMLElement {
  private payload: TimelinePayload = [];
  /** Whether the rows have arrived (until then the server's drawing is shown). */
  private loaded = false;
  /** Whether the <svg> holds this element's own drawing (not the server's). */
  private owned = false;
  private figure: FigurePayload = [];
  private state: TimelineState = { ...DEFAULT_TIMELINE_STATE };
  private svg!: SVGSVGElement;
  private height = 480;
  private zoomBehavior?: ZoomBehavior<SVGSVGElement, unknown>;
  private full: [number, number] = [2018, 2026];
  private frame = 0;
  /** The width the chart is laid out for (its frame's, so its text is drawn at its own size). */
  private width = WIDTH;
  /** True while the zoom transform is moved to match the state (its events are not the reader's). */
  private syncing = false;
  /** What the last full render drew, so a pan at the same zoom can slide it instead. */
  private drawn?: { k: number; layout: TimelineLayout };
  private s!: ReturnType<typeof translator<'timeline' | 'chart'>>;
  private label!: (value: string) => string;
  /** Parameters of the address this chart could not use, named in its note until the next change. */
  private ignored: string[] = [];

  private get compact() {
    return this.dataset.compact !== undefined;
  }

  connectedCallback() {
    this.s = translator<'timeline' | 'chart'>(this);
    this.label = valueLabels(this);
    this.figure = JSON.parse(this.dataset.figure ?? '[]') as FigurePayload;
    // The server drew the default view twice, for wide frames and for phones; the stylesheet shows
    // the one that fits. Keep that one (unclassed, so no rule hides it later) and drop the other.
    const drawings = [...this.querySelectorAll<SVGSVGElement>('.chart-frame > svg')];
    const svg = drawings.find((d) => getComputedStyle(d).display !== 'none') ?? drawings[0];
    if (!svg) return;
    for (const other of drawings) if (other !== svg) other.remove();
    svg.removeAttribute('class');
    this.svg = svg;
    // The controls work from the start: a change made before the rows arrive is in the address,
    // and the first drawing from the rows shows it.
    if (!this.compact) this.state = timelineStateFromQuery(location.search);
    this.wireControls();
    // Marks open their model page and take keyboard focus at once; tooltips wait for the rows.
    this.setupInteraction();
    // The rows are fetched once (or read inline); until they arrive the server's drawing stays.
    const url = this.dataset.modelsUrl;
    if (url) {
      void fetch(url)
        .then((response) => (response.ok ? (response.json() as Promise<TimelinePayload>) : Promise.reject(new Error(String(response.status)))))
        .then((payload) => this.start(svg, payload))
        .catch(() => {
          const note = this.querySelector('.chart-note');
          if (note) note.textContent += ` ${this.s('load-failed')}`;
        });
    } else this.start(svg, JSON.parse(this.dataset.models ?? '[]') as TimelinePayload);
  }

  private start(svg: SVGSVGElement, payload: TimelinePayload) {
    this.payload = payload;
    this.loaded = true;
    this.svg = svg;
    this.height = Number(svg.getAttribute('viewBox')?.split(' ')[3] ?? 480);
    this.full = fullWindow(this.payload);
    const box = svg.closest<HTMLElement>('.chart-frame');
    this.width = chartWidth(box?.clientWidth, WIDTH);
    this.readUrl();
    this.setupZoom();
    // The server's drawing is the default view: it stays until the view changes, and is drawn
    // again (in the same <svg>) only when the address asks for another view or names something
    // the chart ignores.
    if (timelineStateToQuery(this.state) !== '' || this.ignored.length > 0) this.render();
    else this.dispatchEvent(new CustomEvent('llm-chart-drawn', { bubbles: true }));
    // The rows are in and the drawing shows the address's view.
    this.toggleAttribute('data-loaded', true);
    // A phone turned sideways, or a window resized: lay the chart out again for its new width.
    if (box && typeof ResizeObserver !== 'undefined') {
      new ResizeObserver(() => {
        const width = chartWidth(box.clientWidth, WIDTH);
        if (Math.abs(width - this.width) < 8) return;
        this.width = width;
        if (this.owned) this.setupZoom();
        this.render();
      }).observe(box);
    }
    window.addEventListener('popstate', () => {
      if (this.compact) return;
      this.readUrl();
      this.syncZoom();
      this.render();
    });
  }

  private readUrl() {
    if (this.compact) return;
    this.state = timelineStateFromQuery(location.search);
    this.ignored = timelineIgnored(location.search, new Set(this.payload.map((m) => m[2])));
  }

  private writeUrl(push: boolean) {
    if (this.compact) return;
    this.ignored = [];
    const query = timelineStateToQuery(this.state);
    const url = `${location.pathname}${query ? `?${query}` : ''}${location.hash}`;
    if (push) history.pushState(null, '', url);
    else history.replaceState(null, '', url);
  }

  private wireControls() {
    const tools = this.querySelector<HTMLElement>('.chart-tools');
    if (!tools) return;
    const form = tools.querySelector('form');
    form?.addEventListener('submit', (e) => e.preventDefault());
    form?.addEventListener('change', () => {
      const data = new FormData(form);
      const text = (k: string) => (data.has(k) ? String(data.get(k)) : undefined);
      this.state = timelineStateFromForm(
        { mode: text('mode'), color: text('color'), access: data.getAll('access').map(String), org: text('org'), min: text('min'), max: text('max') },
        this.state,
      );
      this.writeUrl(true);
      this.render();
    });
    const zoomBy = (k: number) => this.zoomBehavior && select(this.svg).call(this.zoomBehavior.scaleBy, k);
    tools.querySelector('[data-action="zoom-in"]')?.addEventListener('click', () => zoomBy(1.5));
    tools.querySelector('[data-action="zoom-out"]')?.addEventListener('click', () => zoomBy(1 / 1.5));
    tools.querySelector('[data-action="reset"]')?.addEventListener('click', () => {
      delete this.state.from;
      delete this.state.to;
      this.syncZoom();
      this.writeUrl(true);
      this.render();
    });
    wireExport(this, () => this.svg, 'llm-atlas-timeline');
  }

  private syncControls() {
    const form = this.querySelector<HTMLFormElement>('.chart-tools form');
    if (!form) return;
    const s = this.state;
    for (const input of form.querySelectorAll<HTMLInputElement>('input[name="mode"]')) input.checked = input.value === s.mode;
    for (const input of form.querySelectorAll<HTMLInputElement>('input[name="access"]')) input.checked = s.access.includes(input.value);
    const set = (name: string, value: string) => {
      const field = form.elements.namedItem(name);
      if (field instanceof HTMLInputElement || field instanceof HTMLSelectElement) field.value = value;
    };
    set('color', s.color);
    set('org', s.org);
    set('min', s.min === undefined ? '' : String(s.min));
    set('max', s.max === undefined ? '' : String(s.max));
    for (const node of this.querySelectorAll<HTMLElement>('[data-mode]')) node.hidden = node.dataset.mode !== s.mode;
  }

  private plotScale() {
    const { plot } = timelineLayout([], { width: this.width, height: this.height, domain: this.full });
    return { plot, x: scaleLinear().domain(this.full).range([plot.x0, plot.x1]) };
  }

  private setupZoom() {
    const { plot, x } = this.plotScale();
    const extent: [[number, number], [number, number]] = [
      [plot.x0, 0],
      [plot.x1, this.height],
    ];
    this.zoomBehavior = zoom<SVGSVGElement, unknown>()
      .scaleExtent([1, 60])
      .extent(extent)
      .translateExtent(extent)
      .filter((event: Event) => this.state.mode === 'all' && (event.type !== 'wheel' || !(event as WheelEvent).ctrlKey) && !(event.target as Element).closest('.brush'))
      .on('zoom', (event: D3ZoomEvent<SVGSVGElement, unknown>) => {
        if (this.syncing) return;
        const [from, to] = event.transform.rescaleX(x).domain() as [number, number];
        if (event.transform.k === 1) {
          delete this.state.from;
          delete this.state.to;
        } else Object.assign(this.state, { from, to });
        const drawn = this.drawn;
        if (drawn && Math.abs(event.transform.k - drawn.k) < 1e-9 && from >= drawn.layout.markDomain[0] && to <= drawn.layout.markDomain[1]) {
          // A pan: slide what is drawn and redraw only the date axis.
          const { domain, plot } = drawn.layout;
          shiftTimeline(this.svg, ((domain[0] - from) * (plot.x1 - plot.x0)) / (domain[1] - domain[0]));
          renderTimelineXAxis(this.svg, timelineXTicks([from, to], plot), drawn.layout);
        } else this.scheduleRender();
      })
      .on('end', () => {
        if (this.syncing) return;
        // Show the window the address keeps (to the month), so a copied link shows this view.
        this.state = timelineStateAsLinked(this.state);
        this.syncZoom();
        this.writeUrl(false);
        this.scheduleRender();
      });
    select(this.svg).call(this.zoomBehavior).on('dblclick.zoom', null);
    this.syncZoom();

    const brush = brushX<unknown>()
      .extent([
        [plot.x0, this.height - 40],
        [plot.x1, this.height - 22],
      ])
      .on('end', (event: D3BrushEvent<unknown>) => {
        if (!event.selection || !event.sourceEvent) return;
        const current = scaleLinear().domain(this.domain()).range([plot.x0, plot.x1]);
        const [a, b] = (event.selection as [number, number]).map((v) => current.invert(v)) as [number, number];
        select(this.svg).select<SVGGElement>('g.brush').call(brush.move, null);
        if (b - a < 1 / 24) return;
        this.state = timelineStateAsLinked({ ...this.state, from: a, to: b });
        this.syncZoom();
        this.writeUrl(true);
        this.render();
      });
    select(this.svg).select('g.brush').remove();
    select(this.svg).append('g').attr('class', 'brush').attr('aria-hidden', 'true').call(brush);
  }

  /** Move the zoom transform to the state's date window (through d3-zoom's public API, quietly). */
  private syncZoom() {
    if (!this.zoomBehavior) return;
    const { plot, x } = this.plotScale();
    const [from, to] = this.domain();
    const k = (this.full[1] - this.full[0]) / Math.max(1e-6, to - from);
    this.syncing = true;
    try {
      select(this.svg).call(this.zoomBehavior.transform, zoomIdentity.translate(plot.x0 - k * x(from), 0).scale(k));
    } finally {
      this.syncing = false;
    }
  }

  private domain(): [number, number] {
    return [this.state.from ?? this.full[0], this.state.to ?? this.full[1]];
  }

  private setupInteraction() {
    let info: Map<string, TimelinePayload[number]> | undefined;
    const frame = this.querySelector('.chart-frame') ?? this.svg;
    wireMarks(this, frame, (id) => {
      if (!this.loaded) return undefined;
      info ??= new Map(this.payload.map((m) => [m[0], m]));
      const m = info.get(id);
      if (!m) return undefined;
      const [, name, org, date, params, access, arch] = m;
      return [
        [name, 'strong'],
        `${org}${date ? ` · ${date}` : ''}`,
        `${params !== null ? this.s('params', { n: params }) : this.s('size-unknown')}${access ? ` · ${this.label(access)}` : ''}`,
        ...(arch ? [[arch, 'muted'] as [string, 'muted']] : []),
      ];
    });
    wireRovingFocus(frame, TIMELINE_MARKS);
    this.svg.addEventListener('keydown', (e) => {
      if (e.defaultPrevented || this.state.mode !== 'all' || !this.zoomBehavior) return;
      const sel = select(this.svg);
      const pan = { ArrowLeft: 60, ArrowRight: -60, PageUp: 200, PageDown: -200 }[e.key];
      if (pan !== undefined) this.panBy(pan);
      else if (e.key === '+' || e.key === '=') sel.call(this.zoomBehavior.scaleBy, 1.5);
      else if (e.key === '-') sel.call(this.zoomBehavior.scaleBy, 1 / 1.5);
      else return;
      e.preventDefault();
    });
  }

  /** Pan the date window by `px` screen pixels (positive: towards earlier dates). */
  panBy(px: number) {
    if (!this.zoomBehavior || this.state.mode !== 'all') return;
    select(this.svg).call(this.zoomBehavior.translateBy, px / zoomTransform(this.svg).k, 0);
  }

  private scheduleRender() {
    if (this.frame) return;
    this.frame = requestAnimationFrame(() => {
      this.frame = 0;
      this.render();
    });
  }

  render() {
    this.syncControls();
    // Before the rows arrive the server's drawing stays; the first drawing from them follows the state.
    if (!this.loaded) return;
    if (!this.owned) {
      // The server's drawing carries no bound data: the first drawing replaces it, brush included.
      this.owned = true;
      this.svg.replaceChildren();
      this.setupZoom();
    }
    const drawn = drawTimeline(
      this.payload,
      this.figure,
      this.state,
      { width: this.width, height: this.height, compact: this.compact, id: this.id || 'timeline' },
      { t: this.s, label: this.label },
      { document, svg: this.svg },
    );
    const brush = select(this.svg).select('g.brush');
    brush.attr('display', this.state.mode === 'survey' ? 'none' : null).raise();
    this.drawn = drawn.layout ? { k: zoomTransform(this.svg).k, layout: drawn.layout } : undefined;
    this.querySelector('.legend')?.replaceChildren(...legendList(drawn.legend));
    const note = this.querySelector('.chart-note');
    if (note) note.textContent = drawn.note + (this.ignored.length > 0 ? this.s('ignored', { items: this.ignored.slice(0, 5).join(', ') }) : '');
    this.dispatchEvent(new CustomEvent('llm-chart-drawn', { bubbles: true }));
  }
}

customElements.define('llm-timeline', LlmTimeline);
