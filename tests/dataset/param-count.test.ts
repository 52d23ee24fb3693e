import { expect, test } from 'vitest';
import { checkSizes, estimateParams, mlaAttention, relativeDifference } from '../../src/dataset/param-count.ts';
import type { ArchitectureRow } from '../../src/schemas/architectures.ts';

const llama7b: ArchitectureRow = {
  model_id: 'llama-7b',
  category: 'causal-decoder',
  activation: 'swiglu',
  layers: 32,
  attention_heads: 32,
  kv_heads: 32,
  d_model: 4096,
  ffn_size: 11008,
  vocab_size: 32000,
  tied_embeddings: false,
  reference: 'r',
};
const billions = (r: ReturnType<typeof estimateParams>) => ('low' in r ? [Number(r.low.toFixed(2)), Number(r.high.toFixed(2))] : r.reason);

test('a LLaMA-7B-shaped decoder comes to 6.74B parameters', () => {
  expect(billions(estimateParams(llama7b))).toEqual([6.74, 6.74]);
});

test('grouped-query attention shrinks the key and value projections', () => {
  const mha = estimateParams(llama7b);
  const gqa = estimateParams({ ...llama7b, kv_heads: 8 });
  expect('low' in mha && 'low' in gqa && mha.low - gqa.low).toBeCloseTo((32 * 2 * 4096 * 128 * 24) / 1e9, 6);
});

test('a mixture of experts counts every expert', () => {
  const moe = estimateParams({ ...llama7b, ffn_size: 14336, moe_experts: 8, moe_active_experts: 2, kv_heads: 8 });
  expect(billions(moe)).toEqual([46.7, 46.7]);
});

test('unknown tied embeddings and key-value heads widen the estimate into a range', () => {
  const r = estimateParams({ ...llama7b, tied_embeddings: undefined, kv_heads: undefined });
  expect('low' in r && r.high - r.low).toBeCloseTo((32000 * 4096 + 32 * 2 * 4096 * 128 * 31) / 1e9, 6);
});

test('an incomplete row says what it needs instead of guessing', () => {
  expect(estimateParams({ ...llama7b, ffn_size: undefined })).toEqual({ reason: 'needs ffn_size' });
  expect(estimateParams({ ...llama7b, activation: undefined })).toEqual({ reason: 'needs activation (a gated FFN has three matrices, not two)' });
  expect(estimateParams({ ...llama7b, category: 'encoder-decoder' })).toEqual({ reason: 'encoder-decoder models are not estimated' });
});

test('relativeDifference is zero inside the range and signed outside it', () => {
  expect(relativeDifference({ low: 10, high: 12 }, 11)).toBe(0);
  expect(relativeDifference({ low: 10, high: 12 }, 9)).toBeCloseTo(-0.1);
  expect(relativeDifference({ low: 10, high: 12 }, 13.2)).toBeCloseTo(0.1);
});

test('checkSizes skips models without a stated size', () => {
  expect(checkSizes([llama7b], () => undefined)).toEqual([]);
  expect(checkSizes([llama7b], () => 7)[0]!.difference).toBeCloseTo(7 / 6.738 - 1, 2);
});

// DeepSeek-V3 (config.json / report §4.2): d_model 7168, 128 heads, MLA (q_lora_rank 1536, kv_lora_rank 512,
// rope 64, nope 128, v 128), 61 layers of which the first 3 are dense (FFN 18432), the other 58 have
// 256 routed + 1 shared SwiGLU experts of 2048; vocabulary 129280, untied.
const deepseekV3: ArchitectureRow = {
  ...llama7b,
  model_id: 'deepseek-v3',
  layers: 61,
  attention_heads: 128,
  kv_heads: 128,
  head_dim: 128,
  d_model: 7168,
  ffn_size: 18432,
  vocab_size: 129280,
  attention_kind: 'mla',
  q_lora_rank: 1536,
  kv_lora_rank: 512,
  qk_rope_head_dim: 64,
  qk_nope_head_dim: 128,
  v_head_dim: 128,
  moe_experts: 256,
  moe_active_experts: 8,
  moe_shared_experts: 1,
  moe_ffn_size: 2048,
  moe_dense_layers: 3,
};

