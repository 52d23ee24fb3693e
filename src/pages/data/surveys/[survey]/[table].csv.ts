import type { APIRoute, GetStaticPaths } from 'astro';
import { site } from '../../../../site/site-model.ts';

/** Each survey table as printed, served byte for byte as checked. */
export const getStaticPaths = (() =>
  site.surveyTables.map((t) => ({ params: { survey: t.meta.survey_id, table: t.meta.table_id }, props: { bytes: site.files.get(t.file)! } }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ bytes: Buffer }> = ({ props }) => new Response(new Uint8Array(props.bytes), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
