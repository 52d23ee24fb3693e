/**
 * Read and check a whole data folder: every registered table, every printed survey table listed
 * in survey-tables.csv, then the cross-table checks. Never throws on bad data: every problem
 * comes back as an issue. Shared by `npm run data:validate` and the Astro loader.
 */
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { quote } from '../schemas/cells.ts';
import { CORE_TABLES, columnsOf, surveyTableDef, type CoreTableName, type TableDef } from '../schemas/tables.ts';
import type { SurveyTableRow } from '../schemas/surveys.ts';
import { checkDataset } from './check-dataset.ts';
import { emptyDataset, type Dataset } from './dataset.ts';
import { sortIssues, type Issue } from './issues.ts';
import { decodeCsvBytes, readCsvText, type CsvTable } from './read-csv.ts';
import { validateTable, type BadKey, type Located } from './validate-table.ts';

export interface LoadOptions {
  /** How paths are shown in messages (default `data`). */
  displayDir?: string;
  /** Today as YYYY-MM-DD (default: the current date, UTC). */
  today?: string;
}

export interface LoadResult {
  dataset: Dataset;
  /** Errors: any one fails validation and the build. */
  issues: Issue[];
  /** Printed, but they fail nothing (see Issue.severity). */
  warnings: Issue[];
  /** The CSV tables as read, by table name (for the formatter). */
  csv: Map<string, CsvTable>;
  stats: { files: number; rows: number };
}

export function readCsvFile(path: string, shown: string, columns?: readonly string[]): CsvTable {
  if (!existsSync(path)) return { file: shown, header: [], rows: [], issues: [{ file: shown, line: 1, column: 1, message: 'file is missing' }] };
  if (statSync(path).isDirectory()) return { file: shown, header: [], rows: [], issues: [{ file: shown, line: 1, column: 1, message: 'is a folder, expected a CSV file' }] };
  const decoded = decodeCsvBytes(readFileSync(path), shown);
  if (decoded.text === undefined) return { file: shown, header: [], rows: [], issues: decoded.issues };
  return readCsvText(decoded.text, shown, { columns });
}

function listCsvFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  const out: string[] = [];
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) out.push(...listCsvFiles(path));
    else if (name.toLowerCase().endsWith('.csv')) out.push(path);
  }
  return out;
}

