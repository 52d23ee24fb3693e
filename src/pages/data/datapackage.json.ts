import type { APIRoute } from 'astro';
import { dataPackage } from '../../dataset/schema-export.ts';
import { site as model } from '../../site/site-model.ts';
import { surveyTableDef } from '../../schemas/tables.ts';
import pkg from '../../../package.json';

export const GET: APIRoute = async ({ site }) => {
  const surveys = model.surveyTables.map((t) => surveyTableDef(t.meta.survey_id, t.meta.table_id, t.meta.kind));
  return new Response(JSON.stringify(dataPackage(site!.href, pkg.version, surveys), null, 2) + '\n', { headers: { 'Content-Type': 'application/json' } });
};
