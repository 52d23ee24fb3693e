import type { APIRoute, GetStaticPaths } from 'astro';
import { CURATED_TABLES } from '../../../schemas/enums.ts';
import { site } from '../../../site/site-model.ts';
import { tablePayload } from '../../../site/table-payload.ts';

/** Each curated table as the interactive table reads it: every row, column by column, fetched once. */
export const getStaticPaths = (() => CURATED_TABLES.map((table) => ({ params: { table }, props: { table } }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ table: (typeof CURATED_TABLES)[number] }> = ({ props }) =>
  new Response(JSON.stringify(tablePayload(site.views[props.table])), { headers: { 'Content-Type': 'application/json' } });
