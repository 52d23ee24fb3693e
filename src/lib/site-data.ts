/** The checked data set as the pages use it: typed rows plus indexes, built once per build. */
import { getCollection, type CollectionKey } from 'astro:content';
import type { ArchitectureRow } from '../schemas/architectures.ts';
import type { ModelRow } from '../schemas/models.ts';
import type { ProvenanceRow } from '../schemas/provenance.ts';
import type { ReferenceRow } from '../schemas/references.ts';
import type { SurveyDifferenceRow, SurveyRow, SurveyTableRow } from '../schemas/surveys.ts';
import type { TrainingRow } from '../schemas/training.ts';
import type { SizeDifferenceRow } from '../schemas/size-differences.ts';
import { indexProvenance, type ProvenanceIndex } from '../data/provenance.ts';
import { compareByRelease } from '../data/lineage.ts';
import { lineageForest, type LineageTree } from '../charts/lineage/lineage-layout.ts';

export interface PrintedTable {
  id: string;
  meta: SurveyTableRow;
  rows: Record<string, string | number | boolean | undefined>[];
}

export interface SiteData {
  /** Models sorted by release date (unknown last), then name. */
  models: ModelRow[];
  modelById: Map<string, ModelRow>;
  architectures: Map<string, ArchitectureRow>;
  training: Map<string, TrainingRow>;
  references: Map<string, ReferenceRow>;
  provenance: ProvenanceIndex;
  provenanceRows: ProvenanceRow[];
  surveys: SurveyRow[];
  surveyTables: PrintedTable[];
  differences: SurveyDifferenceRow[];
  sizeDifferences: SizeDifferenceRow[];
}

const data = async <T>(name: CollectionKey) =>
  (await getCollection(name)).map((entry) => entry.data as T);

async function load(): Promise<SiteData> {
  const models = (await data<ModelRow>('models')).sort(compareByRelease);
  const provenanceRows = await data<ProvenanceRow>('provenance');
  const tables = await data<{ order: number; meta: SurveyTableRow; rows: PrintedTable['rows'] }>('surveyTables');
  return {
    models,
    modelById: new Map(models.map((m) => [m.id, m])),
    architectures: new Map((await data<ArchitectureRow>('architectures')).map((r) => [r.model_id, r])),
    training: new Map((await data<TrainingRow>('training')).map((r) => [r.model_id, r])),
    references: new Map((await data<ReferenceRow>('references')).map((r) => [r.id, r])),
    provenance: indexProvenance(provenanceRows),
    provenanceRows,
    surveys: await data<SurveyRow>('surveys'),
    surveyTables: tables
      .sort((a, b) => a.order - b.order)
      .map((t) => ({ id: `${t.meta.survey_id}/${t.meta.table_id}`, meta: t.meta, rows: t.rows })),
    differences: await data<SurveyDifferenceRow>('surveyDifferences'),
    sizeDifferences: await data<SizeDifferenceRow>('sizeDifferences'),
  };
}

let cached: Promise<SiteData> | undefined;
export function getSiteData(): Promise<SiteData> {
  return (cached ??= load());
}

/** The models as lineage input: id, name and base model where known. */
export function lineageModels(data: SiteData) {
  return data.models.map((m) => ({ id: m.id, name: m.name, ...(typeof m.base_model === 'string' ? { base: m.base_model } : {}) }));
}

const forests = new WeakMap<SiteData, Map<string, LineageTree>>();

/** The lineage tree each model belongs to, laid out once per build. */
export function lineageTreeFor(data: SiteData, id: string): LineageTree | undefined {
  let byModel = forests.get(data);
  if (!byModel) {
    byModel = new Map();
    for (const tree of lineageForest(lineageModels(data))) for (const node of tree.nodes) byModel.set(node.id, tree);
    forests.set(data, byModel);
  }
  return byModel.get(id);
}

const derived = new WeakMap<SiteData, Map<string, ModelRow[]>>();

/** Models whose base model is `id`, from an index built once per build. */
export function derivedFrom(data: SiteData, id: string): ModelRow[] {
  let index = derived.get(data);
  if (!index) {
    index = new Map();
    for (const m of data.models) if (typeof m.base_model === 'string') index.set(m.base_model, [...(index.get(m.base_model) ?? []), m]);
    derived.set(data, index);
  }
  return index.get(id) ?? [];
}
