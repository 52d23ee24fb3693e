/** The site search: a tiny index of model names, organizations and families, ranked by how well they match, newest first. */

/** [id, name, organization, family, release date ('' when unknown)] */
export type SearchEntry = [string, string, string, string, string];

export interface SearchResult {
  /** The best matches, at most `limit`. */
  matches: SearchEntry[];
  /** How many entries match in all. */
  total: number;
}

/**
 * How well an entry matches (lower is better): the name is the query; the name starts with it; a
 * word of the name starts with each query word; the name holds every word; only the organization,
 * family or id does.
 */
function quality(entry: SearchEntry, query: string, words: readonly string[]): number {
  const name = entry[1].toLowerCase();
  if (name === query) return 0;
  if (name.startsWith(query)) return 1;
  const nameWords = name.split(/[\s\-_/.()]+/);
  if (words.every((w) => nameWords.some((n) => n.startsWith(w)))) return 2;
  if (words.every((w) => name.includes(w))) return 3;
  return 4;
}

/** Entries whose text contains every word of the query: best match first, then newest, then by name. */
export function searchModels(index: readonly SearchEntry[], query: string, limit = 8): SearchResult {
  const q = query.trim().toLowerCase().replace(/\s+/g, ' ');
  const words = q.split(' ').filter(Boolean);
  if (words.length === 0) return { matches: [], total: 0 };
  const scored: [number, SearchEntry][] = [];
  for (const entry of index) {
    const all = `${entry[0]} ${entry[1]} ${entry[2]} ${entry[3]}`.toLowerCase();
    if (!words.every((w) => all.includes(w))) continue;
    scored.push([quality(entry, q, words), entry]);
  }
  scored.sort(
    (a, b) =>
      a[0] - b[0] ||
      // Newest first; an unknown date last. Dates are ISO (2024, 2024-07, 2024-07-23), so text order is date order.
      (b[1][4] === '' ? -1 : a[1][4] === '' ? 1 : b[1][4].localeCompare(a[1][4])) ||
      a[1][1].localeCompare(b[1][1], 'en', { numeric: true }),
  );
  return { matches: scored.slice(0, limit).map(([, e]) => e), total: scored.length };
}
