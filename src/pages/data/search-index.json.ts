import type { APIRoute } from 'astro';
import { site } from '../../site/site-model.ts';
import type { SearchEntry } from '../../elements/search.ts';
import { organizationName } from '../../site/organizations.ts';

/** The header search's index: id, name, organization and family of every model. */
export const GET: APIRoute = async () => {
  const { models, organizations } = site;
  // The organization as both languages name it, so "智谱" and "Zhipu" both find its models.
  const orgText = (id: string) => [...new Set([organizationName(organizations, id, 'en'), organizationName(organizations, id, 'zh')])].join(' ');
  const index: SearchEntry[] = models.map((m) => [m.id, m.name, orgText(m.organization), m.family, m.release_date ?? '']);
  return new Response(JSON.stringify(index), { headers: { 'Content-Type': 'application/json' } });
};
