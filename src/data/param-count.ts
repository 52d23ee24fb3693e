/**
 * Recompute a decoder's parameter count from its architecture, to catch transcription errors:
 * embeddings + layers × (attention + feed-forward), norms and biases left out (they are < 0.1 %).
 */
import type { ArchitectureRow } from '../schemas/architectures.ts';

const GATED = new Set(['swiglu', 'geglu']);

/** Estimated total parameters in billions, or a reason it cannot be computed. */
export function estimateParams(a: ArchitectureRow): { billions: number } | { reason: string } {
  if (a.category === 'encoder-decoder') return { reason: 'encoder-decoder models are not estimated' };
  const { layers, d_model: d, attention_heads: heads, vocab_size: vocab } = a;
  if (!layers || !d || !heads || !vocab) return { reason: 'needs layers, d_model, attention_heads and vocab_size' };
  const headDim = a.head_dim ?? d / heads;
  const kv = a.kv_heads ?? heads;
  const attention = 2 * d * heads * headDim + 2 * d * kv * headDim;
  const matrices = a.activation && GATED.has(a.activation) ? 3 : 2;
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
  const embeddings = vocab * d * (a.tied_embeddings === true ? 1 : 2);
  return { billions: (embeddings + layers * (attention + ffn)) / 1e9 };
}

/** Relative difference of an estimate from a stated size: (estimate − stated) / stated. */
export function relativeDifference(estimate: number, stated: number): number {
  return (estimate - stated) / stated;
}
