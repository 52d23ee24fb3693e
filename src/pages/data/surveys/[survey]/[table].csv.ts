import type { APIRoute, GetStaticPaths } from 'astro';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { dataDirectory } from '../../../../loaders/csv-loader.ts';
import { getSiteData } from '../../../../lib/site-data.ts';

/** Each survey table as printed, served as checked. */
export const getStaticPaths = (async () =>
  (await getSiteData()).surveyTables.map((t) => ({ params: { survey: t.meta.survey_id, table: t.meta.table_id } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params }) => {
  const { dir } = dataDirectory(pathToFileURL(`${process.cwd()}/`));
  return new Response(readFileSync(join(dir, 'surveys', params.survey!, `${params.table}.csv`)), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
