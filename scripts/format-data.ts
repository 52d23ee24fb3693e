/**
 * `npm run data:format` rewrites every data file in canonical form.
 * `npm run data:format -- --check` changes nothing and exits 1 naming each file that is not
 * canonical (this runs in `npm test`).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { formatTable } from '../src/dataset/format-csv.ts';
import { readCsvFile } from '../src/dataset/load-dataset.ts';
import { validateTable } from '../src/dataset/validate-table.ts';
import { CORE_TABLES, columnsOf, surveyTableDef, type TableDef } from '../src/schemas/tables.ts';
import type { SurveyTableRow } from '../src/schemas/surveys.ts';

function main(): number {
  const { values } = parseArgs({ options: { data: { type: 'string', default: 'data' }, check: { type: 'boolean', default: false } } });
  const dir = resolve(values.data!);
  const shownDir = values.data!.replace(/\/+$/, '');
  const defs: TableDef[] = [...CORE_TABLES];
  const registry = CORE_TABLES.find((d) => d.name === 'survey-tables')!;
  const registryCsv = readCsvFile(join(dir, registry.file), `${shownDir}/${registry.file}`, columnsOf(registry.schema));
  for (const { data } of validateTable<SurveyTableRow>(registryCsv, registry).rows) {
    defs.push(surveyTableDef(data.survey_id, data.table_id, data.kind));
  }

  let changed = 0;
  let failed = 0;
  for (const def of defs) {
    const path = join(dir, def.file);
    const shown = `${shownDir}/${def.file}`;
    const csv = readCsvFile(path, shown, columnsOf(def.schema));
    const result = formatTable(csv, def);
    if ('error' in result) {
      console.log(`${shown}: not formatted: ${result.error}`);
      failed++;
      continue;
    }
    if (readFileSync(path, 'utf8') === result.text) continue;
    changed++;
    if (values.check) console.log(`${shown}: not in canonical form: run npm run data:format`);
    else {
      writeFileSync(path, result.text);
      console.log(`${shown}: formatted`);
    }
  }
  if (values.check) {
    if (changed === 0 && failed === 0) console.log(`ok: ${defs.length} files in canonical form`);
    return changed > 0 || failed > 0 ? 1 : 0;
  }
  if (changed === 0 && failed === 0) console.log(`ok: ${defs.length} files already canonical`);
  return failed > 0 ? 1 : 0;
}

try {
  process.exitCode = main();
} catch (error) {
  console.error(`format:data: internal error: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 2;
}
