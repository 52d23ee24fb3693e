/**
 * `<llm-table>` enhances a server-rendered data table into the explorer: sort, facet filters on
 * any column of the joined tables, search, a column chooser, "showing N of M", the active filters
 * as removable chips, URL state (back/forward included) and "download this view". The server
 * renders one page of rows with the page's preset columns (the rest are on numbered pages, for
 * readers without JavaScript); the first time a reader searches, filters, sorts, chooses columns
 * or asks for every row, the element fetches the explorer's columnar payload once and from then
 * on renders the matching rows and chosen columns itself, a bounded number of rows at a time. The logic lives in `table-state.ts`; this file only reads and writes
 * the DOM inside the element, and inserts data as text only.
 */
import {
  emptyState,
  facetCounts,
  ignoredInQuery,
  narrowsRows,
  prepareSort,
  queryToState,
  invalidBounds,
  tableFromPayload,
  tableFromRecords,
  shownColumns,
  stateToQuery,
  viewIndices,
  viewToCsv,
  viewToJson,
  type TableColumn,
  type TableData,
  type TableState,
} from './table-state.ts';
import type { TablePayload } from '../site/table-payload.ts';
import { el } from './dom.ts';
import { translator } from '../i18n/runtime.ts';

/** How many matching rows are rendered at once, until the reader asks for all of them. */
const RENDER_LIMIT = 50;

