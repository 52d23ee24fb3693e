import type { APIRoute, GetStaticPaths } from 'astro';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { CORE_TABLES } from '../../schemas/tables.ts';
import { dataDirectory } from '../../loaders/csv-loader.ts';
import { getSiteData } from '../../lib/site-data.ts';

/** Each curated CSV, served as checked (the build fails before this if any file has a problem). */
export const getStaticPaths = (() => CORE_TABLES.map((def) => ({ params: { table: def.name }, props: { file: def.file } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props }) => {
  await getSiteData(); // runs the checked load first
  const { dir } = dataDirectory(pathToFileURL(`${process.cwd()}/`));
  return new Response(readFileSync(join(dir, props.file as string)), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
