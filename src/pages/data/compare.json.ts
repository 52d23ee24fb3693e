import type { APIRoute } from 'astro';
import { getSiteData } from '../../lib/site-data.ts';
import { compareData } from '../../lib/compare-data.ts';

/** The display values of every model, for the compare page. */
export const GET: APIRoute = async () =>
  new Response(JSON.stringify(compareData(await getSiteData())), { headers: { 'Content-Type': 'application/json' } });
