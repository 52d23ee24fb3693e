/**
 * The canonical form of a data file: the schema's column order, rows sorted by the table's key
 * (numerically for numbers), cells trimmed, minimal quoting, `\n`, a final newline.
 */
import { columnsOf, type TableDef } from '../schemas/tables.ts';
import type { CsvTable } from './read-csv.ts';
import { toCsv } from './write-csv.ts';

const collator = (a: string, b: string) => {
  const na = Number(a);
  const nb = Number(b);
  if (a !== '' && b !== '' && Number.isFinite(na) && Number.isFinite(nb)) return na - nb;
  return a < b ? -1 : a > b ? 1 : 0;
};

/** The canonical text of a table, or a reason it cannot be formatted safely. */
export function formatTable(csv: CsvTable, def: TableDef): { text: string } | { error: string } {
  if (csv.issues.length > 0) return { error: 'has problems that need a person: run npm run data:validate' };
  const columns = columnsOf(def.schema);
  const header = new Set(csv.header);
  if (header.size !== columns.length || columns.some((c) => !header.has(c))) {
    return { error: 'its columns differ from the schema: run npm run data:validate' };
  }
  const rows = csv.rows.map((row) => columns.map((c) => (row.values[c] ?? '').trim()));
  if (def.sortByKey) {
    const keyIndex = def.key.map((k) => columns.indexOf(k));
    rows.sort((a, b) => {
      for (const i of keyIndex) {
        const d = collator(a[i]!, b[i]!);
        if (d !== 0) return d;
      }
      return 0;
    });
  }
  return { text: toCsv(columns, rows) };
}
