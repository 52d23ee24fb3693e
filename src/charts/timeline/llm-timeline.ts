/**
 * `<llm-timeline>`: the interactive timeline around the pure layouts. Two modes (all models;
 * the survey's figure), colour by organization or access, filters, zoom and pan (wheel, drag,
 * buttons, keyboard), brush to a date range, tooltips on hover and focus, click-through, URL
 * state, SVG/PNG export. Queries only inside itself.
 */
import { brushX, scaleLinear, select, zoom, zoomIdentity, type D3BrushEvent, type D3ZoomEvent, type ZoomBehavior } from 'd3';
import { el } from '../../components/dom.ts';
import { translator } from '../../i18n/runtime.ts';
import { decimalYear, yearMonth } from '../shared/dates.ts';
import { ignoredParams } from '../shared/url-state.ts';
import { assignColors, legendItems, valueLabels, wireExport, wireMarks } from '../shared/chart-ui.ts';
import { renderSurveyFigure } from './render-survey-figure.ts';
import { renderTimeline, renderTimelineXAxis, shiftTimeline } from './render-timeline.ts';
import { surveyFigureLayout, type FigureModel } from './survey-figure-layout.ts';
import { dateExtent, timelineLayout, timelineXTicks, type TimelineLayout, type TimelineModel } from './timeline-layout.ts';

/** [id, name, organization, date, params, access, architecture summary] */
export type TimelinePayload = [string, string, string, string | null, number | null, string | null, string][];

interface State {
  mode: 'all' | 'survey';
  color: 'organization' | 'access';
  from?: number;
  to?: number;
  access: string[];
  org: string;
  min?: number;
  max?: number;
}

const ACCESS = ['open-weights', 'api', 'closed', 'unknown'];
const WIDTH = 960;

class LlmTimeline extends HTMLElement {
  private payload: TimelinePayload = [];
  private figure: FigureModel[] = [];
  private state: State = { mode: 'all', color: 'organization', access: [], org: '' };
  /** Parameters of the address this chart could not use, named in its note until the next change. */
  private ignored: string[] = [];
  private svg!: SVGSVGElement;
  private height = 480;
  private zoomBehavior?: ZoomBehavior<SVGSVGElement, unknown>;
  private full: [number, number] = [2018, 2026];
  private frame = 0;
  private colors = new Map<string, number>();
  /** What the last full render drew, so a pan at the same zoom can slide it instead. */
  private drawn?: { k: number; layout: TimelineLayout };
  private s!: ReturnType<typeof translator<'timeline' | 'chart'>>;
  /** Labels of access values in the page's language. */
  private label!: (value: string) => string;

  connectedCallback() {
    this.s = translator<'timeline' | 'chart'>(this);
    this.label = valueLabels(this);
    this.payload = JSON.parse(this.dataset.models ?? '[]') as TimelinePayload;
    this.figure = JSON.parse(this.dataset.figure ?? '[]') as FigureModel[];
    this.svg = this.querySelector('svg')!;
    this.height = Number(this.svg.getAttribute('viewBox')?.split(' ')[3] ?? 480);
    this.full = dateExtent(this.models(false));
    this.readUrl();
    this.buildControls();
    this.setupZoom();
    this.setupInteraction();
    this.render();
    window.addEventListener('popstate', () => {
      this.readUrl();
      this.syncZoom();
      this.render();
    });
  }

  private readUrl() {
    if (this.dataset.compact !== undefined) return;
    const p = new URLSearchParams(location.search);
    const num = (k: string) => (p.get(k) !== null && p.get(k) !== '' && Number.isFinite(Number(p.get(k))) ? Number(p.get(k)) : undefined);
    const date = (k: string) => (p.get(k) && /^\d{4}(-\d{2})?$/.test(p.get(k)!) ? decimalYear(p.get(k)!) : undefined);
    this.state = {
      mode: p.get('mode') === 'survey' ? 'survey' : 'all',
      color: p.get('color') === 'access' ? 'access' : 'organization',
      from: date('from'),
      to: date('to'),
      access: (p.get('access') ?? '').split(',').filter((a) => ACCESS.includes(a)),
      org: p.get('org') ?? '',
      min: num('min'),
      max: num('max'),
    };
    const orgs = new Set(this.payload.map((m) => m[2]));
    const isDate = (v: string) => /^\d{4}(-\d{2})?$/.test(v);
    const isNumber = (v: string) => v === '' || Number.isFinite(Number(v));
    this.ignored = ignoredParams(location.search, {
      mode: (v) => v === 'all' || v === 'survey',
      color: (v) => v === 'organization' || v === 'access',
      from: isDate,
      to: isDate,
      access: (v) => v.split(',').every((a) => a === '' || ACCESS.includes(a)),
      org: (v) => v === '' || orgs.has(v),
      min: isNumber,
      max: isNumber,
    });
  }

