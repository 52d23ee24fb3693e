/**
 * The state of an interactive table — search text, sort, facet filters, hidden columns — and the
 * pure functions around it: URL round trip, row matching, sorting and export. The `<llm-table>`
 * element only wires these to the DOM, so all of the logic is testable without a browser.
 */
import { csvLine } from '../dataset/write-csv.ts';
import type { TablePayload } from '../site/table-payload.ts';

export type FacetKind = 'set' | 'range' | 'date';

/** What the client knows about a column (sent from the server as JSON). */
export interface TableColumn {
  key: string;
  label: string;
  /** How the column is filtered: a set of values, a numeric range, a date range, or not at all. */
  facet?: FacetKind;
  numeric?: boolean;
  /** The guide section that explains the column. */
  guide?: string;
  /** Display labels of set values, where they differ from the values (enum labels in Chinese). */
  labels?: Record<string, string>;
  /** The cells show the label of their value (an organization's name), not the value. */
  named?: true;
  /** The values are model ids, shown as links to the model pages. */
  link?: true;
  /** The table the column comes from (models, architectures, training), for the chooser's groups. */
  group?: string;
  /** Where the column's header links: its guide section or its dictionary entry. */
  href?: string;
}

/** One row as the client sees it; its cells are read from the columns at `index`. */
export interface TableRow {
  id: string;
  /** The row's position in the columns: in the payload (or on the page, before the payload arrives). */
  index: number;
  /** Lowercased text searched by the free-text box (name, organization, family, id). */
  search: string;
}

/**
 * The rows the filters, sorting and exports read, with their cells column by column, as the
 * payload sends them: a sort or a filter reads one packed array instead of one property of each
 * of 10,000 objects, and nothing is copied when the payload arrives. Columns are looked up by
 * key in a Map, never as properties, so a key from the URL cannot reach a prototype.
 */
export interface TableData {
  rows: readonly TableRow[];
  /** A column's CSV text ('' where unknown) by row index; `name` is a column too. */
  text(key: string): readonly string[] | undefined;
  /** A numeric column's numbers (null where unknown) by row index. */
  num(key: string): readonly (number | null)[] | undefined;
}

/** One row as a record of its cells (the server's page rows, and tests). */
export interface RowRecord {
  id: string;
  search: string;
  values: Record<string, string>;
  nums: Record<string, number>;
}

function tableOf(rows: readonly TableRow[], text: Map<string, readonly string[]>, nums: Map<string, readonly (number | null)[]>): TableData {
  return { rows, text: (key) => text.get(key), num: (key) => nums.get(key) };
}

/** Table data from rows given as records: each row's index is its position. */
export function tableFromRecords(records: readonly RowRecord[]): TableData {
  const text = new Map<string, string[]>();
  const nums = new Map<string, (number | null)[]>();
  const column = <T>(map: Map<string, T[]>, key: string, empty: T) => {
    let values = map.get(key);
    if (!values) map.set(key, (values = Array.from({ length: records.length }, () => empty)));
    return values;
  };
  records.forEach((record, i) => {
    for (const [key, value] of Object.entries(record.values)) column(text, key, '')[i] = value;
    for (const [key, value] of Object.entries(record.nums)) column<number | null>(nums, key, null)[i] = value;
  });
  return tableOf(
    records.map((r, index) => ({ id: r.id, index, search: r.search })),
    text,
    nums,
  );
}

export interface Range {
  min?: string;
  max?: string;
}

export interface TableState {
  q: string;
  sort?: { key: string; dir: 'asc' | 'desc' };
  /** Allowed values per set-faceted column. */
  sets: Record<string, string[]>;
  /** Bounds per range- or date-faceted column (inclusive; text as typed). */
  ranges: Record<string, Range>;
  hidden: string[];
  /** The columns shown, in order, where the reader chose other than the page's preset. */
  cols?: string[];
}

export const emptyState = (): TableState => ({ q: '', sets: {}, ranges: {}, hidden: [] });

