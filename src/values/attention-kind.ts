/** The attention kind a model's head counts imply, for rows that do not record it. */
export type DerivedAttentionKind = 'mha' | 'mqa' | 'gqa';

/**
 * Equal query and key-value heads → multi-head (mha); one key-value head → multi-query (mqa);
 * anything between → grouped-query (gqa). Unknown when either count is unknown.
 */
export function attentionKindFromHeads(heads: number | undefined, kvHeads: number | undefined): DerivedAttentionKind | undefined {
  if (heads === undefined || kvHeads === undefined) return undefined;
  if (kvHeads === heads) return 'mha';
  return kvHeads === 1 ? 'mqa' : 'gqa';
}
