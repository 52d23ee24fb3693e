import type { APIRoute } from 'astro';
import { site } from '../../site/site-model.ts';
import type { SearchEntry } from '../../elements/search.ts';

/** The header search's index: id, name, organization and family of every model. */
export const GET: APIRoute = async () => {
  const { models } = site;
  const index: SearchEntry[] = models.map((m) => [m.id, m.name, m.organization, m.family]);
  return new Response(JSON.stringify(index), { headers: { 'Content-Type': 'application/json' } });
};