  private writeUrl(push: boolean) {
    if (this.dataset.compact !== undefined) return;
    this.ignored = [];
    const s = this.state;
    const p = new URLSearchParams();
    if (s.mode !== 'all') p.set('mode', s.mode);
    if (s.color !== 'organization') p.set('color', s.color);
    if (s.from !== undefined) p.set('from', yearMonth(s.from));
    if (s.to !== undefined) p.set('to', yearMonth(s.to));
    if (s.access.length) p.set('access', s.access.join(','));
    if (s.org) p.set('org', s.org);
    if (s.min !== undefined) p.set('min', String(s.min));
    if (s.max !== undefined) p.set('max', String(s.max));
    const url = `${location.pathname}${p.size ? `?${p}` : ''}`;
    if (push) history.pushState(null, '', url);
    else history.replaceState(null, '', url);
  }

  /** The models with a release date, after the filters (or all of them). */
  private models(filtered = true): TimelineModel[] {
    const s = this.state;
    const out: TimelineModel[] = [];
    for (const [id, name, organization, date, params, access] of this.payload) {
      if (!date) continue;
      if (filtered) {
        if (s.access.length && !s.access.includes(access ?? 'unknown')) continue;
        if (s.org && organization !== s.org) continue;
        if (s.min !== undefined && !(params !== null && params >= s.min)) continue;
        if (s.max !== undefined && !(params !== null && params <= s.max)) continue;
      }
      out.push({
        id,
        name,
        organization,
        date: decimalYear(date),
        ...(params !== null ? { params } : {}),
        open: access === 'open-weights',
        group: s.color === 'organization' ? organization : (access ?? 'unknown'),
      });
    }
    return out;
  }

  private assignColors(models: TimelineModel[]) {
    this.colors = assignColors(
      models.map((m) => m.group),
      this.state.color === 'access' ? ['open-weights', 'api', 'closed'] : undefined,
    );
    if (this.state.color === 'access') this.colors.set('unknown', 9);
  }

  private buildControls() {
    const tools = this.querySelector<HTMLElement>('.chart-tools');
    if (!tools) return;
    const form = tools.querySelector('form')!;
    form.addEventListener('submit', (e) => e.preventDefault());
    const orgSelect = form.querySelector<HTMLSelectElement>('select[name="org"]');
    if (orgSelect) {
      const orgs = [...new Set(this.payload.map((m) => m[2]))].sort((a, b) => a.localeCompare(b));
      orgSelect.append(...orgs.map((o) => el('option', { value: o, textContent: o })));
    }
    form.addEventListener('change', () => {
      const data = new FormData(form);
      const n = (k: string) => (data.get(k) ? Number(data.get(k)) : undefined);
      this.state = {
        ...this.state,
        mode: data.get('mode') === 'survey' ? 'survey' : 'all',
        color: data.get('color') === 'access' ? 'access' : 'organization',
        access: data.getAll('access').map(String),
        org: String(data.get('org') ?? ''),
        min: n('min'),
        max: n('max'),
      };
      this.writeUrl(true);
      this.render();
    });
    const zoomBy = (k: number) => this.zoomBehavior && select(this.svg).call(this.zoomBehavior.scaleBy, k);
    tools.querySelector('[data-action="zoom-in"]')?.addEventListener('click', () => zoomBy(1.5));
    tools.querySelector('[data-action="zoom-out"]')?.addEventListener('click', () => zoomBy(1 / 1.5));
    tools.querySelector('[data-action="reset"]')?.addEventListener('click', () => {
      this.state.from = this.state.to = undefined;
      this.syncZoom();
      this.writeUrl(true);
      this.render();
    });
    wireExport(this, () => this.svg, 'llm-atlas-timeline');
    this.syncControls();
  }

