import type { APIRoute, GetStaticPaths } from 'astro';
import { site } from '../../../../site/site-model.ts';
import { timelinePayload } from '../../../../site/timeline-data.ts';
import { LOCALES, type Locale } from '../../../../i18n/locales.ts';

/** The timeline's rows in each language, fetched once by the timeline (the page carries only its drawing). */
export const getStaticPaths = (() => LOCALES.map((lang) => ({ params: { lang }, props: { lang } }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ lang: Locale }> = ({ props }) =>
  new Response(JSON.stringify(timelinePayload(site, props.lang)), { headers: { 'Content-Type': 'application/json' } });
