/**
 * Property: put a generated hostile value into one cell of a real row, and the validator either
 * refuses it with messages located at that cell, or accepts it with the value unchanged and free
 * of what the site must never serve (formulas, invisible characters, lossy numbers). The
 * properties are checked here with their own rules, not by calling the validator's.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { columnMeta } from '../../src/schemas/cells.ts';
import { loadDataset } from '../../src/dataset/load-dataset.ts';
import { readCsvText } from '../../src/dataset/read-csv.ts';
import { validateTable } from '../../src/dataset/validate-table.ts';
import { csvLine } from '../../src/dataset/write-csv.ts';
import { CORE_TABLES, columnsOf, type TableDef } from '../../src/schemas/tables.ts';
import { hostileValues } from './hostile.ts';
import { mulberry32 } from './prng.ts';

const real = loadDataset('data');
const defs: TableDef[] = [...CORE_TABLES, ...real.dataset.surveyTables.map((t) => t.def)];
const tables = defs.map((def) => ({ def, csv: real.csv.get(def.name)!, text: readFileSync(`data/${def.file}`, 'utf8') })).filter((t) => t.csv.rows.length > 0);

const FORMULA = /^[=+\-@\t\r]/;
const PLAIN_NUMBER = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?$/;
const EMOJI_JOINER = /(?<=\p{Extended_Pictographic}\u{fe0f}?)\u200d(?=\p{Extended_Pictographic})/gu;

/** What no accepted cell may hold, whatever the validator's own rules say. */
function forbidden(value: string, kind: string): string | undefined {
  if (FORMULA.test(value) && value !== '-' && !PLAIN_NUMBER.test(value)) return 'starts like a formula';
  if (/[\p{Cc}\p{Cf}\u2028\u2029]/u.test(value.replace(EMOJI_JOINER, ''))) return 'holds an invisible or control character';
  if (kind === 'url' && (/\s|\\/.test(value) || new URL(value).username !== '')) return 'is a URL that hides its host';
  if (value.length > 2000) return 'is longer than any cell may be';
  return undefined;
}

/** The real file with one cell replaced, keeping every line number (blank lines are skipped by the reader). */
function withCell(table: (typeof tables)[number], rowIndex: number, column: string, value: string): { text: string; line: number; col: number } {
  const row = table.csv.rows[rowIndex]!;
  const col = table.csv.header.indexOf(column);
  const fields = [...row.fields];
  fields[col] = value;
  return { text: `${csvLine(table.csv.header)}\n${'\n'.repeat(row.line - 2)}${csvLine(fields)}\n`, line: row.line, col: col + 1 };
}

describe('hostile values in real rows', () => {
  test.each([1, 2, 3, 4])('seed %i: refused where they stand, or accepted unchanged and clean', (seed) => {
    const random = mulberry32(seed * 7919);
    const values = hostileValues(seed, 400);
    let refused = 0;
    let accepted = 0;
    for (const value of values) {
      const table = tables[Math.floor(random() * tables.length)]!;
      const rowIndex = Math.floor(random() * table.csv.rows.length);
      const columns = columnsOf(table.def.schema).filter((c) => table.csv.header.includes(c));
      const column = columns[Math.floor(random() * columns.length)]!;
      const { text, line, col } = withCell(table, rowIndex, column, value);
      const file = `data/${table.def.file}`;
      const csv = readCsvText(text, file, { columns: columnsOf(table.def.schema) });
      const result = validateTable(csv, table.def);
      const issues = [...csv.issues, ...result.issues];
      const where = `${table.def.name} line ${line} ${column} = ${JSON.stringify(value).slice(0, 80)}`;
      if (issues.length > 0) {
        refused++;
        // Every message is about this cell (or the row it broke), short, and not a stack trace.
        for (const issue of issues) {
          expect(issue.file, where).toBe(file);
          expect(issue.line, where).toBe(line);
          expect(issue.message.length, where).toBeLessThan(400);
          expect(issue.message, where).not.toMatch(/\n|\bat .*\.ts:\d+|TypeError|undefined/);
        }
        const atCell = issues.some((i) => i.column === col && i.message.startsWith(`${column}: `));
        const structural = issues.some((i) => /fields: expected|quoted field|double quote/.test(i.message));
        expect(atCell || structural, where).toBe(true);
      } else {
        accepted++;
        const data = result.rows.find((r) => r.line === line)!.data as Record<string, unknown>;
        const kind = columnMeta(table.def.schema.shape[column] as never).kind;
        const got = data[column];
        const trimmed = value.trim();
        if (typeof got === 'string') expect(got, where).toBe(trimmed);
        else if (typeof got === 'number') expect(String(got) === trimmed || Number(trimmed) === got, where).toBe(true);
        expect(forbidden(trimmed, kind), where).toBeUndefined();
      }
    }
    // Both outcomes must occur, or the generator is not testing the boundary.
    expect(refused).toBeGreaterThan(50);
    expect(accepted).toBeGreaterThan(20);
  });
});
