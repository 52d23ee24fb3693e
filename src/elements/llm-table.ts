/**
 * `<llm-table>` enhances a server-rendered data table: sort, facet filters, search, column
 * chooser, "showing N of M", URL state (back/forward included) and "download this view".
 * The server renders one page of rows (the rest are on numbered pages, for readers without
 * JavaScript); the first time a reader searches, filters, sorts or asks for every row, the element
 * fetches the table's columnar payload once and from then on renders the matching rows itself,
 * a bounded number at a time. The logic lives in `table-state.ts`; this file only reads and writes
 * the DOM inside the element, and inserts data as text only.
 */
import {
  emptyState,
  facetCounts,
  ignoredInQuery,
  narrowsRows,
  queryToState,
  rowsFromPayload,
  stateToQuery,
  viewIndices,
  viewToCsv,
  viewToJson,
  type TableColumn,
  type TableRow,
  type TableState,
} from './table-state.ts';
import type { TablePayload } from '../site/table-payload.ts';
import { el } from './dom.ts';
import { translator } from '../i18n/runtime.ts';

/** How many matching rows are rendered at once, until the reader asks for all of them. */
const RENDER_LIMIT = 100;

class LlmTable extends HTMLElement {
  private columns: TableColumn[] = [];
  /** The rows the filters see: this page's, until the payload brings every row. */
  private rows: TableRow[] = [];
  /** The server's rows of this page, kept to put back when nothing narrows the table. */
  private pageRows: HTMLTableRowElement[] = [];
  private payload?: TablePayload;
  private loading?: Promise<void>;
  private failed = false;
  /** Row elements built from the payload, by row index, reused across renders. */
  private built = new Map<number, HTMLTableRowElement>();
  /** How many matching rows to render (grows with "Show all"). */
  private limit = RENDER_LIMIT;
  /** The reader asked for every row: render from the payload even with no filter. */
  private expanded = false;
  private state: TableState = emptyState();
  /** What the address asked for that this table cannot do, named in the count line. */
  private ignored: string[] = [];
  private tbody!: HTMLTableSectionElement;
  private lastPushWasSearch = false;
  private tools?: HTMLElement;
  private colgroup?: HTMLElement;
  private moreButton?: HTMLButtonElement | null;
  private pager?: HTMLElement | null;
  private headCells: HTMLTableCellElement[] = [];
  /** Changes this reader made on this page, which "undo the last filter" can step back through. */
  private changes = 0;
  private s!: ReturnType<typeof translator<'table'>>;

  connectedCallback() {
    const table = this.querySelector('table');
    const tools = this.querySelector<HTMLElement>('.table-tools');
    if (!table || !tools || !table.tBodies[0]) return;
    this.columns = JSON.parse(this.dataset.columns ?? '[]') as TableColumn[];
    this.s = translator<'table'>(this);
    this.tbody = table.tBodies[0];
    this.pageRows = [...this.tbody.rows];
    this.rows = this.pageRows.map((tr) => {
      const values: Record<string, string> = {};
      const nums: Record<string, number> = {};
      for (const cell of tr.cells) {
        const key = cell.dataset.col;
        if (!key) continue;
        values[key] = cell.dataset.v ?? '';
        if (cell.dataset.n !== undefined) nums[key] = Number(cell.dataset.n);
      }
      return { id: tr.dataset.id ?? '', search: tr.dataset.search ?? '', values, nums };
    });
    this.tools = tools;
    this.pager = this.querySelector<HTMLElement>('nav.pager');
    this.headCells = [...(table.tHead?.rows[0]?.cells ?? [])];
    this.buildControls(table, tools);
    // The payload is fetched when the reader first reaches for a control, or at once when the
    // address already asks for something: a page opened to be read costs no more than its HTML.
    const early = () => void this.load().then(() => this.render());
    for (const target of [tools, table.tHead]) {
      target?.addEventListener('pointerdown', early, { once: true });
      target?.addEventListener('focusin', early, { once: true });
    }
    this.readUrl();
    this.render();
    if (location.search) early();
    window.addEventListener('popstate', () => {
      this.readUrl();
      void this.load().then(() => this.render());
    });
  }