/** The columns a state shows: its own choice, else the preset's less the hidden ones. */
export function shownColumns(state: TableState, defaults: readonly string[]): string[] {
  return (state.cols ?? defaults).filter((k) => !state.hidden.includes(k));
}

/** Whether a range bound is one the filter can apply: a number, or a date as `YYYY`, `YYYY-MM` or `YYYY-MM-DD`. */
export function validBound(bound: string | undefined, facet: FacetKind | undefined): boolean {
  if (bound === undefined || bound.trim() === '') return true;
  return facet === 'date' ? /^\d{4}(-\d{2}(-\d{2})?)?$/.test(bound.trim()) : Number.isFinite(Number(bound));
}

/** The range bounds of a state that are not numbers or dates: marked on the page, never applied. */
export function invalidBounds(state: TableState, columns: readonly TableColumn[]): { key: string; bound: 'min' | 'max'; value: string }[] {
  const byKey = new Map(columns.map((c) => [c.key, c]));
  const out: { key: string; bound: 'min' | 'max'; value: string }[] = [];
  for (const [key, range] of Object.entries(state.ranges)) {
    for (const bound of ['min', 'max'] as const) {
      const value = range[bound];
      if (value !== undefined && !validBound(value, byKey.get(key)?.facet)) out.push({ key, bound, value });
    }
  }
  return out;
}

/** Whether a state selects or orders rows (hiding columns does neither). */
export function narrowsRows(state: TableState): boolean {
  return (
    state.q.trim() !== '' ||
    state.sort !== undefined ||
    Object.values(state.sets).some((v) => v.length > 0) ||
    Object.values(state.ranges).some((r) => (r.min ?? '') !== '' || (r.max ?? '') !== '')
  );
}

/** The payload as the filters, sorting and exports read it: every row, or a preset's scope. Its columns are the payload's own arrays. */
export function tableFromPayload(payload: TablePayload, scope?: 'architectures' | 'training'): TableData {
  const member = scope ? payload.member[scope] : undefined;
  const rows: TableRow[] = [];
  payload.ids.forEach((id, i) => {
    if (member === undefined || member[i] === '1') rows.push({ id, index: i, search: payload.search[i] ?? '' });
  });
  const text = new Map<string, readonly string[]>([['name', payload.names]]);
  const nums = new Map<string, readonly (number | null)[]>();
  for (const [key, column] of Object.entries(payload.columns)) {
    text.set(key, column.v);
    if (column.n) nums.set(key, column.n);
  }
  return tableOf(rows, text, nums);
}

/** The URL query for a state; an empty state gives an empty query. Keys are sorted so URLs are stable. */
export function stateToQuery(state: TableState): string {
  const params = new URLSearchParams();
  if (state.q.trim()) params.set('q', state.q.trim());
  if (state.sort) params.set('sort', `${state.sort.dir === 'desc' ? '-' : ''}${state.sort.key}`);
  for (const key of Object.keys(state.sets).sort()) {
    const values = state.sets[key]!;
    if (values.length > 0) params.set(key, [...values].sort().join(','));
  }
  for (const key of Object.keys(state.ranges).sort()) {
    const { min = '', max = '' } = state.ranges[key]!;
    if (min !== '' || max !== '') params.set(key, `${min}..${max}`);
  }
  if (state.hidden.length > 0) params.set('hide', [...state.hidden].sort().join(','));
  // The chosen columns keep the reader's order.
  if (state.cols) params.set('cols', state.cols.join(','));
  return params.toString();
}

const RANGE = /^(.*)\.\.(.*)$/;

/**
 * Read a state from a URL query, ignoring unknown columns and malformed values. Every key from
 * the URL is looked up in a Map, never as a property: `sort=constructor` or `__proto__=x` must
 * not reach the prototype of `sets`, `ranges` or a row's values.
 */
