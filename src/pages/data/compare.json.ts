import type { APIRoute } from 'astro';
import { site } from '../../site/site-model.ts';

/** The display values of every model, for the compare page. */
export const GET: APIRoute = async () =>
  new Response(JSON.stringify(site.compare), { headers: { 'Content-Type': 'application/json' } });
