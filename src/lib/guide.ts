/** Guide entries by language and topic, and the model records the guide's numbers are computed from. */
import { getCollection, type CollectionEntry } from 'astro:content';
import { modelRecords, type ModelRecord } from '../data/guide-stats.ts';
import type { Locale } from '../i18n/ui.ts';
import { getSiteData, type SiteData } from './site-data.ts';

export type GuideEntry = CollectionEntry<'guide'>;

export const topicOf = (entry: GuideEntry) => entry.id.split('/')[1]!;

export async function guideEntries(locale: Locale): Promise<GuideEntry[]> {
  return (await getCollection('guide', (e) => e.id.startsWith(`${locale}/`))).sort((a, b) => a.data.order - b.data.order);
}

let records: Promise<{ data: SiteData; records: ModelRecord[]; surveyIds: Set<string> }> | undefined;

/** The curated data as flat records, plus the ids of the models Zhao et al.'s tables print. */
export function guideData() {
  return (records ??= getSiteData().then((data) => ({
    data,
    records: modelRecords(data.models, data.architectures, data.training),
    surveyIds: new Set(data.surveyTables.filter((t) => t.meta.kind !== 'timeline').flatMap((t) => t.rows.map((r) => String(r.model_id)))),
  })));
}
