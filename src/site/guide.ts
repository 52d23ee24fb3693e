/** Guide entries by language and topic. */
import { getCollection, type CollectionEntry } from 'astro:content';
import type { Locale } from '../i18n/ui.ts';

export type GuideEntry = CollectionEntry<'guide'>;

export const topicOf = (entry: GuideEntry) => entry.id.split('/')[1]!;

export async function guideEntries(locale: Locale): Promise<GuideEntry[]> {
  return (await getCollection('guide', (e) => e.id.startsWith(`${locale}/`))).sort((a, b) => a.data.order - b.data.order);
}
