/** The site search: a tiny index of model names, organizations and families, ranked by how well they match. */

/** [id, name, organization, family] */
export type SearchEntry = [string, string, string, string];

/** Entries whose text contains every word of the query, best first: name prefix, then name, then other fields. */
export function searchModels(index: readonly SearchEntry[], query: string, limit = 8): SearchEntry[] {
  const words = query.toLowerCase().split(/\s+/).filter(Boolean);
  if (words.length === 0) return [];
  const scored: [number, SearchEntry][] = [];
  for (const entry of index) {
    const name = entry[1].toLowerCase();
    const all = entry.join(' ').toLowerCase();
    if (!words.every((w) => all.includes(w))) continue;
    const score = name.startsWith(words[0]!) ? 0 : words.every((w) => name.includes(w)) ? 1 : 2;
    scored.push([score, entry]);
  }
  return scored
    .sort((a, b) => a[0] - b[0] || a[1][1].localeCompare(b[1][1], 'en', { numeric: true }))
    .slice(0, limit)
    .map(([, e]) => e);
}
