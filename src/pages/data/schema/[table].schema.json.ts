import type { APIRoute, GetStaticPaths } from 'astro';
import { CORE_TABLES } from '../../../schemas/tables.ts';
import { tableJsonSchema } from '../../../dataset/schema-export.ts';

export const getStaticPaths = (() => CORE_TABLES.map((def) => ({ params: { table: def.name }, props: { def } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props, site }) =>
  new Response(JSON.stringify(tableJsonSchema(props.def as (typeof CORE_TABLES)[number], site!.href), null, 2) + '\n', {
    headers: { 'Content-Type': 'application/schema+json' },
  });
