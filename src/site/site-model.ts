/**
 * The one typed model of the site: the checked data set plus every index and derived view the
 * pages read, built once, eagerly, when the build (or the dev server) first imports this module.
 * Nothing else in `src/` keeps a cache of the data.
 *
 * In `npm run dev` the `llm-atlas-data` Vite plugin (astro.config.mjs) makes every CSV a
 * dependency of this module, so editing one rebuilds the model on the next page load.
 */
import 'virtual:llm-atlas/data-files';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { lineageForest, type LineageTree } from '../charts/lineage/lineage-layout.ts';
import { compareByRelease } from './lineage.ts';
import { curatedView, type CuratedView, type ViewRow } from './curated-view.ts';
import { explorerView, type ExplorerView } from './explorer.ts';
import type { CompareData, CompareField } from '../elements/compare.ts';
import type { Locale } from '../i18n/ui.ts';
import { formatIssue } from '../dataset/issues.ts';
import { loadDataset, type LoadResult } from '../dataset/load-dataset.ts';
import { modelRecords, type ModelRecord } from './guide-stats.ts';
import { indexProvenance, type ProvenanceIndex } from './provenance.ts';
import type { ArchitectureRow } from '../schemas/architectures.ts';
import type { CuratedTable } from '../schemas/enums.ts';
import type { ModelRow } from '../schemas/models.ts';
import type { OrganizationRow } from '../schemas/organizations.ts';
import type { ProvenanceRow } from '../schemas/provenance.ts';
import type { ReferenceRow } from '../schemas/references.ts';
import type { SizeDifferenceRow } from '../schemas/size-differences.ts';
import type { SurveyDifferenceRow, SurveyRow, SurveyTableRow } from '../schemas/surveys.ts';
import { CORE_TABLES } from '../schemas/tables.ts';
import type { TrainingRow } from '../schemas/training.ts';
import { buildCompareData, compareFields } from './compare-data.ts';
import { dataDirectory } from './data-directory.ts';

export type PrintedValue = string | number | boolean | undefined;

export interface PrintedTable {
  id: string;
  meta: SurveyTableRow;
  /** Path of the CSV inside the data folder (`surveys/zhao-2023/statistics.csv`). */
  file: string;
  rows: Record<string, PrintedValue>[];
}

export interface SiteModel {
  /** Models sorted by release date (unknown last), then name. */
  models: ModelRow[];
  modelById: ReadonlyMap<string, ModelRow>;
  organizations: ReadonlyMap<string, OrganizationRow>;
  architectures: ReadonlyMap<string, ArchitectureRow>;
  training: ReadonlyMap<string, TrainingRow>;
  references: ReadonlyMap<string, ReferenceRow>;
  provenance: ProvenanceIndex;
  provenanceRows: ProvenanceRow[];
  surveys: SurveyRow[];
  surveyTables: PrintedTable[];
  differences: SurveyDifferenceRow[];
  sizeDifferences: SizeDifferenceRow[];
  /** The bytes of every CSV as checked, by path inside the data folder: served unchanged. */
  files: ReadonlyMap<string, Buffer>;
  /** The three curated tables as displayed: text, sort value and source of every cell. */
  views: Readonly<Record<CuratedTable, CuratedView>>;
  /** The three tables joined on the model, with the explorer's derived columns. */
  explorer: ExplorerView;
  /** The same rows by model id, per table. */
  viewRows: Readonly<Record<CuratedTable, ReadonlyMap<string, ViewRow>>>;
  /** The lineage tree each model belongs to. */
  lineage: ReadonlyMap<string, LineageTree>;
  /** Models whose base model is the key. */
  derivedFrom: ReadonlyMap<string, ModelRow[]>;
  /** Every model's values for /compare/, display text computed once. */
  compare: CompareData;
  /** The comparison's fields with names and groups in each language. */
  compareFields: Readonly<Record<Locale, CompareField[]>>;
  /** Flat records (models ⋈ architectures ⋈ training) the guide's numbers are computed from. */
  records: ModelRecord[];
  /** Ids of the models Zhao et al.'s printed tables (not the timeline) list. */
  surveyModelIds: ReadonlySet<string>;
}

