import type { APIRoute, GetStaticPaths } from 'astro';
import { CORE_TABLES } from '../../schemas/tables.ts';
import { site } from '../../site/site-model.ts';

/** Each curated CSV, served byte for byte as checked (the build fails first if any file has a problem). */
export const getStaticPaths = (() => CORE_TABLES.map((def) => ({ params: { table: def.name }, props: { bytes: site.files.get(def.file)! } }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ bytes: Buffer }> = ({ props }) => new Response(new Uint8Array(props.bytes), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