export function queryToState(query: string, columns: readonly TableColumn[]): TableState {
  const params = new URLSearchParams(query);
  const byKey = new Map(columns.map((c) => [c.key, c]));
  const state = emptyState();
  state.q = params.get('q') ?? '';
  const sort = params.get('sort');
  if (sort) {
    const key = sort.replace(/^-/, '');
    if (byKey.has(key) || key === 'name') state.sort = { key, dir: sort.startsWith('-') ? 'desc' : 'asc' };
  }
  for (const [key, value] of params) {
    const column = byKey.get(key);
    if (!column?.facet) continue;
    if (column.facet === 'set') state.sets[key] = value.split(',').filter((v) => v !== '');
    else {
      const m = RANGE.exec(value);
      if (m) state.ranges[key] = { ...(m[1] ? { min: m[1] } : {}), ...(m[2] ? { max: m[2] } : {}) };
    }
  }
  const hide = params.get('hide');
  if (hide) state.hidden = hide.split(',').filter((k) => byKey.has(k));
  const cols = params.get('cols');
  if (cols !== null) state.cols = [...new Set(cols.split(',').filter((k) => byKey.has(k) && k !== 'name'))];
  return state;
}

const shorten = (text: string) => (text.length > 40 ? `${text.slice(0, 39)}…` : text);

/**
 * What a URL query asks of this table that it cannot do, as `key=value` items for the page to
 * show: a sort or hidden column it does not have, a malformed range, a filter value no row has.
 * Parameters it does not know are left alone, since other elements of the page may own them.
 */
export function ignoredInQuery(query: string, columns: readonly TableColumn[], data: TableData): string[] {
  const params = new URLSearchParams(query);
  const byKey = new Map(columns.map((c) => [c.key, c]));
  const out: string[] = [];
  const sort = params.get('sort');
  if (sort && !byKey.has(sort.replace(/^-/, '')) && sort.replace(/^-/, '') !== 'name') out.push(`sort=${shorten(sort)}`);
  for (const name of ['hide', 'cols'])
    for (const key of (params.get(name) ?? '').split(',')) if (key !== '' && key !== 'name' && !byKey.has(key)) out.push(`${name}=${shorten(key)}`);
  for (const [key, value] of params) {
    const column = byKey.get(key);
    if (!column?.facet) continue;
    if (column.facet === 'set') {
      const text = data.text(key);
      const present = new Set(data.rows.map((r) => text?.[r.index] ?? ''));
      for (const v of value.split(',')) if (v !== '' && !present.has(v)) out.push(`${key}=${shorten(v)}`);
    } else {
      const m = RANGE.exec(value);
      if (!m || !validBound(m[1], column.facet) || !validBound(m[2], column.facet)) out.push(`${key}=${shorten(value)}`);
    }
  }
  return out;
}

const inRange = (value: number | null | undefined, range: Range): boolean => {
  if (value === undefined || value === null) return false;
  const min = range.min === undefined || range.min === '' ? -Infinity : Number(range.min);
  const max = range.max === undefined || range.max === '' ? Infinity : Number(range.max);
  return value >= min && value <= max;
};

/** Dates compare by prefix, so a bound of `2023` covers every date in 2023. */
const inDateRange = (value: string | undefined, range: Range): boolean => {
  if (!value) return false;
  if (range.min && value.slice(0, range.min.length) < range.min) return false;
  if (range.max && value.slice(0, range.max.length) > range.max) return false;
  return true;
};

