/**
 * The Astro content loader for the CSV data. It reads and checks the whole data folder once per
 * build (through the same code as `npm run validate`) and throws on any problem, listing them
 * all, so a bad CSV can never yield a silently empty collection.
 */
import { fileURLToPath } from 'node:url';
import { isAbsolute, resolve } from 'node:path';
import type { Loader } from 'astro/loaders';
import { formatIssue } from '../data/issues.ts';
import { loadDataset, type LoadResult } from '../data/load-dataset.ts';
import type { Dataset } from '../data/dataset.ts';

/** Folder of the data: `data/`, or `$LLM_ATLAS_DATA` (used by the benchmark and tests). */
export function dataDirectory(root: URL): { dir: string; shown: string } {
  const env = process.env.LLM_ATLAS_DATA;
  if (env) return { dir: isAbsolute(env) ? env : resolve(fileURLToPath(root), env), shown: env.replace(/\/+$/, '') };
  return { dir: fileURLToPath(new URL('./data/', root)), shown: 'data' };
}

let cached: { dir: string; result: LoadResult } | undefined;

export class DataError extends Error {
  override name = 'DataError';
}

function loadChecked(root: URL): Dataset {
  const { dir, shown } = dataDirectory(root);
  if (!cached || cached.dir !== dir) cached = { dir, result: loadDataset(dir, { displayDir: shown }) };
  const { issues, dataset } = cached.result;
  if (issues.length > 0) {
    const lines = issues.map(formatIssue);
    const error = new DataError(`${issues.length} problem${issues.length === 1 ? '' : 's'} in ${shown}/:\n${lines.join('\n')}`);
    error.stack = error.message; // the list is the whole story; a stack trace would only bury it
    throw error;
  }
  return dataset;
}

type Entry = { id: string; data: Record<string, unknown> };

function csvLoader(name: string, entries: (data: Dataset) => Entry[]): Loader {
  return {
    name: `llm-atlas-${name}`,
    load: async ({ store, config }) => {
      const data = loadChecked(config.root);
      store.clear();
      for (const entry of entries(data)) store.set(entry);
    },
  };
}

const byKey = <T extends object>(rows: { data: T }[], key: (row: T) => string): Entry[] =>
  rows.map((r) => ({ id: key(r.data), data: r.data as Record<string, unknown> }));

export const modelsLoader = () => csvLoader('models', (d) => byKey(d.models, (r) => r.id));
export const architecturesLoader = () => csvLoader('architectures', (d) => byKey(d.architectures, (r) => r.model_id));
export const trainingLoader = () => csvLoader('training', (d) => byKey(d.training, (r) => r.model_id));
export const referencesLoader = () => csvLoader('references', (d) => byKey(d.references, (r) => r.id));
export const provenanceLoader = () => csvLoader('provenance', (d) => byKey(d.provenance, (r) => `${r.table}/${r.model_id}/${r.column}`));
export const surveysLoader = () => csvLoader('surveys', (d) => byKey(d.surveys, (r) => r.id));
export const surveyDifferencesLoader = () =>
  csvLoader('survey-differences', (d) => byKey(d['survey-differences'], (r) => `${r.survey_id}/${r.table_id}/${r.model_id}/${r.column}`));
export const sizeDifferencesLoader = () => csvLoader('size-differences', (d) => byKey(d['size-differences'], (r) => r.model_id));
/** One entry per printed survey table: its registry row and its rows in printed order. */
export const surveyTablesLoader = () =>
  csvLoader('survey-tables', (d) =>
    d.surveyTables.map((t, order) => ({
      id: `${t.meta.survey_id}/${t.meta.table_id}`,
      data: { order, meta: t.meta, rows: t.rows.map((r) => r.data) },
    })),
  );