  private syncControls() {
    const form = this.querySelector<HTMLFormElement>('.chart-tools form');
    if (!form) return;
    const s = this.state;
    for (const input of form.querySelectorAll<HTMLInputElement>('input[name="mode"]')) input.checked = input.value === s.mode;
    for (const input of form.querySelectorAll<HTMLInputElement>('input[name="access"]')) input.checked = s.access.includes(input.value);
    const set = (name: string, value: string) => {
      const field = form.elements.namedItem(name) as HTMLInputElement | HTMLSelectElement | null;
      if (field) field.value = value;
    };
    set('color', s.color);
    set('org', s.org);
    set('min', s.min === undefined ? '' : String(s.min));
    set('max', s.max === undefined ? '' : String(s.max));
    for (const node of this.querySelectorAll<HTMLElement>('[data-mode="all"]')) node.hidden = s.mode !== 'all';
  }

  private plotScale() {
    const { plot } = timelineLayout([], { width: WIDTH, height: this.height, domain: this.full });
    return { plot, x: scaleLinear().domain(this.full).range([plot.x0, plot.x1]) };
  }

  private setupZoom() {
    const { plot, x } = this.plotScale();
    this.zoomBehavior = zoom<SVGSVGElement, unknown>()
      .scaleExtent([1, 60])
      .extent([
        [plot.x0, 0],
        [plot.x1, this.height],
      ])
      .translateExtent([
        [plot.x0, 0],
        [plot.x1, this.height],
      ])
      .filter((event: Event) => this.state.mode === 'all' && (event.type !== 'wheel' || !(event as WheelEvent).ctrlKey) && !(event.target as Element).closest('.brush'))
      .on('zoom', (event: D3ZoomEvent<SVGSVGElement, unknown>) => {
        const [from, to] = event.transform.rescaleX(x).domain() as [number, number];
        const whole = event.transform.k === 1;
        this.state.from = whole ? undefined : from;
        this.state.to = whole ? undefined : to;
        const drawn = this.drawn;
        if (drawn && Math.abs(event.transform.k - drawn.k) < 1e-9 && from >= drawn.layout.markDomain[0] && to <= drawn.layout.markDomain[1]) {
          // A pan: slide what is drawn and redraw only the date axis.
          const { domain, plot } = drawn.layout;
          shiftTimeline(this.svg, ((domain[0] - from) * (plot.x1 - plot.x0)) / (domain[1] - domain[0]));
          renderTimelineXAxis(this.svg, timelineXTicks([from, to], plot), drawn.layout);
        } else this.scheduleRender();
      })
      .on('end', () => {
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
        this.state.from = a;
        this.state.to = b;
        this.syncZoom();
        this.writeUrl(true);
        this.render();
      });
    select(this.svg).append('g').attr('class', 'brush').attr('aria-hidden', 'true').call(brush);
  }

  /** Move the zoom transform to the state's date window without triggering a re-render loop. */
  private syncZoom() {
    if (!this.zoomBehavior) return;
    const { plot, x } = this.plotScale();
    const [from, to] = this.domain();
    const k = (this.full[1] - this.full[0]) / Math.max(1e-6, to - from);
    const transform = zoomIdentity.translate(plot.x0 - k * x(from), 0).scale(k);
    select(this.svg).property('__zoom', transform);
  }

  private domain(): [number, number] {
    return [this.state.from ?? this.full[0], this.state.to ?? this.full[1]];
  }

