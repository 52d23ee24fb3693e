/** The static paths of the dynamic pages, shared by the English and the Chinese routes. */
import { getSiteData } from './site-data.ts';

export async function modelPaths() {
  const data = await getSiteData();
  return data.models.map((model) => ({ params: { id: model.id }, props: { model } }));
}

/** One comparison page per model whose base model is in the data. */
export async function comparePairPaths() {
  const data = await getSiteData();
  return data.models.flatMap((m) =>
    typeof m.base_model === 'string' && data.modelById.has(m.base_model)
      ? [{ params: { a: m.id, b: m.base_model }, props: { a: m, b: data.modelById.get(m.base_model)! } }]
      : [],
  );
}

export async function surveyPaths() {
  const data = await getSiteData();
  return data.surveys.map((survey) => ({ params: { survey: survey.id }, props: { survey } }));
}