  /** Fetch the table's payload once; every row then takes part in search, filters and sort. */
  private load(): Promise<void> {
    const url = this.dataset.payload;
    if (!url) return Promise.resolve();
    this.loading ??= fetch(url)
      .then((response) => {
        if (!response.ok) throw new Error(`${response.status}`);
        return response.json() as Promise<TablePayload>;
      })
      .then((payload) => {
        this.payload = payload;
        this.rows = rowsFromPayload(payload);
        this.built.clear();
        this.buildFacets();
        this.readUrl();
      })
      .catch(() => {
        this.failed = true;
      });
    return this.loading;
  }

  private readUrl() {
    this.state = queryToState(location.search, this.columns);
    this.ignored = this.payload ? ignoredInQuery(location.search, this.columns, this.rows) : [];
  }

  /** Apply a change of state: at once when every row is in, else once the payload has arrived. */
  private change(mutate: (s: TableState) => void, fromSearch = false) {
    if (!this.payload && !this.failed && this.dataset.payload) {
      void this.load().then(() => this.change(mutate, fromSearch));
      return;
    }
    mutate(this.state);
    this.ignored = [];
    const url = `${location.pathname}${stateToQuery(this.state) ? `?${stateToQuery(this.state)}` : ''}`;
    if (fromSearch && this.lastPushWasSearch) history.replaceState(null, '', url);
    else history.pushState(null, '', url);
    this.lastPushWasSearch = fromSearch;
    this.changes++;
    this.render();
  }

  private buildControls(table: HTMLTableElement, tools: HTMLElement) {
    const search = tools.querySelector<HTMLInputElement>('input[type="search"]');
    // Controls are read when the reader acts: a change waiting for the payload must not read them
    // after a render has put them back in step with the old state.
    search?.addEventListener('input', () => {
      const q = search.value;
      this.change((s) => (s.q = q), true);
    });

    const chooser = tools.querySelector<HTMLElement>('.column-list');
    const colgroup = el('colgroup');
    colgroup.append(el('col'));
    for (const column of this.columns.filter((c) => c.key !== 'name')) {
      const col = el('col');
      col.dataset.col = column.key;
      colgroup.append(col);
      const input = el('input', { type: 'checkbox', checked: true });
      input.dataset.col = column.key;
      input.addEventListener('change', () => {
        const shown = input.checked;
        this.change((s) => (s.hidden = shown ? s.hidden.filter((k) => k !== column.key) : [...s.hidden, column.key]));
      });
      chooser?.append(el('label', {}, input, ` ${column.label}`));
    }
    table.prepend(colgroup);
    this.colgroup = colgroup;

    for (const th of table.tHead?.rows[0]?.cells ?? []) {
      const button = th.querySelector<HTMLButtonElement>('button.sort');
      const key = th.dataset.col;
      if (!button || !key) continue;
      button.addEventListener('click', () =>
        this.change((s) => {
          const dir = s.sort?.key === key ? s.sort.dir : undefined;
          s.sort = dir === undefined ? { key, dir: 'asc' } : dir === 'asc' ? { key, dir: 'desc' } : undefined;
        }),
      );
    }

    this.moreButton = this.querySelector<HTMLButtonElement>('[data-action="more"]');
    this.moreButton?.addEventListener('click', () => {
      void this.load().then(() => {
        this.limit = Infinity;
        this.expanded = true;
        this.render();
      });
    });
    tools.querySelector('[data-action="reset"]')?.addEventListener('click', () => this.change((s) => Object.assign(s, emptyState())));
    tools.querySelector('[data-action="csv"]')?.addEventListener('click', () => void this.download('csv'));
    tools.querySelector('[data-action="json"]')?.addEventListener('click', () => void this.download('json'));
  }

