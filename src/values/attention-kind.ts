/** The attention kind a model's head counts imply, for rows that do not record it. */
export type DerivedAttentionKind = 'mha' | 'mqa' | 'gqa';
export type AttentionKind = DerivedAttentionKind | 'mla';

/**
 * Equal query and key-value heads → multi-head (mha); one key-value head → multi-query (mqa);
 * anything between → grouped-query (gqa). Unknown when either count is unknown.
 */
export function attentionKindFromHeads(heads: number | undefined, kvHeads: number | undefined): DerivedAttentionKind | undefined {
  if (heads === undefined || kvHeads === undefined) return undefined;
  if (kvHeads === heads) return 'mha';
  return kvHeads === 1 ? 'mqa' : 'gqa';
}

/** A row's attention kind: as recorded (it may be mla), else as its head counts imply. */
export function attentionKindOf(a: { attention_kind?: AttentionKind; attention_heads?: number; kv_heads?: number }): AttentionKind | undefined {
  return a.attention_kind ?? attentionKindFromHeads(a.attention_heads, a.kv_heads);
}