/** A predicate for the search and every filter, prepared once per change rather than per row. */
export function rowFilter(state: TableState, columns: readonly TableColumn[], data: TableData): (row: TableRow) => boolean {
  const words = state.q.trim().toLowerCase().split(/\s+/).filter(Boolean);
  const sets = Object.entries(state.sets)
    .filter(([, values]) => values.length > 0)
    .map(([key, values]) => [data.text(key) ?? [], new Set(values)] as const);
  // A bound that is not a number or a date is marked on the page and left out, never applied as a filter.
  const ranges = Object.entries(state.ranges)
    .map(([key, r]) => {
      const facet = columns.find((c) => c.key === key)?.facet;
      const keep = (b: string | undefined) => (b !== undefined && b.trim() !== '' && validBound(b, facet) ? { value: b.trim() } : undefined);
      const min = keep(r.min);
      const max = keep(r.max);
      const range: Range = { ...(min ? { min: min.value } : {}), ...(max ? { max: max.value } : {}) };
      return [data.text(key) ?? [], data.num(key) ?? [], range, facet === 'date'] as const;
    })
    .filter(([, , r]) => r.min !== undefined || r.max !== undefined);
  return (row) => {
    const i = row.index;
    for (const word of words) if (!row.search.includes(word)) return false;
    for (const [text, values] of sets) if (!values.has(text[i] ?? '')) return false;
    for (const [text, nums, range, isDate] of ranges) {
      if (!(isDate ? inDateRange(text[i], range) : inRange(nums[i], range))) return false;
    }
    return true;
  };
}

/** Whether a row passes the search and every filter (a filtered column's unknown values do not). */
export function matchRow(row: TableRow, state: TableState, columns: readonly TableColumn[], data: TableData): boolean {
  return rowFilter(state, columns, data)(row);
}

/** Natural order for text ("7B" before "13B"); one collator, since building one per comparison is slow. */
const natural = new Intl.Collator('en', { numeric: true }).compare;

/**
 * A column's ascending order, computed once per column and row set: the rows with a known value
 * grouped by value (`order`, by rank, ties in table order), where each value's group starts
 * (`starts`, one more entry than there are values), and the rows without one (`unknown`).
 */
interface SortOrder {
  order: Uint32Array;
  starts: Uint32Array;
  unknown: Uint32Array;
}

/** The orders computed for each row set, by column: a row set is never changed once built. */
const orders = new WeakMap<TableData, Map<string, SortOrder>>();

/**
 * Sort a column by its distinct values only (numbers natively in a typed array, text with the
 * collator), then place every row by its value's rank with a counting sort: linear in the rows,
 * stable, and with values that compare equal (`7` and `7.0`, or text the collator ties) in one group.
 */
function sortOrder(data: TableData, key: string, numeric: boolean): SortOrder {
  let cache = orders.get(data);
  if (!cache) orders.set(data, (cache = new Map()));
  const cached = cache.get(key);
  if (cached) return cached;
  const rows = data.rows;
  const n = rows.length;
  const rank = new Int32Array(n).fill(-1);
  let groups = 0;
  if (numeric) {
    const nums = data.num(key) ?? [];
    const present: number[] = [];
    for (let i = 0; i < n; i++) {
      const v = nums[rows[i]!.index];
      if (v !== undefined && v !== null) present.push(v);
    }
    const sorted = Float64Array.from(present).sort();
    const rankOf = new Map<number, number>();
    for (let j = 0; j < sorted.length; j++) if (j === 0 || sorted[j] !== sorted[j - 1]) rankOf.set(sorted[j]!, groups++);
    for (let i = 0; i < n; i++) {
      const v = nums[rows[i]!.index];
      if (v !== undefined && v !== null) rank[i] = rankOf.get(v)!;
    }
  } else {
    const text = data.text(key) ?? [];
    const distinct = new Map<string, number>();
    for (let i = 0; i < n; i++) {
      const v = text[rows[i]!.index];
      if (v) distinct.set(v, 0);
    }
    const sorted = [...distinct.keys()].sort(natural);
    for (let j = 0; j < sorted.length; j++) {
      if (j === 0 || natural(sorted[j - 1]!, sorted[j]!) !== 0) groups++;
      distinct.set(sorted[j]!, groups - 1);
    }
    for (let i = 0; i < n; i++) {
      const v = text[rows[i]!.index];
      if (v) rank[i] = distinct.get(v)!;
    }
  }
  const starts = new Uint32Array(groups + 1);
  let unknownCount = 0;
  for (let i = 0; i < n; i++) {
    if (rank[i]! < 0) unknownCount++;
    else starts[rank[i]! + 1]!++;
  }
  for (let g = 0; g < groups; g++) starts[g + 1]! += starts[g]!;
  const order = new Uint32Array(n - unknownCount);
  const unknown = new Uint32Array(unknownCount);
  const next = starts.slice(0, groups);
  for (let i = 0, u = 0; i < n; i++) {
    if (rank[i]! < 0) unknown[u++] = i;
    else order[next[rank[i]!]!++] = i;
  }
  const result = { order, starts, unknown };
  cache.set(key, result);
  return result;
}