  /** The facets count every row, so they are built once the payload is in. */
  private buildFacets() {
    const facets = this.tools?.querySelector<HTMLElement>('.facets');
    if (!facets) return;
    facets.replaceChildren();
    for (const column of this.columns.filter((c) => c.facet)) {
      const box = el('fieldset', { className: 'facet' }, el('legend', {}, column.guide ? el('a', { href: column.guide }, column.label) : column.label));
      box.dataset.col = column.key;
      if (column.facet === 'set') {
        for (const [value, count] of facetCounts(this.rows, column.key)) {
          const input = el('input', { type: 'checkbox', value });
          input.addEventListener('change', () =>
            this.change((s) => {
              const set = new Set(s.sets[column.key] ?? []);
              if (input.checked) set.add(value);
              else set.delete(value);
              s.sets[column.key] = [...set];
            }),
          );
          box.append(
            el('label', {}, input, ` ${column.labels && Object.hasOwn(column.labels, value) ? column.labels[value] : value} `, el('span', { className: 'muted' }, `(${count})`)),
          );
        }
      } else {
        for (const bound of ['min', 'max'] as const) {
          const input = el('input', {
            type: column.facet === 'date' ? 'text' : 'number',
            inputMode: column.facet === 'date' ? 'numeric' : 'decimal',
            placeholder: column.facet === 'date' ? 'YYYY-MM' : this.s(bound),
            size: 8,
          });
          if (column.facet === 'range') input.step = 'any';
          input.dataset.bound = bound;
          input.addEventListener('change', () => this.change((s) => (s.ranges[column.key] = { ...s.ranges[column.key], [bound]: input.value.trim() })));
          box.append(el('label', {}, `${this.s(bound === 'min' ? 'from' : 'to')} `, input));
        }
      }
      facets.append(box);
    }
  }

  private visibleKeys(): string[] {
    return this.columns.map((c) => c.key).filter((k) => !this.state.hidden.includes(k));
  }

  private async download(format: 'csv' | 'json') {
    await this.load();
    const indices = viewIndices(this.rows, this.state, this.columns);
    const keys = this.visibleKeys();
    const numeric = new Set(this.columns.filter((c) => c.numeric).map((c) => c.key));
    const body = format === 'csv' ? viewToCsv(this.rows, indices, keys) : viewToJson(this.rows, indices, keys, numeric);
    const blob = new Blob([body], { type: format === 'csv' ? 'text/csv' : 'application/json' });
    const a = el('a', { href: URL.createObjectURL(blob), download: `llm-atlas-${this.dataset.table ?? 'view'}.${format}` });
    document.body.append(a);
    a.click();
    a.remove();
    URL.revokeObjectURL(a.href);
  }

  /** Nothing matches: say so, and offer to take back the last change (or every filter, on a shared link). */
  private emptyRow(): HTMLTableRowElement {
    const undo = this.changes > 0;
    const button = el('button', { type: 'button' }, this.s(undo ? 'undo-last' : 'clear-all'));
    button.addEventListener('click', () => {
      if (undo) {
        this.changes -= 1;
        history.back();
      } else this.change((s) => Object.assign(s, emptyState(), { hidden: s.hidden }));
    });
    const td = el('td', { colSpan: this.columns.length }, `${this.s('no-match')} `, button);
    td.className = 'table-empty';
    return el('tr', {}, td);
  }

  /** One row of the payload as the server would have rendered it. */
  private rowElement(i: number): HTMLTableRowElement {
    const cached = this.built.get(i);
    if (cached) return cached;
    const payload = this.payload!;
    const models = this.dataset.models ?? '/models/';
    const id = payload.ids[i]!;
    const name = payload.names[i] ?? id;
    const th = el('th', { scope: 'row' }, el('a', { href: `${models}${id}/` }, name));
    th.dataset.col = 'name';
    th.dataset.v = name;
    const tr = el('tr', {}, th);
    tr.dataset.id = id;
    for (const column of this.columns) {
      if (column.key === 'name') continue;
      const data = payload.columns[column.key];
      const td = el('td', column.numeric ? { className: 'num' } : {});
      td.dataset.col = column.key;
      tr.append(td);
      const value = data?.v[i] ?? '';
      if (value === '') continue;
      td.dataset.v = value;
      const n = data?.n?.[i];
      if (n !== undefined && n !== null) td.dataset.n = String(n);
      const text = (column.named && column.labels && Object.hasOwn(column.labels, value) ? column.labels[value] : data?.t?.[i]) ?? value;
      const status = data?.s?.[i];
      const title = status ? this.s('cell-title', { status: this.s(status[0]), reference: status[1] }) : undefined;
      const props = { ...(status ? { className: `status-${status[0]}`, title } : {}) };
      td.append(column.link ? el('a', { href: `${models}${value}/`, ...props }, text) : status ? el('span', props, text) : text);
    }
    this.built.set(i, tr);
    return tr;
  }

