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

/** One row as the client sees it: CSV text per column, numbers for numeric columns. */
export interface TableRow {
  id: string;
  /** The row's position in the payload (or on the page, before the payload arrives). */
  index: number;
  /** Lowercased text searched by the free-text box (name, organization, family, id). */
  search: string;
  values: Record<string, string>;
  nums: Record<string, number>;
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

/** The rows of the payload as the filters, sorting and exports read them: every row, or a preset's scope. */
export function rowsFromPayload(payload: TablePayload, scope?: 'architectures' | 'training'): TableRow[] {
  const columns = Object.entries(payload.columns);
  const member = scope ? payload.member[scope] : undefined;
  const out: TableRow[] = [];
  payload.ids.forEach((id, i) => {
    if (member !== undefined && member[i] !== '1') return;
    const values: Record<string, string> = { name: payload.names[i] ?? '' };
    const nums: Record<string, number> = {};
    for (const [key, column] of columns) {
      values[key] = column.v[i] ?? '';
      const n = column.n?.[i];
      if (n !== undefined && n !== null) nums[key] = n;
    }
    out.push({ id, index: i, search: payload.search[i] ?? '', values, nums });
  });
  return out;
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
export function ignoredInQuery(query: string, columns: readonly TableColumn[], rows: readonly TableRow[]): string[] {
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
      const present = new Set(rows.map((r) => r.values[key] ?? ''));
      for (const v of value.split(',')) if (v !== '' && !present.has(v)) out.push(`${key}=${shorten(v)}`);
    } else {
      const m = RANGE.exec(value);
      if (!m || !validBound(m[1], column.facet) || !validBound(m[2], column.facet)) out.push(`${key}=${shorten(value)}`);
    }
  }
  return out;
}

const inRange = (value: number | undefined, range: Range): boolean => {
  if (value === undefined) return false;
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
export function rowFilter(state: TableState, columns: readonly TableColumn[]): (row: TableRow) => boolean {
  const words = state.q.trim().toLowerCase().split(/\s+/).filter(Boolean);
  const sets = Object.entries(state.sets)
    .filter(([, values]) => values.length > 0)
    .map(([key, values]) => [key, new Set(values)] as const);
  // A bound that is not a number or a date is marked on the page and left out, never applied as a filter.
  const ranges = Object.entries(state.ranges)
    .map(([key, r]) => {
      const facet = columns.find((c) => c.key === key)?.facet;
      const keep = (b: string | undefined) => (b !== undefined && b.trim() !== '' && validBound(b, facet) ? { value: b.trim() } : undefined);
      const min = keep(r.min);
      const max = keep(r.max);
      return [key, { ...(min ? { min: min.value } : {}), ...(max ? { max: max.value } : {}) }, facet === 'date'] as const;
    })
    .filter(([, r]) => r.min !== undefined || r.max !== undefined);
  return (row) => {
    for (const word of words) if (!row.search.includes(word)) return false;
    for (const [key, values] of sets) if (!values.has(row.values[key] ?? '')) return false;
    for (const [key, range, isDate] of ranges) {
      if (!(isDate ? inDateRange(row.values[key], range) : inRange(row.nums[key], range))) return false;
    }
    return true;
  };
}

/** Whether a row passes the search and every filter (a filtered column's unknown values do not). */
export function matchRow(row: TableRow, state: TableState, columns: readonly TableColumn[]): boolean {
  return rowFilter(state, columns)(row);
}

/** Natural order for text ("7B" before "13B"); one collator, since building one per comparison is slow. */
const natural = new Intl.Collator('en', { numeric: true }).compare;

/** Indices of the rows that pass the state, in display order (stable for equal keys). */
export function viewIndices(rows: readonly TableRow[], state: TableState, columns: readonly TableColumn[]): number[] {
  const out: number[] = [];
  const keep = rowFilter(state, columns);
  for (let i = 0; i < rows.length; i++) if (keep(rows[i]!)) out.push(i);
  const sort = state.sort;
  if (sort) {
    const numeric = columns.find((c) => c.key === sort.key)?.numeric ?? false;
    // Each row's key is read once, not once per comparison; unknown values go last in table order,
    // and the known ones sort by a plain comparison (numbers in a typed array).
    const known: number[] = [];
    const unknown: number[] = [];
    const sign = sort.dir === 'asc' ? 1 : -1;
    if (numeric) {
      const values = new Float64Array(rows.length);
      for (const i of out) {
        const v = rows[i]!.nums[sort.key];
        if (v === undefined) unknown.push(i);
        else {
          values[i] = v;
          known.push(i);
        }
      }
      known.sort((a, b) => sign * (values[a]! - values[b]!) || a - b);
    } else {
      const values = new Map<number, string>();
      for (const i of out) {
        const v = rows[i]!.values[sort.key];
        if (!v) unknown.push(i);
        else {
          values.set(i, v);
          known.push(i);
        }
      }
      known.sort((a, b) => sign * natural(values.get(a)!, values.get(b)!) || a - b);
    }
    return known.concat(unknown);
  }
  return out;
}

/** Count how many rows have each value of a set-faceted column. */
export function facetCounts(rows: readonly TableRow[], key: string): [value: string, count: number][] {
  const counts = new Map<string, number>();
  for (const row of rows) {
    const v = row.values[key];
    if (v) counts.set(v, (counts.get(v) ?? 0) + 1);
  }
  return [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
}

/** Prefix a cell that a spreadsheet would run as a formula, so it stays text. */
export function neutraliseFormula(text: string): string {
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}

/** The visible rows and columns as CSV (formula-looking cells neutralised). */
export function viewToCsv(rows: readonly TableRow[], indices: readonly number[], keys: readonly string[]): string {
  const lines = [csvLine(['id', ...keys])];
  for (const i of indices) {
    const row = rows[i]!;
    lines.push(csvLine([row.id, ...keys.map((k) => row.values[k] ?? '')].map(neutraliseFormula)));
  }
  return lines.join('\n') + '\n';
}

/** The visible rows and columns as JSON: numbers as numbers, unknown as null. */
export function viewToJson(rows: readonly TableRow[], indices: readonly number[], keys: readonly string[], numeric: ReadonlySet<string>): string {
  const out = indices.map((i) => {
    const row = rows[i]!;
    const record: Record<string, string | number | null> = { id: row.id };
    for (const k of keys) {
      const text = row.values[k] ?? '';
      record[k] = text === '' ? null : numeric.has(k) && row.nums[k] !== undefined && !text.includes('→') ? row.nums[k]! : text;
    }
    return record;
  });
  return JSON.stringify(out, null, 2) + '\n';
}
