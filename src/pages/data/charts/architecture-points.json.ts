import type { APIRoute } from 'astro';
import { site } from '../../../site/site-model.ts';
import { architecturePoints } from '../../../site/chart-data.ts';

/** The points of the architecture scatters, fetched when a reader first uses one (the page carries only their drawing). */
export const GET: APIRoute = () => new Response(JSON.stringify(architecturePoints(site)), { headers: { 'Content-Type': 'application/json' } });