  private render() {
    const total = Number(this.dataset.total ?? this.pageRows.length);
    // Nothing narrows the rows and the reader has not asked for all of them: the server's page
    // is the view, with its pager.
    if (!this.payload || (!narrowsRows(this.state) && !this.expanded)) {
      if (this.tbody.rows.length !== this.pageRows.length || this.pageRows.some((tr, n) => this.tbody.rows[n] !== tr)) this.tbody.replaceChildren(...this.pageRows);
      if (this.pager) this.pager.hidden = false;
      if (this.moreButton) this.moreButton.hidden = this.pageRows.length >= total;
      const first = Number(this.dataset.first ?? 1);
      const note = this.failed
        ? this.s('load-failed')
        : this.pageRows.length < total
          ? this.s('page-rows', { from: first, to: first + this.pageRows.length - 1, total })
          : undefined;
      this.syncControls(this.pageRows.length, this.pageRows.length, note);
      return;
    }
    const indices = viewIndices(this.rows, this.state, this.columns);
    // Only the first `limit` matching rows are rendered, so each change costs work proportional
    // to what is visible, not to the whole table.
    const next = indices.slice(0, this.limit);
    this.tbody.replaceChildren(...(next.length > 0 ? next.map((i) => this.rowElement(i)) : [this.emptyRow()]));
    if (this.pager) this.pager.hidden = true;
    const more = this.moreButton;
    if (more) {
      more.hidden = indices.length <= next.length;
      more.textContent = this.s('show-all', { n: indices.length });
    }
    this.syncControls(indices.length, next.length);
  }

  private syncControls(matching: number, shown: number, note?: string) {
    const s = this.state;
    // Controls are looked up inside the toolbar and the header only: a query over the whole
    // element would walk every cell of a 10,000-row table on each keystroke.
    const tools = this.tools!;
    const search = tools.querySelector<HTMLInputElement>('input[type="search"]');
    if (search && search.value !== s.q) search.value = s.q;
    for (const box of tools.querySelectorAll<HTMLFieldSetElement>('fieldset.facet')) {
      const key = box.dataset.col!;
      for (const input of box.querySelectorAll('input')) {
        if (input.type === 'checkbox') input.checked = (s.sets[key] ?? []).includes(input.value);
        else input.value = s.ranges[key]?.[input.dataset.bound as 'min' | 'max'] ?? '';
      }
    }
    for (const input of tools.querySelectorAll<HTMLInputElement>('.column-list input')) input.checked = !s.hidden.includes(input.dataset.col!);
    for (const col of this.colgroup?.children ?? []) {
      const key = (col as HTMLTableColElement).dataset.col;
      if (key) (col as HTMLTableColElement).style.visibility = s.hidden.includes(key) ? 'collapse' : '';
    }
    for (const th of this.headCells) {
      const sorted = s.sort?.key === th.dataset.col;
      if (sorted) th.setAttribute('aria-sort', s.sort!.dir === 'asc' ? 'ascending' : 'descending');
      else th.removeAttribute('aria-sort');
    }
    const active = Object.values(s.sets).filter((v) => v.length > 0).length + Object.values(s.ranges).filter((r) => r.min || r.max).length;
    const summary = tools.querySelector('.filters summary');
    if (summary) summary.textContent = active > 0 ? this.s('filters-active', { n: active }) : this.s('filters');
    const count = tools.querySelector('.count');
    if (count) {
      count.textContent =
        (note ?? (shown < matching ? this.s('showing-limited', { shown, matching, total: this.rows.length }) : this.s('showing', { n: matching, total: this.rows.length }))) +
        (this.ignored.length > 0 ? ` · ${this.s('ignored', { items: this.ignored.slice(0, 5).join(', ') })}` : '');
    }
  }
}

customElements.define('llm-table', LlmTable);
