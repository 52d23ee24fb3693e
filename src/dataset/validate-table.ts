/** Apply a table's zod schema to the rows read from its CSV, turning zod issues into located issues. */
import type { z } from 'astro/zod';
import { quote } from '../schemas/cells.ts';
import { columnsOf, type TableDef } from '../schemas/tables.ts';
import type { Issue } from './issues.ts';
import type { CsvTable } from './read-csv.ts';

/** A typed row and the line it came from. */
export interface Located<T> {
  line: number;
  data: T;
}

export interface ValidatedTable<T> {
  /** Rows whose every cell is valid. */
  rows: Located<T>[];
  /** Every row with its valid cells only, so cross-table checks can still run on rows with errors. */
  partial: Located<Record<string, unknown>>[];
  issues: Issue[];
  /**
   * Rows whose one-column key is invalid, with the issue saying so: ids elsewhere that point at
   * what the key was meant to be are then not reported as dangling on top of it.
   */
  badKeys: BadKey[];
}

export interface BadKey {
  raw: string;
  issue: Issue;
  /** How many ids elsewhere were not checked because of it (filled in by the cross-table checks). */
  skipped: number;
}

export function validateTable<T = Record<string, unknown>>(csv: CsvTable, def: TableDef): ValidatedTable<T> {
  const issues: Issue[] = [];
  const rows: Located<T>[] = [];
  const partial: Located<Record<string, unknown>>[] = [];
  const position = new Map(csv.header.map((name, i) => [name, i + 1] as const));
  // A missing column is reported once, on the header; its cells are not checked row by row.
  const present = columnsOf(def.schema).filter((c) => position.has(c));
  const shape = def.schema.shape as Record<string, z.ZodType>;
  const firstKeyLine = new Map<string, number>();
  const badKeys: BadKey[] = [];
  // Reported once on the header by read-csv; checking the rows would repeat it on each of them.
  if (csv.unusable) return { rows, partial, issues, badKeys };
  // Without its key column every key would be "" and every row a duplicate of the first.
  const keyed = def.key.every((k) => position.has(k));

  for (const row of csv.rows) {
    if (row.fields.length !== csv.header.length) {
      // Reported by read-csv, and its cells may be misaligned: only a valid key is kept, so that
      // rows elsewhere that point at it are not reported as dangling on top of this problem.
      const key: Record<string, unknown> = {};
      for (const k of def.key) {
        const parsed = position.has(k) ? shape[k]!.safeParse(row.values[k]) : undefined;
        if (parsed?.success && parsed.data !== undefined) key[k] = parsed.data;
      }
      if (Object.keys(key).length === def.key.length) partial.push({ line: row.line, data: key });
      continue;
    }
    const data: Record<string, unknown> = {};
    let valid = true;
    for (const column of present) {
      const result = shape[column]!.safeParse(row.values[column]);
      if (result.success) {
        if (result.data !== undefined) data[column] = result.data;
      } else {
        valid = false;
        for (const issue of result.error.issues) {
          const located = { file: csv.file, line: row.line, column: position.get(column)!, message: `${column}: ${issue.message}` };
          issues.push(located);
          if (def.key.length === 1 && def.key[0] === column && row.values[column] !== undefined) badKeys.push({ raw: row.values[column]!.trim(), issue: located, skipped: 0 });
        }
      }
    }
    const key = def.key.map((k) => String(row.values[k]?.trim() ?? '')).join(' / ');
    const first = keyed ? firstKeyLine.get(key) : undefined;
    if (first !== undefined) {
      issues.push({ file: csv.file, line: row.line, column: position.get(def.key[0]!) ?? 1, message: `${def.key.join(' + ')}: duplicate ${quote(key)} (first on line ${first})` });
      continue;
    }
    firstKeyLine.set(key, row.line);
    partial.push({ line: row.line, data });
    if (valid && present.length === columnsOf(def.schema).length) rows.push({ line: row.line, data: data as T });
  }
  return { rows, partial, issues, badKeys };
}
