/**
 * Recompute a decoder's parameter count from its architecture, to catch transcription errors:
 * embeddings + Σ over layers (attention + feed-forward); norms and biases are left out (< 0.1 %),
 * as are multi-token-prediction modules (reports state the size without them).
 * Where a needed detail is unknown but bounded — tied embeddings, the number of key-value heads —
 * the estimate is a range over its possible values rather than a guess.
 *
 * - Attention: standard (MHA / GQA / MQA) is q and o (d × heads × head_dim each) plus k and v
 *   (d × kv_heads × head_dim each). Latent attention (MLA) follows DeepSeek-V2's model.py:
 *   wq_a d × q_lora_rank and wq_b q_lora_rank × heads × (nope + rope) (or one wq d × heads × (nope +
 *   rope) without a q rank), wkv_a d × (kv_lora_rank + rope), wkv_b kv_lora_rank × heads × (nope + v)
 *   and wo heads × v × d.
 * - Feed-forward: moe_dense_layers dense layers of ffn_size first, the rest mixture-of-experts with
 *   (routed + shared experts) × moe_ffn_size plus a d × experts router.
 * - Linear-attention / state-space layers are counted approximately, as standard attention with the
 *   same d_model and head counts (their real projections differ by kind); the estimate says so in `notes`.
 */
import type { ArchitectureRow } from '../schemas/architectures.ts';
import { attentionKindOf } from '../values/attention-kind.ts';

const GATED = new Set(['swiglu', 'geglu']);

export interface ParamEstimate {
  /** Smallest and largest total, in billions. */
  low: number;
  high: number;
  /** Approximations the estimate made, in words (absent when it made none). */
  notes?: string[];
}

/** Parameters of one standard attention block (q, k, v, o). */
function standardAttention(a: ArchitectureRow, kv: number): number {
  const d = a.d_model!;
  const heads = a.attention_heads!;
  const headDim = a.head_dim ?? d / heads;
  return 2 * d * heads * headDim + 2 * d * kv * headDim;
}

/** Parameters of one latent-attention block, as in DeepSeek-V2's model.py, or undefined without its dimensions. */
export function mlaAttention(a: ArchitectureRow): number | undefined {
  const { d_model: d, attention_heads: heads, q_lora_rank: q, kv_lora_rank: kv, qk_rope_head_dim: rope, qk_nope_head_dim: nope, v_head_dim: v } = a;
  if (!d || !heads || typeof kv !== 'number' || typeof rope !== 'number' || typeof nope !== 'number' || typeof v !== 'number') return undefined;
  const qkHead = nope + rope;
  const query = typeof q === 'number' ? d * q + q * heads * qkHead : d * heads * qkHead;
  return query + d * (kv + rope) + kv * heads * (nope + v) + heads * v * d;
}

/** The estimated total parameters in billions, or what is missing to compute it. */
export function estimateParams(a: ArchitectureRow): ParamEstimate | { reason: string } {
  if (a.category === 'encoder-decoder') return { reason: 'encoder-decoder models are not estimated' };
  const { layers, d_model: d, attention_heads: heads, vocab_size: vocab, activation } = a;
  if (!layers || !d || !heads || !vocab) return { reason: 'needs layers, d_model, attention_heads and vocab_size' };
  if (!activation) return { reason: 'needs activation (a gated FFN has three matrices, not two)' };
  const matrices = GATED.has(activation) ? 3 : 2;
  const notes: string[] = [];

  // Feed-forward over all layers: a dense prefix, then mixture-of-experts.
  let ffn: number;
  if (typeof a.moe_experts === 'number') {
    const expertSize = typeof a.moe_ffn_size === 'number' ? a.moe_ffn_size : a.ffn_size;
    if (!expertSize) return { reason: 'needs moe_ffn_size or ffn_size' };
    const shared = typeof a.moe_shared_experts === 'number' ? a.moe_shared_experts : 0;
    const dense = typeof a.moe_dense_layers === 'number' ? Math.min(a.moe_dense_layers, layers) : 0;
    if (dense > 0 && typeof a.ffn_size !== 'number') return { reason: 'needs ffn_size for the moe_dense_layers dense layers' };
    const moeLayer = (a.moe_experts + shared) * matrices * d * expertSize + d * a.moe_experts;
    ffn = (dense > 0 ? dense * matrices * d * (a.ffn_size as number) : 0) + (layers - dense) * moeLayer;
  } else {
    if (!a.ffn_size) return { reason: 'needs ffn_size' };
    ffn = layers * matrices * d * a.ffn_size;
  }

  // Attention: linear-attention layers counted as standard attention, the rest by the row's kind.
  const linear = Math.min(a.linear_attention_layers ?? 0, layers);
  const attentionLayers = layers - linear;
  if (linear > 0) notes.push(`${linear} ${a.linear_attention_kind ?? 'linear-attention'} layers counted approximately as standard attention with the same d_model and heads`);
  let mla: number | undefined;
  if (attentionKindOf(a) === 'mla') {
    mla = mlaAttention(a);
    if (mla === undefined) notes.push('latent-attention dimensions incomplete: counted as full-rank attention');
    else if (a.q_lora_rank === undefined) notes.push('latent attention with an unknown q_lora_rank: query counted as one full-rank projection');
  }
  if (typeof a.mtp_modules === 'number') notes.push(`${a.mtp_modules} multi-token-prediction module${a.mtp_modules === 1 ? '' : 's'} not counted`);

  const attention = (kv: number) => (mla !== undefined ? attentionLayers * mla + linear * standardAttention(a, kv) : layers * standardAttention(a, kv));
  const kvs = a.kv_heads !== undefined ? [a.kv_heads] : [1, heads];
  const ties = a.tied_embeddings !== undefined ? [a.tied_embeddings] : [true, false];
  const totals = kvs.flatMap((kv) => ties.map((tied) => (vocab * d * (tied ? 1 : 2) + attention(kv) + ffn) / 1e9));
  if (!totals.every(Number.isFinite)) return { reason: 'the architecture values do not add up to a finite count' };
  const estimate: ParamEstimate = { low: Math.min(...totals), high: Math.max(...totals) };
  if (notes.length > 0) estimate.notes = notes;
  return estimate;
}

/** How far a stated size lies outside the estimate, relative to it: 0 inside the range. */
export function relativeDifference(estimate: ParamEstimate, stated: number): number {
  if (stated < estimate.low) return (stated - estimate.low) / estimate.low;
  if (stated > estimate.high) return (stated - estimate.high) / estimate.high;
  return 0;
}

export interface SizeCheck {
  modelId: string;
  stated: number;
  estimate: ParamEstimate;
  difference: number;
}

/** Every model with a stated size and a computable estimate, with how far apart they are. */
export function checkSizes(architectures: readonly ArchitectureRow[], statedSize: (modelId: string) => number | undefined): SizeCheck[] {
  const out: SizeCheck[] = [];
  for (const a of architectures) {
    const stated = statedSize(a.model_id);
    const estimate = estimateParams(a);
    if (stated === undefined || !('low' in estimate)) continue;
    out.push({ modelId: a.model_id, stated, estimate, difference: relativeDifference(estimate, stated) });
  }
  return out;
}
