import type { APIRoute } from 'astro';
import { site } from '../../../site/site-model.ts';
import { tablePayload } from '../../../site/table-payload.ts';

/** The explorer's rows, column by column, as every table page reads them: fetched once. */
export const GET: APIRoute = () => new Response(JSON.stringify(tablePayload(site.explorer)), { headers: { 'Content-Type': 'application/json' } });
