/**
 * The chart parameters of a URL query whose values a chart cannot use, as `key=value` items for
 * its note, so a mistyped or hostile link says what it ignored instead of silently falling back.
 * `accepts` lists, per parameter the chart owns, which values it can use, and is read as a Map
 * so that no parameter name reaches a prototype; parameters the chart does not own are left
 * alone (a table on the same page may own them).
 */
export function ignoredParams(query: string, accepts: Readonly<Record<string, (value: string) => boolean>>): string[] {
  const owned = new Map(Object.entries(accepts));
  const out: string[] = [];
  for (const [key, value] of new URLSearchParams(query)) {
    const ok = owned.get(key);
    if (ok && !ok(value)) out.push(`${key}=${value.length > 40 ? `${value.slice(0, 39)}…` : value}`);
  }
  return out;
}
