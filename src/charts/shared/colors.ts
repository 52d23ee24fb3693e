/** Colour indices for the most common groups (up to nine); the rest share the "other" colour 9. */
export function assignColors(groups: Iterable<string>, fixed?: readonly string[]): Map<string, number> {
  const colors = new Map<string, number>();
  if (fixed) {
    fixed.forEach((g, i) => colors.set(g, Math.min(i, 9)));
    return colors;
  }
  const counts = new Map<string, number>();
  for (const g of groups) counts.set(g, (counts.get(g) ?? 0) + 1);
  [...counts]
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .slice(0, 9)
    .forEach(([g], i) => colors.set(g, i));
  return colors;
}