  private setupInteraction() {
    const info = new Map(this.payload.map((m) => [m[0], m]));
    wireMarks(this, this.svg, (id) => {
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
    this.svg.addEventListener('keydown', (e) => {
      const step = { ArrowLeft: -1, ArrowRight: 1, Home: -Infinity, End: Infinity }[e.key];
      if (step !== undefined && !e.shiftKey) {
        this.moveFocus(e.target as Element, step);
        e.preventDefault();
        return;
      }
      if (this.state.mode !== 'all' || !this.zoomBehavior) return;
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
    const sel = select(this.svg);
    sel.call(this.zoomBehavior.translateBy, px / (sel.property('__zoom')?.k ?? 1), 0);
  }

  /** Roving focus: arrow keys move between marks in date order; one mark holds the tab stop. */
  private moveFocus(from: Element, step: number) {
    const marks = [...this.svg.querySelectorAll<SVGElement>('[data-id][role="link"]')];
    const x = (m: SVGElement) => m.getBoundingClientRect().x;
    marks.sort((a, b) => x(a) - x(b));
    const current = from.closest<SVGElement>('[data-id]') ?? this.svg.querySelector<SVGElement>('[data-id][tabindex="0"]');
    const at = current ? marks.indexOf(current) : -1;
    const next = marks[Math.max(0, Math.min(marks.length - 1, Number.isFinite(step) ? at + step : step < 0 ? 0 : marks.length - 1))];
    if (!next) return;
    for (const m of this.svg.querySelectorAll('[tabindex="0"]')) m.setAttribute('tabindex', '-1');
    next.setAttribute('tabindex', '0');
    next.focus();
  }

  /** Keep exactly one mark in the tab order (the first by date), unless one already holds it. */
  private ensureTabStop() {
    if (this.svg.querySelector('[data-id][tabindex="0"]')) return;
    const first = this.svg.querySelector('g.marks [data-id], g.figure-marks [data-id]');
    first?.setAttribute('tabindex', '0');
  }

  private scheduleRender() {
    if (this.frame) return;
    this.frame = requestAnimationFrame(() => {
      this.frame = 0;
      this.render();
    });
  }

  render() {
    const s = this.s;
    this.syncControls();
    const note = this.querySelector('.chart-note');
    const legend = this.querySelector('.legend');
    const undated = this.payload.filter((m) => !m[3]).length;
    if (this.state.mode === 'survey') {
      select(this.svg).selectAll('g.grid, g.axes, g.marks, g.labels').remove();
      select(this.svg).select('g.brush').attr('display', 'none');
      const layout = surveyFigureLayout(this.figure);
      renderSurveyFigure(this.svg, layout, (m) => (m.public ? s('public-mark', { label: m.label }) : m.label));
      this.ensureTabStop();
      legend?.replaceChildren(
        el('li', {}, el('span', { className: 'swatch public' }), ` ${s('publicly-available')}`),
        el('li', {}, el('span', { className: 'swatch' }), ` ${s('closed-source')}`),
      );
      if (note) note.textContent = s('figure-note', { n: layout.marks.length }) + (this.ignored.length > 0 ? s('ignored', { items: this.ignored.slice(0, 5).join(', ') }) : '');
      return;
    }
    select(this.svg).selectAll('g.spine, g.figure-marks').remove();
    select(this.svg).select('g.brush').attr('display', null);
    const models = this.models();
    this.assignColors(models);
    const layout = timelineLayout(models, {
      width: WIDTH,
      height: this.height,
      domain: this.domain(),
      maxLabels: this.dataset.compact !== undefined ? 16 : 40,
      buffer: 1,
    });
    this.drawn = { k: select(this.svg).property('__zoom')?.k ?? 1, layout };
    const byId = new Map(models.map((m) => [m.id, m]));
    renderTimeline(this.svg, layout, {
      clipId: `${this.id || 'timeline'}-clip`,
      colorOf: (g) => this.colors.get(g) ?? 9,
      describe: (id) => {
        const m = byId.get(id)!;
        const size = m.params !== undefined ? s('params', { n: m.params }) : s('size-unknown');
        return s('describe', { name: m.name, organization: m.organization, date: yearMonth(m.date), size });
      },
      xTitle: s('x-title'),
      yTitle: s('y-title'),
      bandLabel: s('size-band'),
    });
    select(this.svg).select('g.brush').raise();
    this.ensureTabStop();
    const groups = [...this.colors].sort((a, b) => a[1] - b[1]);
    legend?.replaceChildren(
      ...legendItems(this.state.color === 'access' ? groups.map(([g, i]) => [this.label(g), i] as const) : groups),
      ...(this.state.color === 'organization' ? [el('li', {}, el('span', { className: 'swatch c-9' }), ` ${s('other')}`)] : []),
      el('li', {}, s('shapes')),
    );
    const c = layout.counts;
    const hidden = this.payload.length - undated - c.total;
    if (note) {
      note.textContent =
        s('shown', { shown: c.shown, unknown: c.unknownSize }) +
        s('undated', { n: undated }) +
        (c.outside ? s('outside', { n: c.outside }) : '') +
        (hidden ? s('filtered', { n: hidden }) : '') +
        (this.ignored.length > 0 ? s('ignored', { items: this.ignored.slice(0, 5).join(', ') }) : '');
    }
  }
}

customElements.define('llm-timeline', LlmTimeline);
