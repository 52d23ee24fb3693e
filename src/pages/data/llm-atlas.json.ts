import type { APIRoute } from 'astro';
import { site } from '../../site/site-model.ts';

/** Every curated table in one JSON file, typed as in the JSON Schemas. */
export const GET: APIRoute = async () => {
  const d = site;
  const body = {
    license: 'CC-BY-4.0',
    models: d.models,
    organizations: [...d.organizations.values()],
    architectures: [...d.architectures.values()],
    training: [...d.training.values()],
    references: [...d.references.values()],
    provenance: d.provenanceRows,
  };
  return new Response(JSON.stringify(body) + '\n', { headers: { 'Content-Type': 'application/json' } });
};
