/**
 * `npm run data:import -- <config.json file or URL> --id <model-id> [--reference <id>] [--write] [--data DIR]`
 *
 * Reads a Hugging Face-style config.json and proposes the model's architectures.csv row plus one
 * provenance line per value (`config.json: num_key_value_heads`). Prints a diff against the
 * existing row, the keys it did not understand, and what the validator says of the result
 * (checked on a temporary copy of the data folder). Writes nothing without --write; with it,
 * updates data/architectures.csv and data/provenance.csv in canonical form. Never a stack trace.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { formatTable } from '../src/dataset/format-csv.ts';
import { diffRow, mapConfig, provenanceLines, rawConfigUrl, type ProposedValue } from '../src/dataset/import-config.ts';
import { formatIssue } from '../src/dataset/issues.ts';
import { loadDataset } from '../src/dataset/load-dataset.ts';
import type { CsvTable } from '../src/dataset/read-csv.ts';
import { CORE_TABLES, columnsOf } from '../src/schemas/tables.ts';

export interface ImportIo {
  fetch: (url: string) => Promise<{ ok: boolean; status: number; text: () => Promise<string> }>;
  log: (line: string) => void;
}

const USAGE = 'usage: npm run data:import -- <config.json file or URL> --id <model-id> [--reference <references.csv id>] [--write] [--data DIR]';

class UserError extends Error {}

/** The config's text: a file, or a URL fetched (a blob page turned into its raw form). */
async function readSource(source: string, io: ImportIo): Promise<{ text: string; shown: string }> {
  if (/^https?:\/\//i.test(source)) {
    const url = rawConfigUrl(source);
    let response: Awaited<ReturnType<ImportIo['fetch']>>;
    try {
      response = await io.fetch(url);
    } catch (error) {
      const cause = error instanceof Error && error.cause instanceof Error ? error.cause.message : error instanceof Error ? error.message : String(error);
      throw new UserError(`cannot fetch ${url}: no network connection (${cause}); download the file and pass its path instead`);
    }
    if (!response.ok) throw new UserError(`cannot fetch ${url}: expected HTTP 200, got ${response.status}`);
    return { text: await response.text(), shown: url };
  }
  try {
    return { text: readFileSync(source, 'utf8'), shown: source };
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new UserError(`cannot read ${source}: ${code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'is a folder, expected a config.json file' : String(code)}`);
  }
}

function parseJson(text: string, shown: string): Record<string, unknown> {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw new UserError(`${shown}: expected JSON, got text that does not parse (${error instanceof Error ? error.message : String(error)})`);
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new UserError(`${shown}: expected a JSON object of config keys, got ${Array.isArray(value) ? 'an array' : typeof value}`);
  }
  return value as Record<string, unknown>;
}

const pad = (s: string, n: number) => s.padEnd(n);

/** Rows of a CSV table with one row replaced or added (by key) and lines removed. */
function withRows(table: CsvTable, keep: (values: Record<string, string>) => boolean, added: Record<string, string>[]): CsvTable {
  const rows = table.rows.filter((r) => keep(r.values));
  return { ...table, rows: [...rows, ...added.map((values) => ({ line: 0, values, fields: [] }))] };
}