test('latent attention follows DeepSeek-V2 model.py: DeepSeek-V3 attention is 187,105,280 per layer', () => {
  // wq_a 7168 × 1536 = 11,010,048; wq_b 1536 × 128 × (128 + 64) = 37,748,736; wkv_a 7168 × (512 + 64) = 4,128,768;
  // wkv_b 512 × 128 × (128 + 128) = 16,777,216; wo 128 × 128 × 7168 = 117,440,512.
  expect(mlaAttention(deepseekV3)).toBe(11_010_048 + 37_748_736 + 4_128_768 + 16_777_216 + 117_440_512);
  expect(mlaAttention(deepseekV3)).toBe(187_105_280);
  // Without a query rank (DeepSeek-V2-Lite, q_lora_rank n/a) the query is one 7168 × 128 × 192 projection.
  expect(mlaAttention({ ...deepseekV3, q_lora_rank: null })).toBe(7168 * 128 * 192 + 4_128_768 + 16_777_216 + 117_440_512);
});

test('MoE with shared experts and a dense prefix: DeepSeek-V3 comes to 671.03B', () => {
  // embeddings 2 × 129280 × 7168 = 1,853,358,080
  // attention 61 × 187,105,280 = 11,413,422,080
  // dense FFN 3 × 3 × 7168 × 18432 = 1,189,085,184
  // MoE 58 × ((256 + 1) × 3 × 7168 × 2048 + 7168 × 256 router) = 58 × 11,320,164,352 = 656,569,532,416
  // total 671,025,397,760
  const r = estimateParams(deepseekV3);
  expect('low' in r && r.low * 1e9).toBeCloseTo(671_025_397_760, -3);
  expect(billions(r)).toEqual([671.03, 671.03]);
  // Counting all 61 layers as MoE with full-rank 128 × 128 attention (the estimator before MLA and moe_dense_layers) gave 721.04B.
  expect(billions(estimateParams({ ...deepseekV3, moe_dense_layers: undefined, attention_kind: undefined }))).toEqual([721.04, 721.04]);
  expect(estimateParams({ ...deepseekV3, ffn_size: null })).toEqual({ reason: 'needs ffn_size for the moe_dense_layers dense layers' });
});

test('incomplete latent-attention dimensions fall back to full-rank attention and say so', () => {
  const r = estimateParams({ ...deepseekV3, qk_rope_head_dim: undefined });
  expect('low' in r && r.notes).toEqual(['latent-attention dimensions incomplete: counted as full-rank attention']);
});

test('linear-attention layers are counted as attention with the same d_model, and the estimate says so', () => {
  // Qwen3-Next-80B-A3B: 48 layers (12 gated attention, 36 Gated DeltaNet), 16 heads of 256, 2 kv heads, d_model 2048,
  // 512 routed + 1 shared experts of 512, vocabulary 151936, untied.
  const qwen3Next: ArchitectureRow = {
    ...llama7b,
    model_id: 'qwen3-next-80b-a3b',
    layers: 48,
    attention_heads: 16,
    kv_heads: 2,
    head_dim: 256,
    d_model: 2048,
    ffn_size: null,
    vocab_size: 151936,
    moe_experts: 512,
    moe_active_experts: 10,
    moe_shared_experts: 1,
    moe_ffn_size: 512,
    moe_dense_layers: 0,
    full_attention_layers: 12,
    linear_attention_layers: 36,
    linear_attention_kind: 'gated-deltanet',
  };
  // embeddings 2 × 151936 × 2048 = 622,329,856
  // attention 48 × (2 × 2048 × 16 × 256 + 2 × 2048 × 2 × 256) = 48 × 18,874,368 = 905,969,664
  // MoE 48 × (513 × 3 × 2048 × 512 + 2048 × 512) = 48 × 1,614,807,040 = 77,510,737,920
  // total 79,039,037,440 (the card: 80B; the real DeltaNet projections are larger)
  const r = estimateParams(qwen3Next);
  expect('low' in r && r.low * 1e9).toBeCloseTo(79_039_037_440, -3);
  expect('low' in r && r.notes).toEqual(['36 gated-deltanet layers counted approximately as standard attention with the same d_model and heads']);
});