class LlmTable extends HTMLElement {
  private columns: TableColumn[] = [];
  private byKey = new Map<string, TableColumn>();
  /** The preset's columns, shown until the reader chooses others. */
  private defaults: string[] = [];
  /** The table a preset is scoped to: only models with a row there. */
  private scope?: 'architectures' | 'training';
  /** The columns the header and the built rows show now. */
  private headKeys: string[] = [];
  /** The rows the filters see: this page's, until the payload brings every row. */
  private data: TableData = tableFromRecords([]);
  /** The server's rows of this page, kept to put back when nothing narrows the table. */
  private pageRows: HTMLTableRowElement[] = [];
  private payload?: TablePayload;
  private loading?: Promise<void>;
  private failed = false;
  /** Row elements built from the payload, by row index, reused across renders with the same columns. */
  private built = new Map<number, HTMLTableRowElement>();
  private builtKeys = '';
  private template?: { signature: string; row: HTMLTableRowElement };
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
  private table!: HTMLTableElement;
  private chips?: HTMLElement;
  private caption?: HTMLTableCaptionElement | null;
  /** The server's caption of this page, put back when the page's rows are the view. */
  private pageCaption = '';
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
    this.byKey = new Map(this.columns.map((c) => [c.key, c]));
    this.defaults = (JSON.parse(this.dataset.defaultColumns ?? '[]') as string[]).filter((k) => this.byKey.has(k));
    this.headKeys = this.defaults;
    const scope = this.dataset.scope;
    if (scope === 'architectures' || scope === 'training') this.scope = scope;
    this.s = translator<'table'>(this);
    this.table = table;
    this.tbody = table.tBodies[0];
    this.caption = table.caption;
    this.pageCaption = this.caption?.textContent ?? '';
    this.pageRows = [...this.tbody.rows];
    this.data = tableFromRecords(
      this.pageRows.map((tr) => {
        const values: Record<string, string> = {};
        const nums: Record<string, number> = {};
        for (const cell of tr.cells) {
          const key = cell.dataset.col;
          if (!key) continue;
          values[key] = cell.dataset.v ?? '';
          if (cell.dataset.n !== undefined) nums[key] = Number(cell.dataset.n);
        }
        return { id: tr.dataset.id ?? '', search: tr.dataset.search ?? '', values, nums };
      }),
    );
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
    if (location.search) {
      // A shared link that filters this table opens at the table, its filters in view.
      const shared = narrowsRows(this.state);
      void this.load().then(() => {
        this.render();
        if (shared && !location.hash) this.scrollIntoView({ block: 'start' });
      });
    }
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
        this.data = tableFromPayload(payload, this.scope);
        this.prepareSorts();
        this.built.clear();
        this.buildFacets();
        this.readUrl();
      })
      .catch(() => {
        this.failed = true;
      });
    return this.loading;
  }

  /**
   * Compute the sort orders of the shown columns while the page is idle, one column at a time,
   * so that a reader's first click on a header of 10,000 rows only reads one.
   */
  private prepareSorts() {
    const data = this.data;
    const keys = ['name', ...this.visibleKeys()];
    const idle = (step: (deadline: { timeRemaining(): number }) => void) =>
      'requestIdleCallback' in window ? requestIdleCallback(step) : setTimeout(() => step({ timeRemaining: () => 10 }), 50);
    const step = (deadline: { timeRemaining(): number }) => {
      while (keys.length > 0 && deadline.timeRemaining() > 5 && data === this.data) {
        const key = keys.shift()!;
        prepareSort(data, key, this.byKey.get(key)?.numeric ?? false);
      }
      if (keys.length > 0 && data === this.data) idle(step);
    };
    idle(step);
  }

  private readUrl() {
    this.state = queryToState(location.search, this.columns);
    this.ignored = this.payload ? ignoredInQuery(location.search, this.columns, this.data) : [];
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
    if (chooser) this.buildChooser(chooser);
    this.chips = el('div', { className: 'active-filters' });
    this.chips.hidden = true;
    tools.append(this.chips);

    // One listener for the header, whose cells are rebuilt when the columns change.
    table.tHead?.addEventListener('click', (event) => {
      const button = (event.target as Element).closest('button.sort');
      const key = button?.closest<HTMLElement>('th')?.dataset.col;
      if (!key) return;
      this.change((s) => {
        const dir = s.sort?.key === key ? s.sort.dir : undefined;
        s.sort = dir === undefined ? { key, dir: 'asc' } : dir === 'asc' ? { key, dir: 'desc' } : undefined;
      });
    });

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

  /** Every column of the joined tables, grouped by table, each a checkbox; and a way back to the preset. */
  private buildChooser(chooser: HTMLElement) {
    const groups = new Map<string, TableColumn[]>();
    // The model's name is always the first column; every other column can be chosen.
    for (const column of this.columns.filter((c) => c.key !== 'name')) groups.set(column.group ?? '', [...(groups.get(column.group ?? '') ?? []), column]);
    const preset = el('button', { type: 'button' }, this.s('preset-columns'));
    preset.addEventListener('click', () => this.change((s) => Object.assign(s, { hidden: [], cols: undefined })));
    chooser.append(el('p', {}, preset));
    for (const [group, columns] of groups) {
      const box = el('fieldset', { className: 'column-group' }, el('legend', {}, group ? this.s(`group-${group}` as 'group-models') : ''));
      for (const column of columns) {
        const input = el('input', { type: 'checkbox' });
        input.dataset.col = column.key;
        input.addEventListener('change', () => {
          const on = input.checked;
          this.change((s) => {
            const keys = shownColumns(s, this.defaults).filter((k) => k !== column.key);
            if (on) keys.push(column.key);
            // Fewer of the preset's columns, in its order, is written as the ones hidden (a short
            // address); anything else is the chosen list.
            const subset = this.defaults.filter((k) => keys.includes(k));
            const fewer = subset.length === keys.length && subset.every((k, n) => keys[n] === k);
            s.hidden = fewer ? this.defaults.filter((k) => !keys.includes(k)) : [];
            s.cols = fewer ? undefined : keys;
          });
        });
        box.append(el('label', {}, input, ` ${column.label}`));
      }
      chooser.append(box);
    }
  }

  /** The facets count every row, so they are built once the payload is in. */
  private buildFacets() {
    const facets = this.tools?.querySelector<HTMLElement>('.facets');
    if (!facets) return;
    facets.replaceChildren();
    const groups = new Map<string, HTMLElement>();
    const defaults = new Set(this.defaults);
    for (const column of this.columns.filter((c) => c.facet)) {
      const group = column.group ?? '';
      let holder = groups.get(group);
      if (!holder) {
        // The groups holding the preset's columns start open; the others are a click away.
        const open = this.columns.some((c) => (c.group ?? '') === group && defaults.has(c.key));
        holder = el('details', { className: 'facet-group', open }, el('summary', {}, group ? this.s(`group-${group}` as 'group-models') : this.s('filters')));
        groups.set(group, holder);
        facets.append(holder);
      }
      const box = el('fieldset', { className: 'facet' }, el('legend', {}, column.guide ? el('a', { href: column.guide }, column.label) : column.label));
      box.dataset.col = column.key;
      if (column.facet === 'set') {
        for (const [value, count] of facetCounts(this.data, column.key)) {
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
          // Text, not type=number: a value that is not a number stays visible, so it can be marked.
          const input = el('input', {
            type: 'text',
            inputMode: column.facet === 'date' ? 'numeric' : 'decimal',
            placeholder: column.facet === 'date' ? 'YYYY-MM' : this.s(bound),
            size: 8,
          });
          input.dataset.bound = bound;
          input.addEventListener('change', () => this.change((s) => (s.ranges[column.key] = { ...s.ranges[column.key], [bound]: input.value.trim() })));
          box.append(el('label', {}, `${this.s(bound === 'min' ? 'from' : 'to')} `, input));
        }
      }
      holder.append(box);
    }
  }

  private visibleKeys(): string[] {
    return shownColumns(this.state, this.defaults);
  }

  /** The header for a set of columns: the server's for the preset, rebuilt when the reader chooses others. */
  private renderHead(keys: string[]) {
    if (keys.join(',') === this.headKeys.join(',')) return;
    this.headKeys = keys;
    const row = this.table.tHead?.rows[0];
    if (!row) return;
    const nameCell = row.cells[0]!;
    const cells = keys.map((key) => {
      const column = this.byKey.get(key)!;
      const sort = el('button', { type: 'button', className: 'sort', ariaLabel: this.s('sort-by', { column: column.label }) }, '⇅');
      const th = el('th', { scope: 'col' }, column.href ? el('a', { href: column.href }, column.label) : column.label, ' ', sort);
      th.dataset.col = key;
      return th;
    });
    row.replaceChildren(nameCell, ...cells);
    this.headCells = [...row.cells];
  }

  private async download(format: 'csv' | 'json') {
    await this.load();
    const indices = viewIndices(this.data, this.state, this.columns);
    const keys = ['name', ...this.visibleKeys()];
    const numeric = new Set(this.columns.filter((c) => c.numeric).map((c) => c.key));
    const body = format === 'csv' ? viewToCsv(this.data, indices, keys) : viewToJson(this.data, indices, keys, numeric);
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
    const td = el('td', { colSpan: this.headKeys.length + 1 }, `${this.s('no-match')} `, button);
    td.className = 'table-empty';
    return el('tr', {}, td);
  }

  /** One row of the payload as the server would have rendered it. */
  private rowElement(rowIndex: number, keys: readonly string[]): HTMLTableRowElement {
    const cached = this.built.get(rowIndex);
    if (cached) return cached;
    const payload = this.payload!;
    const i = this.data.rows[rowIndex]!.index;
    const models = this.dataset.models ?? '/models/';
    const id = payload.ids[i]!;
    const name = payload.names[i] ?? id;
    // Every row is a copy of one empty row for these columns, filled in: a native clone of the
    // cells costs less than creating each of them.
    const tr = this.rowTemplate(keys).cloneNode(true) as HTMLTableRowElement;
    tr.setAttribute('data-id', id);
    const th = tr.cells[0]!;
    th.setAttribute('data-v', name);
    const link = th.firstElementChild as HTMLAnchorElement;
    link.href = `${models}${id}/`;
    link.textContent = name;
    keys.forEach((key, k) => {
      const column = this.byKey.get(key)!;
      const data = payload.columns[column.key];
      const value = data?.v[i] ?? '';
      if (value === '') return;
      const td = tr.cells[k + 1]!;
      td.setAttribute('data-v', value);
      const n = data?.n?.[i];
      if (n !== undefined && n !== null) td.setAttribute('data-n', String(n));
      const text = (column.named && column.labels && Object.hasOwn(column.labels, value) ? column.labels[value] : data?.t?.[i]) ?? value;
      const status = data?.s?.[i];
      const title = status ? this.s('cell-title', { status: this.s(status[0]), reference: status[1] }) : undefined;
      const props = { ...(status ? { className: `status-${status[0]}`, title } : {}) };
      if (column.link) td.append(el('a', { href: `${models}${value}/`, ...props }, text));
      else if (status) td.append(el('span', props, text));
      else td.textContent = text;
    });
    this.built.set(rowIndex, tr);
    return tr;
  }

  /** An empty row with a cell per column (name first), copied for each row built from the payload. */
  private rowTemplate(keys: readonly string[]): HTMLTableRowElement {
    const signature = keys.join(',');
    if (this.template?.signature === signature) return this.template.row;
    const th = el('th', { scope: 'row' }, el('a'));
    th.dataset.col = 'name';
    const row = el(
      'tr',
      {},
      th,
      ...keys.map((key) => {
        const td = el('td', this.byKey.get(key)?.numeric ? { className: 'num' } : {});
        td.dataset.col = key;
        return td;
      }),
    );
    this.template = { signature, row };
    return row;
  }

  private render() {
    const total = Number(this.dataset.total ?? this.pageRows.length);
    const keys = this.visibleKeys();
    const ownColumns = keys.join(',') !== this.defaults.join(',');
    // Nothing narrows the rows, the columns are the preset's and the reader has not asked for
    // every row: the server's page is the view, with its pager.
    if (!this.payload || (!narrowsRows(this.state) && !this.expanded && !ownColumns)) {
      this.renderHead(this.defaults);
      if (this.caption && this.caption.textContent !== this.pageCaption) this.caption.textContent = this.pageCaption;
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
    const indices = viewIndices(this.data, this.state, this.columns);
    this.renderHead(keys);
    if (this.builtKeys !== keys.join(',')) {
      // Other columns: their rows are built afresh, and their sort orders prepared.
      this.built.clear();
      this.builtKeys = keys.join(',');
      this.prepareSorts();
    }
    // Only the first `limit` matching rows are rendered, so each change costs work proportional
    // to what is visible, not to the whole table.
    const next = indices.slice(0, this.limit);
    this.tbody.replaceChildren(...(next.length > 0 ? next.map((i) => this.rowElement(i, keys)) : [this.emptyRow()]));
    if (this.pager) this.pager.hidden = true;
    const more = this.moreButton;
    if (more) {
      more.hidden = indices.length <= next.length;
      more.textContent = this.s('show-all', { n: indices.length });
    }
    // The caption counts what the filters keep, as the count line does.
    if (this.caption) this.caption.textContent = this.s('caption', { caption: this.dataset.caption ?? '', n: indices.length, total: this.data.rows.length });
    this.syncControls(indices.length, next.length);
  }

  private syncControls(matching: number, shown: number, note?: string) {
    const s = this.state;
    // Controls are looked up inside the toolbar and the header only: a query over the whole
    // element would walk every cell of a 10,000-row table on each keystroke.
    const tools = this.tools!;
    const search = tools.querySelector<HTMLInputElement>('input[type="search"]');
    if (search && search.value !== s.q) search.value = s.q;
    const invalid = invalidBounds(s, this.columns);
    for (const box of tools.querySelectorAll<HTMLFieldSetElement>('fieldset.facet')) {
      const key = box.dataset.col!;
      for (const input of box.querySelectorAll('input')) {
        if (input.type === 'checkbox') input.checked = (s.sets[key] ?? []).includes(input.value);
        else {
          const bound = input.dataset.bound as 'min' | 'max';
          input.value = s.ranges[key]?.[bound] ?? '';
          const bad = invalid.some((b) => b.key === key && b.bound === bound);
          if (bad) {
            input.setAttribute('aria-invalid', 'true');
            input.title = this.s(this.byKey.get(key)?.facet === 'date' ? 'invalid-date' : 'invalid-number', { value: input.value });
          } else {
            input.removeAttribute('aria-invalid');
            input.removeAttribute('title');
          }
        }
      }
    }
    const keys = new Set(this.visibleKeys());
    for (const input of tools.querySelectorAll<HTMLInputElement>('.column-list input')) input.checked = keys.has(input.dataset.col!);
    this.renderChips(invalid);
    for (const th of this.headCells) {
      const sorted = s.sort?.key === th.dataset.col;
      if (sorted) th.setAttribute('aria-sort', s.sort!.dir === 'asc' ? 'ascending' : 'descending');
      else th.removeAttribute('aria-sort');
    }
    const active = Object.values(s.sets).filter((v) => v.length > 0).length + Object.values(s.ranges).filter((r) => r.min || r.max).length;
    if (invalid.length > 0) tools.querySelector<HTMLDetailsElement>('details.filters')?.setAttribute('open', '');
    const summary = tools.querySelector('.filters > summary');
    if (summary) summary.textContent = active > 0 ? this.s('filters-active', { n: active }) : this.s('filters');
    const count = tools.querySelector('.count');
    if (count) {
      count.textContent =
        (note ??
          (shown < matching ? this.s('showing-limited', { shown, matching, total: this.data.rows.length }) : this.s('showing', { n: matching, total: this.data.rows.length }))) +
        (this.ignored.length > 0 ? ` · ${this.s('ignored', { items: this.ignored.slice(0, 5).join(', ') })}` : '');
    }
  }

  /** The active filters as a line of buttons, each removing its filter: a shared link shows what it filters. */
  private renderChips(invalid: { key: string; bound: 'min' | 'max'; value: string }[]) {
    const chips = this.chips;
    if (!chips) return;
    const s = this.state;
    const label = (key: string) => this.byKey.get(key)?.label ?? key;
    const items: [text: string, remove: (s: TableState) => void][] = [];
    for (const [key, values] of Object.entries(s.sets)) {
      if (values.length === 0) continue;
      const labels = this.byKey.get(key)?.labels;
      const shown = values.map((v) => (labels && Object.hasOwn(labels, v) ? labels[v]! : v));
      items.push([`${label(key)}: ${shown.join(this.s('or'))}`, (st) => (st.sets[key] = [])]);
    }
    for (const [key, range] of Object.entries(s.ranges)) {
      const { min = '', max = '' } = range;
      if (min === '' && max === '') continue;
      const bad = invalid.some((b) => b.key === key);
      items.push([`${label(key)}: ${min || '…'} – ${max || '…'}${bad ? ` (${this.s('not-applied')})` : ''}`, (st) => (st.ranges[key] = {})]);
    }
    chips.hidden = items.length === 0;
    if (items.length === 0) {
      chips.replaceChildren();
      return;
    }
    chips.replaceChildren(
      el('span', { className: 'muted' }, `${this.s('active')} `),
      ...items.map(([text, remove]) => {
        const button = el('button', { type: 'button', className: 'chip', ariaLabel: this.s('remove-filter', { filter: text }) }, `${text} ×`);
        button.addEventListener('click', () => this.change(remove));
        return button;
      }),
    );
  }
}

customElements.define('llm-table', LlmTable);