export async function main(argv: string[], io: ImportIo): Promise<number> {
  const { values: opts, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      id: { type: 'string' },
      reference: { type: 'string' },
      write: { type: 'boolean', default: false },
      data: { type: 'string', default: process.env.LLM_ATLAS_DATA ?? 'data' },
    },
  });
  if (positionals.length !== 1) throw new UserError(`expected one config.json file or URL, got ${positionals.length}\n${USAGE}`);
  if (!opts.id) throw new UserError(`expected --id <model-id> (the models.csv id of the row to propose)\n${USAGE}`);
  const id = opts.id;
  const source = positionals[0]!;
  const { text, shown } = await readSource(source, io);
  const result = mapConfig(parseJson(text, shown));
  if (!result.family && result.values.length === 0) {
    throw new UserError(`${shown}: expected a Hugging Face config.json (model_type, hidden_size, num_hidden_layers, …), got none of the keys the importer reads`);
  }

  const dataDir = resolve(opts.data!);
  const shownDir = opts.data!.replace(/\/+$/, '');
  const loaded = loadDataset(dataDir, { displayDir: shownDir });
  const archDef = CORE_TABLES.find((d) => d.name === 'architectures')!;
  const provDef = CORE_TABLES.find((d) => d.name === 'provenance')!;
  const archCsv = loaded.csv.get('architectures')!;
  const provCsv = loaded.csv.get('provenance')!;
  const existing = archCsv.rows.find((r) => r.values.model_id?.trim() === id)?.values;

  io.log(
    result.family
      ? `${shown}: family ${result.family} (from ${result.familyFrom})`
      : `${shown}: family not recognised (${result.familyFrom}); only the common keys were read — check every value`,
  );
  if (!loaded.dataset.models.some((m) => m.data.id === id)) io.log(`note: ${id} is not in ${shownDir}/models.csv yet; add its row there first (the validator will say so too)`);

  // The diff, cell by cell.
  const changes = diffRow(existing, result.values);
  const byColumn = new Map<string, ProposedValue>(result.values.map((v) => [v.column, v]));
  io.log(`\n${existing ? `${shownDir}/architectures.csv row ${id}` : `new ${shownDir}/architectures.csv row ${id}`} (kept / new / differs):`);
  const width = Math.max(...result.values.map((v) => v.column.length), 6);
  for (const c of changes) {
    const v = byColumn.get(c.column)!;
    const shownValue = c.kind === 'differs' ? `${c.before} → ${c.after}` : c.after;
    io.log(`  ${pad(c.kind, 8)}${pad(c.column, width + 2)}${pad(shownValue, 18)}${v.status === 'derived' ? `derived: ${v.note}` : `from ${v.keys.join(', ')}`}`);
  }
  if (result.skippedColumns.length > 0) io.log(`not in the schema yet, so not proposed: ${result.skippedColumns.join(', ')}`);
  io.log(result.unknownKeys.length > 0 ? `keys not understood (check them by hand): ${result.unknownKeys.join(', ')}` : 'every key was understood');

  // Provenance needs a reference.
  const reference = opts.reference;
  if (!reference) {
    io.log(
      `\n--reference is missing: the provenance lines need the id of this config.json in ${shownDir}/references.csv (e.g. hf-<org>-<repo>-config; add the entry first). Nothing written.`,
    );
    return opts.write ? 1 : 0;
  }
  if (!loaded.dataset.references.some((r) => r.data.id === reference)) {
    io.log(`\n--reference: expected an id in ${shownDir}/references.csv, got "${reference}"; add the config's entry there first. Nothing written.`);
    return 1;
  }
  // A kept cell keeps its row and its provenance line: its value is sourced already, maybe better.
  const kept = new Set(changes.filter((c) => c.kind === 'kept').map((c) => c.column));
  const changed = result.values.filter((v) => !kept.has(v.column));
  const provenance = provenanceLines(id, changed, reference);
  const differs = changes.filter((c) => c.kind === 'differs').length;
  io.log(`\nprovenance lines (${provenance.length}${kept.size > 0 ? `; the ${kept.size} kept ${kept.size === 1 ? 'cell keeps its' : 'cells keep their'} source` : ''}):`);
  for (const p of provenance) io.log(`  ${[p.table, p.model_id, p.column, p.status, p.reference, p.locator, p.note ?? ''].join(' | ')}`);

  // The proposed files, in canonical form.
  const columns = columnsOf(archDef.schema);
  const row: Record<string, string> = { ...(existing ?? { reference, locator: 'config.json' }), model_id: id };
  for (const v of changed) row[v.column] = v.value;
  const cleanRow = Object.fromEntries(columns.filter((c) => row[c] !== undefined && row[c] !== '').map((c) => [c, row[c]!]));
  const imported = new Set(changed.map((v) => v.column));
  const archText = formatTable(
    withRows(archCsv, (r) => r.model_id?.trim() !== id, [cleanRow]),
    archDef,
  );
  const provRows = provenance.map((p) => Object.fromEntries(Object.entries(p).filter(([, v]) => v !== undefined)) as Record<string, string>);
  const provText = formatTable(
    withRows(provCsv, (r) => !(r.table?.trim() === 'architectures' && r.model_id?.trim() === id && imported.has(r.column?.trim() ?? '')), provRows),
    provDef,
  );
  if ('error' in archText || 'error' in provText) {
    const error = 'error' in archText ? `${shownDir}/architectures.csv ${archText.error}` : `${shownDir}/provenance.csv ${(provText as { error: string }).error}`;
    io.log(`\ncannot build the result: ${error}. Nothing written.`);
    return 1;
  }

  // Validate the result on a temporary copy of the data folder.
  const temp = mkdtempSync(join(tmpdir(), 'atlas-import-'));
  let problems: string[];
  try {
    cpSync(dataDir, temp, { recursive: true });
    writeFileSync(join(temp, archDef.file), archText.text);
    writeFileSync(join(temp, provDef.file), provText.text);
    problems = loadDataset(temp, { displayDir: shownDir }).issues.map(formatIssue);
  } finally {
    rmSync(temp, { recursive: true, force: true });
  }
  if (problems.length > 0) {
    io.log(`\nthe validator finds ${problems.length} ${problems.length === 1 ? 'problem' : 'problems'} in the result:`);
    for (const p of problems) io.log(`  ${p}`);
  } else io.log('\nthe validator finds no problem in the result');

  if (differs > 0)
    io.log(
      `${differs} ${differs === 1 ? 'cell differs' : 'cells differ'} from the existing row: --write replaces ${differs === 1 ? 'it' : 'them'} with the config's value; check the old source first`,
    );
  if (!opts.write) {
    io.log('dry run: nothing written; add --write to update architectures.csv and provenance.csv');
    return problems.length > 0 ? 1 : 0;
  }
  if (problems.length > 0) {
    io.log('not written: fix the problems above first');
    return 1;
  }
  writeFileSync(join(dataDir, archDef.file), archText.text);
  writeFileSync(join(dataDir, provDef.file), provText.text);
  io.log(`written: ${shownDir}/architectures.csv (row ${id}) and ${shownDir}/provenance.csv (${provenance.length} lines)`);
  return 0;
}

/** Run the CLI, turning every user error into one line and an exit code. */
export async function run(argv: string[], io: ImportIo): Promise<number> {
  try {
    return await main(argv, io);
  } catch (error) {
    if (error instanceof UserError || (error instanceof Error && 'code' in error && String(error.code).startsWith('ERR_PARSE_ARGS'))) {
      io.log(`import: ${error.message}`);
      return 2;
    }
    io.log(`import: internal error: ${error instanceof Error ? error.message : String(error)}`);
    return 2;
  }
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  process.exitCode = await run(process.argv.slice(2), { fetch: (url) => fetch(url), log: (line) => console.log(line) });
}
