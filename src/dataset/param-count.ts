/**
 * Recompute a decoder's parameter count from its architecture, to catch transcription errors:
 * embeddings + layers × (attention + feed-forward); norms and biases are left out (< 0.1 %).
 * Where a needed detail is unknown but bounded — tied embeddings, the number of key-value heads —
 * the estimate is a range over its possible values rather than a guess.
 */
import type { ArchitectureRow } from '../schemas/architectures.ts';

const GATED = new Set(['swiglu', 'geglu']);

export interface ParamEstimate {
  /** Smallest and largest total, in billions. */
  low: number;
  high: number;
}

function total(a: ArchitectureRow, kv: number, tied: boolean, ffn: number): number {
  const d = a.d_model!;
  const heads = a.attention_heads!;
  const headDim = a.head_dim ?? d / heads;
  const attention = 2 * d * heads * headDim + 2 * d * kv * headDim;
  return (a.vocab_size! * d * (tied ? 1 : 2) + a.layers! * (attention + ffn)) / 1e9;
}

/** The estimated total parameters in billions, or what is missing to compute it. */
export function estimateParams(a: ArchitectureRow): ParamEstimate | { reason: string } {
  if (a.category === 'encoder-decoder') return { reason: 'encoder-decoder models are not estimated' };
  const { layers, d_model: d, attention_heads: heads, vocab_size: vocab, activation } = a;
  if (!layers || !d || !heads || !vocab) return { reason: 'needs layers, d_model, attention_heads and vocab_size' };
  if (!activation) return { reason: 'needs activation (a gated FFN has three matrices, not two)' };
  const matrices = GATED.has(activation) ? 3 : 2;
  let ffn: number;
  if (typeof a.moe_experts === 'number') {
    const expertSize = typeof a.moe_ffn_size === 'number' ? a.moe_ffn_size : a.ffn_size;
    if (!expertSize) return { reason: 'needs moe_ffn_size or ffn_size' };
    const shared = typeof a.moe_shared_experts === 'number' ? a.moe_shared_experts : 0;
    ffn = (a.moe_experts + shared) * matrices * d * expertSize + d * a.moe_experts;
  } else {
    if (!a.ffn_size) return { reason: 'needs ffn_size' };
    ffn = matrices * d * a.ffn_size;
  }
  const kvs = a.kv_heads !== undefined ? [a.kv_heads] : [1, heads];
  const ties = a.tied_embeddings !== undefined ? [a.tied_embeddings] : [true, false];
  const totals = kvs.flatMap((kv) => ties.map((tied) => total(a, kv, tied, ffn)));
  return { low: Math.min(...totals), high: Math.max(...totals) };
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
