/**
 * `<llm-table>` enhances a server-rendered data table: sort, facet filters, search, column
 * chooser, "showing N of M", URL state (back/forward included) and "download this view".
 * The logic lives in `table-state.ts`; this file only reads and writes the DOM inside
 * the element, and inserts data as text only.
 */
import {
  emptyState,
  facetCounts,
  ignoredInQuery,
  queryToState,
  stateToQuery,
  viewIndices,
  viewToCsv,
  viewToJson,
  type TableColumn,
  type TableRow,
  type TableState,
} from './table-state.ts';
import { el } from './dom.ts';
import { translator } from '../i18n/runtime.ts';

class LlmTable extends HTMLElement {
  private columns: TableColumn[] = [];
  private rows: TableRow[] = [];
  private trs: HTMLTableRowElement[] = [];
  /** Indices of the rows shown now. */
  private shown = new Set<number>();
  /** How many matching rows to show (grows with "Show all"). */
  private limit = 500;
  /** Whether the rows are out of the server's order (after a sort). */
  private reordered = false;
  private state: TableState = emptyState();
  /** What the address asked for that this table cannot do, named in the count line. */
  private ignored: string[] = [];
  private tbody!: HTMLTableSectionElement;
  private lastPushWasSearch = false;
  private tools?: HTMLElement;
  private colgroup?: HTMLElement;
  private moreButton?: HTMLButtonElement | null;
  private headCells: HTMLTableCellElement[] = [];
  private s!: ReturnType<typeof translator<'table'>>;

  connectedCallback() {
    const table = this.querySelector('table');
    const tools = this.querySelector<HTMLElement>('.table-tools');
    if (!table || !tools || !table.tBodies[0]) return;
    this.columns = JSON.parse(this.dataset.columns ?? '[]') as TableColumn[];
    this.s = translator<'table'>(this);
    this.tbody = table.tBodies[0];
    this.trs = [...this.tbody.rows];
    this.rows = this.trs.map((tr) => {
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
    this.shown = new Set(this.trs.map((_, i) => i));
    this.tools = tools;
    this.headCells = [...(table.tHead?.rows[0]?.cells ?? [])];
    this.buildControls(table, tools);
    this.readUrl();
    this.render();
    window.addEventListener('popstate', () => {
      this.readUrl();
      this.render();
    });
  }

  private readUrl() {
    this.state = queryToState(location.search, this.columns);
    this.ignored = ignoredInQuery(location.search, this.columns, this.rows);
  }

  private change(mutate: (s: TableState) => void, fromSearch = false) {
    mutate(this.state);
    this.ignored = [];
    const url = `${location.pathname}${stateToQuery(this.state) ? `?${stateToQuery(this.state)}` : ''}`;
    if (fromSearch && this.lastPushWasSearch) history.replaceState(null, '', url);
    else history.pushState(null, '', url);
    this.lastPushWasSearch = fromSearch;
    this.render();
  }

  private buildControls(table: HTMLTableElement, tools: HTMLElement) {
    const search = tools.querySelector<HTMLInputElement>('input[type="search"]');
    search?.addEventListener('input', () => this.change((s) => (s.q = search.value), true));

    const facets = tools.querySelector<HTMLElement>('.facets');
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
      facets?.append(box);
    }

    const chooser = tools.querySelector<HTMLElement>('.column-list');
    const colgroup = el('colgroup');
    colgroup.append(el('col'));
    for (const column of this.columns.filter((c) => c.key !== 'name')) {
      const col = el('col');
      col.dataset.col = column.key;
      colgroup.append(col);
      const input = el('input', { type: 'checkbox', checked: true });
      input.dataset.col = column.key;
      input.addEventListener('change', () => this.change((s) => (s.hidden = input.checked ? s.hidden.filter((k) => k !== column.key) : [...s.hidden, column.key])));
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
      this.limit = Infinity;
      this.render();
    });
    tools.querySelector('[data-action="reset"]')?.addEventListener('click', () => this.change((s) => Object.assign(s, emptyState())));
    tools.querySelector('[data-action="csv"]')?.addEventListener('click', () => this.download('csv'));
    tools.querySelector('[data-action="json"]')?.addEventListener('click', () => this.download('json'));
  }

  private visibleKeys(): string[] {
    return this.columns.map((c) => c.key).filter((k) => !this.state.hidden.includes(k));
  }

  private download(format: 'csv' | 'json') {
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

  private render() {
    const indices = viewIndices(this.rows, this.state, this.columns);
    // Only the first `limit` matching rows are shown, so each change costs work proportional to
    // what is visible, not to the whole table (which stays complete in the HTML for readers
    // without JavaScript).
    const next = indices.slice(0, this.limit);
    const nextSet = new Set(next);
    for (const i of this.shown) if (!nextSet.has(i)) this.trs[i]!.hidden = true;
    for (const i of next) if (!this.shown.has(i)) this.trs[i]!.hidden = false;
    this.shown = nextSet;
    // Sorted: put the shown rows first, in order (where hidden rows sit does not matter).
    // Unsorted: the server's order is the order, so nothing moves while typing or filtering.
    if (this.state.sort) {
      if (next.some((i, n) => this.tbody.children[n] !== this.trs[i])) this.tbody.prepend(...next.map((i) => this.trs[i]!));
      this.reordered = true;
    } else if (this.reordered) {
      this.tbody.append(...this.trs);
      this.reordered = false;
    }
    const more = this.moreButton;
    if (more) {
      more.hidden = indices.length <= next.length;
      more.textContent = this.s('show-all', { n: indices.length });
    }
    this.syncControls(indices.length, next.length);
  }

  private syncControls(matching: number, shown: number) {
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
        (shown < matching ? this.s('showing-limited', { shown, matching, total: this.rows.length }) : this.s('showing', { n: matching, total: this.rows.length })) +
        (this.ignored.length > 0 ? ` · ${this.s('ignored', { items: this.ignored.slice(0, 5).join(', ') })}` : '');
    }
  }
}

customElements.define('llm-table', LlmTable);
