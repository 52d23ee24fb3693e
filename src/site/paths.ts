/** The static paths of the dynamic pages, shared by the English and the Chinese routes. */
import { site } from './site-model.ts';
import { PRESETS, presetRows } from './explorer.ts';
import { pageCount } from './table-payload.ts';

export async function modelPaths() {
  return site.models.map((model) => ({ params: { id: model.id }, props: { model } }));
}

/** One comparison page per model whose base model is in the site. */
export async function comparePairPaths() {
  return site.models.flatMap((m) =>
    typeof m.base_model === 'string' && site.modelById.has(m.base_model) ? [{ params: { a: m.id, b: m.base_model }, props: { a: m, b: site.modelById.get(m.base_model)! } }] : [],
  );
}

export async function surveyPaths() {
  return site.surveys.map((survey) => ({ params: { survey: survey.id }, props: { survey } }));
}

/** Pages 2… of each table and of the explorer (page 1 is the table's own page). */
export async function tablePagePaths() {
  return PRESETS.flatMap((table) =>
    Array.from({ length: pageCount(presetRows(table, site.explorer).length) - 1 }, (_, i) => ({ params: { table, n: String(i + 2) }, props: { table, page: i + 2 } })),
  );
}