export function loadDataset(dataDir: string, options: LoadOptions = {}): LoadResult {
  const displayDir = options.displayDir ?? 'data';
  const today = options.today ?? new Date().toISOString().slice(0, 10);
  const dataset = emptyDataset();
  const issues: Issue[] = [];
  const csv = new Map<string, CsvTable>();
  const files = new Map<string, string>();
  const positions = new Map<string, Map<string, number>>();
  const stats = { files: 0, rows: 0 };
  const partial = new Map<string, Located<Record<string, unknown>>[]>();
  const unreadable = new Set<string>();
  const causes = new Map<string, { table: CsvTable; key: readonly string[] }>();
  const badKeys = new Map<string, BadKey[]>();

  const load = <T>(def: TableDef) => {
    const shown = `${displayDir}/${def.file}`;
    const table = readCsvFile(join(dataDir, def.file), shown, columnsOf(def.schema));
    const { rows, partial: partialRows, issues: rowIssues, badKeys: bad } = validateTable<T>(table, def);
    badKeys.set(def.name, bad);
    issues.push(...table.issues, ...rowIssues);
    partial.set(def.name, partialRows);
    // Ids of a table that cannot be read whole are unknown, not missing: checks of ids that point
    // into it are skipped (and counted), or each would repeat the one problem.
    if (table.header.length === 0 || table.unusable || table.truncated || def.key.some((k) => !table.header.includes(k))) {
      unreadable.add(def.name);
      causes.set(def.name, { table, key: def.key });
    }
    csv.set(def.name, table);
    files.set(def.name, shown);
    positions.set(def.name, new Map(table.header.map((h, i) => [h, i + 1])));
    stats.files++;
    stats.rows += table.rows.length;
    return rows;
  };

  const def = (name: CoreTableName) => CORE_TABLES.find((d) => d.name === name)!;
  dataset.models = load(def('models'));
  dataset.architectures = load(def('architectures'));
  dataset.training = load(def('training'));
  dataset.organizations = load(def('organizations'));
  dataset.references = load(def('references'));
  dataset.provenance = load(def('provenance'));
  dataset.surveys = load(def('surveys'));
  dataset['survey-tables'] = load(def('survey-tables'));
  dataset['size-differences'] = load(def('size-differences'));
  dataset['survey-differences'] = load(def('survey-differences'));

  const registered = new Set<string>(CORE_TABLES.map((d) => d.file));
  for (const entry of dataset['survey-tables']) {
    const meta: SurveyTableRow = entry.data;
    const def = surveyTableDef(meta.survey_id, meta.table_id, meta.kind);
    registered.add(def.file);
    const rows = load<Record<string, string | number | boolean | undefined>>(def);
    const table = csv.get(def.name)!;
    if (table.header.length > 0 && table.rows.length !== meta.row_count) {
      issues.push({
        file: files.get('survey-tables')!,
        line: entry.line,
        column: positions.get('survey-tables')?.get('row_count') ?? 1,
        message: `row_count: ${meta.table_id} is recorded with ${meta.row_count} row${meta.row_count === 1 ? '' : 's'}, but ${def.file} has ${table.rows.length}`,
      });
    }
    dataset.surveyTables.push({ meta, def, rows });
  }

  // A row of survey-tables.csv with a bad cell still names its file: that file is not unknown.
  for (const { data } of partial.get('survey-tables') ?? []) {
    if (typeof data.survey_id === 'string' && typeof data.table_id === 'string') registered.add(`surveys/${data.survey_id}/${data.table_id}.csv`);
  }
  const skipped = new Map<string, number>();
  let unregistered = 0;
  for (const path of listCsvFiles(dataDir)) {
    const rel = relative(dataDir, path).split(sep).join('/');
    if (!registered.has(rel) && unreadable.has('survey-tables') && rel.startsWith('surveys/')) {
      // Its registry could not be read, so whether the file is registered is unknown.
      unregistered++;
    } else if (!registered.has(rel)) {
      issues.push({
        file: `${displayDir}/${rel}`,
        line: 1,
        column: 1,
        message: 'unknown CSV file: register it in src/schemas/tables.ts, or in survey-tables.csv for a survey table',
      });
    }
  }

  issues.push(...checkDataset(dataset, { files, positions, today, partial, unreadable, skipped, badKeys }));
  for (const bad of [...badKeys.values()].flat()) {
    if (bad.skipped > 0) bad.issue.message += ` (skipped until this is fixed: ${plural(bad.skipped, 'id')} that ${bad.skipped === 1 ? 'points' : 'point'} at it)`;
  }
  for (const [name, { table, key }] of causes) sayWhatWasSkipped(table, key, skipped.get(name) ?? 0, name === 'survey-tables' ? unregistered : 0);
  return {
    dataset,
    issues: sortIssues(issues.filter((i) => i.severity !== 'warning')),
    warnings: sortIssues(issues.filter((i) => i.severity === 'warning')),
    csv,
    stats,
  };
}

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

/** Add to the one message about an unreadable table how many checks wait on it. */
function sayWhatWasSkipped(table: CsvTable, keys: readonly string[], ids: number, surveyFiles: number) {
  const cause =
    table.issues.find((i) => i.message.startsWith('a quoted field is never closed')) ??
    table.issues.find((i) => keys.some((k) => i.message === `missing column ${quote(k)}`)) ??
    table.issues.find((i) => i.line === 1) ??
    table.issues[0];
  if (!cause) return;
  const parts = [
    ...(table.unusable && table.rows.length > 0 ? [`${plural(table.rows.length, 'row')} of this file`] : []),
    ...(ids > 0 ? [`${plural(ids, 'id')} that ${ids === 1 ? 'points' : 'point'} into it`] : []),
    ...(surveyFiles > 0 ? [plural(surveyFiles, 'survey table file')] : []),
  ];
  if (parts.length > 0) cause.message += ` (skipped until this is fixed: ${parts.join(', ')})`;
}