/** Compute a column's sort order ahead of a click (the page does it while idle); later sorts of the column only read it. */
export function prepareSort(data: TableData, key: string, numeric: boolean): void {
  sortOrder(data, key, numeric);
}

/** Indices of the rows that pass the state, in display order (stable for equal keys). */
export function viewIndices(data: TableData, state: TableState, columns: readonly TableColumn[]): number[] {
  const rows = data.rows;
  const keep = rowFilter(state, columns, data);
  const sort = state.sort;
  if (!sort) {
    const out: number[] = [];
    for (let i = 0; i < rows.length; i++) if (keep(rows[i]!)) out.push(i);
    return out;
  }
  const pass = new Uint8Array(rows.length);
  for (let i = 0; i < rows.length; i++) if (keep(rows[i]!)) pass[i] = 1;
  const numeric = columns.find((c) => c.key === sort.key)?.numeric ?? false;
  // Known values in order (a tie keeps table order in both directions), then the unknown ones in table order.
  const { order, starts, unknown } = sortOrder(data, sort.key, numeric);
  const out: number[] = [];
  if (sort.dir === 'asc') {
    for (const i of order) if (pass[i]) out.push(i);
  } else {
    for (let g = starts.length - 2; g >= 0; g--) for (let j = starts[g]!; j < starts[g + 1]!; j++) if (pass[order[j]!]) out.push(order[j]!);
  }
  for (const i of unknown) if (pass[i]) out.push(i);
  return out;
}

/** Count how many rows have each value of a set-faceted column. */
export function facetCounts(data: TableData, key: string): [value: string, count: number][] {
  const counts = new Map<string, number>();
  const text = data.text(key) ?? [];
  for (const row of data.rows) {
    const v = text[row.index];
    if (v) counts.set(v, (counts.get(v) ?? 0) + 1);
  }
  return [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
}

/** Prefix a cell that a spreadsheet would run as a formula, so it stays text. */
export function neutraliseFormula(text: string): string {
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}

/** The visible rows and columns as CSV (formula-looking cells neutralised). */
export function viewToCsv(data: TableData, indices: readonly number[], keys: readonly string[]): string {
  const lines = [csvLine(['id', ...keys])];
  const columns = keys.map((k) => data.text(k) ?? []);
  for (const i of indices) {
    const row = data.rows[i]!;
    lines.push(csvLine([row.id, ...columns.map((text) => text[row.index] ?? '')].map(neutraliseFormula)));
  }
  return lines.join('\n') + '\n';
}

/** The visible rows and columns as JSON: numbers as numbers, unknown as null. */
export function viewToJson(data: TableData, indices: readonly number[], keys: readonly string[], numeric: ReadonlySet<string>): string {
  const columns = keys.map((k) => [k, data.text(k) ?? [], numeric.has(k) ? (data.num(k) ?? []) : []] as const);
  const out = indices.map((i) => {
    const row = data.rows[i]!;
    const record: Record<string, string | number | null> = { id: row.id };
    for (const [k, texts, nums] of columns) {
      const text = texts[row.index] ?? '';
      const n = nums[row.index];
      record[k] = text === '' ? null : n !== undefined && n !== null && !text.includes('→') ? n : text;
    }
    return record;
  });
  return JSON.stringify(out, null, 2) + '\n';
}