/** The problems of a data folder, thrown as one error whose message is the whole list. */
export class DataError extends Error {
  override name = 'DataError';
}

/** The models as lineage input: id, name and base model where known. */
export function lineageModels(models: readonly ModelRow[]) {
  return models.map((m) => ({ id: m.id, name: m.name, ...(typeof m.base_model === 'string' ? { base: m.base_model } : {}) }));
}

export function buildSiteModel(result: LoadResult, dir: string): SiteModel {
  const { dataset } = result;
  const models = dataset.models.map((r) => r.data).sort(compareByRelease);
  const architectures = new Map(dataset.architectures.map((r) => [r.data.model_id, r.data]));
  const training = new Map(dataset.training.map((r) => [r.data.model_id, r.data]));
  const provenanceRows = dataset.provenance.map((r) => r.data);
  const provenance = indexProvenance(provenanceRows);
  const surveyTables: PrintedTable[] = dataset.surveyTables.map((t) => ({
    id: `${t.meta.survey_id}/${t.meta.table_id}`,
    meta: t.meta,
    file: t.def.file,
    rows: t.rows.map((r) => r.data),
  }));

  const files = new Map<string, Buffer>();
  for (const file of [...CORE_TABLES.map((d) => d.file), ...surveyTables.map((t) => t.file)]) files.set(file, readFileSync(join(dir, file)));

  const lineage = new Map<string, LineageTree>();
  for (const tree of lineageForest(lineageModels(models))) for (const node of tree.nodes) lineage.set(node.id, tree);
  const derivedFrom = new Map<string, ModelRow[]>();
  for (const m of models) if (typeof m.base_model === 'string') derivedFrom.set(m.base_model, [...(derivedFrom.get(m.base_model) ?? []), m]);

  const organizations = new Map(dataset.organizations.map((r) => [r.data.id, r.data]));
  const input = { models, organizations, architectures, training, provenance };
  const views = { models: curatedView('models', input), architectures: curatedView('architectures', input), training: curatedView('training', input) };

  return {
    models,
    modelById: new Map(models.map((m) => [m.id, m])),
    organizations,
    architectures,
    training,
    references: new Map(dataset.references.map((r) => [r.data.id, r.data])),
    provenance,
    provenanceRows,
    surveys: dataset.surveys.map((r) => r.data),
    surveyTables,
    differences: dataset['survey-differences'].map((r) => r.data),
    sizeDifferences: dataset['size-differences'].map((r) => r.data),
    files,
    views,
    explorer: explorerView(views, input),
    viewRows: {
      models: new Map(views.models.rows.map((r) => [r.id, r])),
      architectures: new Map(views.architectures.rows.map((r) => [r.id, r])),
      training: new Map(views.training.rows.map((r) => [r.id, r])),
    },
    lineage,
    derivedFrom,
    compare: buildCompareData(views),
    compareFields: { en: compareFields(views, 'en'), zh: compareFields(views, 'zh') },
    records: modelRecords(models, architectures, training),
    surveyModelIds: new Set(surveyTables.filter((t) => t.meta.kind !== 'timeline').flatMap((t) => t.rows.map((r) => String(r.model_id)))),
  };
}

/** Read and check the data folder; throw every problem at once, or build the model. */
export function loadSiteModel(): SiteModel {
  const { dir, shown } = dataDirectory(process.cwd());
  const result = loadDataset(dir, { displayDir: shown });
  if (result.issues.length > 0) {
    const lines = result.issues.map(formatIssue);
    const error = new DataError(`${lines.length} problem${lines.length === 1 ? '' : 's'} in ${shown}/:\n${lines.join('\n')}`);
    error.stack = error.message; // the list is the whole story; a stack trace would only bury it
    throw error;
  }
  return buildSiteModel(result, dir);
}

export const site: SiteModel = loadSiteModel();
