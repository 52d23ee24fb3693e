/**
 * The tables for the browser: paged for the server (each page complete without JavaScript) and
 * one compact, columnar payload of the explorer that every table page fetches once to filter,
 * sort and render every row.
 */
import type { ViewRow } from './curated-view.ts';
import type { ExplorerView } from './explorer.ts';
import type { Status } from '../schemas/enums.ts';

/** Rows per server-rendered page. */
export const PAGE_SIZE = 50;

/** How many pages a table has (at least one, so an empty table still has its page). */
export function pageCount(rows: number, size = PAGE_SIZE): number {
  return Math.max(1, Math.ceil(rows / size));
}

/** The rows of page `n` (1-based). */
export function pageRows<T>(rows: readonly T[], n: number, size = PAGE_SIZE): T[] {
  return rows.slice((n - 1) * size, n * size);
}

/** The path of page `n` of a table page (`/models/`, `/zh/models/`): the first page is the table's own. */
export function pagePath(base: string, n: number): string {
  return n === 1 ? base : `${base}page/${n}/`;
}

/** One column of the payload, indexed like `ids`. */
export interface PayloadColumn {
  /** The CSV text of every cell ('' where unknown). */
  v: string[];
  /** Numbers of a numeric column (null where unknown). */
  n?: (number | null)[];
  /** Display text, by row index, where it differs from the CSV text. */
  t?: Record<number, string>;
  /** Status and source, by row index, of the cells that are not plainly reported. */
  s?: Record<number, [Exclude<Status, 'reported'>, string]>;
}

/** The whole explorer, column by column: the data behind every row of every table page. */
export interface TablePayload {
  ids: string[];
  names: string[];
  /** Lowercased text the search box matches (name, organization, family, id). */
  search: string[];
  columns: Record<string, PayloadColumn>;
  /** Per table a preset is scoped to, one character per row: `1` where the model has a row in that table. */
  member: Record<'architectures' | 'training', string>;
}

/** The search text of a row, as the server's rows and the payload both carry it. */
export function searchText(row: ViewRow, organizationZh = ''): string {
  return `${row.name} ${row.organization} ${organizationZh} ${row.family} ${row.id}`.replace(/\s+/g, ' ').toLowerCase();
}

/** The explorer's payload: every column (detail columns too, for the reader who asks for them), every row. */
export function tablePayload(view: ExplorerView): TablePayload {
  const zh = view.labels.organization?.zh ?? {};
  const payload: TablePayload = {
    ids: view.rows.map((r) => r.id),
    names: view.rows.map((r) => r.name),
    search: view.rows.map((r) => searchText(r, zh[r.cells.organization?.csv ?? ''])),
    columns: {},
    member: {
      architectures: view.rows.map((r) => (view.member.architectures.has(r.id) ? '1' : '0')).join(''),
      training: view.rows.map((r) => (view.member.training.has(r.id) ? '1' : '0')).join(''),
    },
  };
  for (const c of view.columns) {
    const column: PayloadColumn = { v: [] };
    if (c.numeric) column.n = [];
    view.rows.forEach((row, i) => {
      const cell = row.cells[c.key]!;
      column.v.push(cell.text === '' ? '' : cell.csv);
      column.n?.push(cell.num ?? null);
      if (cell.text !== '' && cell.text !== cell.csv) (column.t ??= {})[i] = cell.text;
      if (cell.text !== '' && cell.status && cell.status !== 'reported' && cell.reference) (column.s ??= {})[i] = [cell.status, cell.reference];
    });
    payload.columns[c.key] = column;
  }
  return payload;
}
