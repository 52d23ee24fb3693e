import { resolve } from 'node:path';
import { expect, test } from 'vitest';
import { loadDataset } from '../../src/dataset/load-dataset.ts';
import type { ArchitectureRow } from '../../src/schemas/architectures.ts';
import { kvCacheAtContext, kvCacheBytesPerToken, layerMix } from '../../src/values/kv-cache.ts';

const row = (r: Omit<ArchitectureRow, 'reference' | 'category'>): ArchitectureRow => ({ category: 'causal-decoder', reference: 'r', ...r });

// LLaMA 7B (Touvron et al. 2023, Table 2): 32 layers, 32 heads, d_model 4096, MHA, 2048 context.
const llama7b = row({ model_id: 'llama-7b', layers: 32, attention_heads: 32, kv_heads: 32, d_model: 4096, context_tokens: 2048 });
// Llama 3 8B (config.json): 32 layers, 32 heads, 8 key-value heads, head_dim 128, 8192 context.
const llama3 = row({ model_id: 'llama-3-8b', layers: 32, attention_heads: 32, kv_heads: 8, head_dim: 128, d_model: 4096, context_tokens: 8192 });
// DeepSeek-V3 (config.json): 61 layers, MLA with kv_lora_rank 512 and qk_rope_head_dim 64, 128K context.
const deepseekV3 = row({
  model_id: 'deepseek-v3',
  layers: 61,
  attention_heads: 128,
  kv_heads: 128,
  d_model: 7168,
  context_tokens: 131072,
  attention_kind: 'mla',
  q_lora_rank: 1536,
  kv_lora_rank: 512,
  qk_rope_head_dim: 64,
  qk_nope_head_dim: 128,
  v_head_dim: 128,
});
// Gemma 3 27B (config.json): 62 layers, 16 key-value heads of 128, sliding_window 1024, pattern 5 local : 1 global,
// i.e. global at layers 6, 12, …, 60 → 10 full and 52 sliding-window layers; 128K context.
const gemma3 = row({
  model_id: 'gemma-3-27b',
  layers: 62,
  attention_heads: 32,
  kv_heads: 16,
  head_dim: 128,
  d_model: 5376,
  context_tokens: 131072,
  full_attention_layers: 10,
  sliding_window_layers: 52,
  sliding_window_tokens: 1024,
});
// gpt-oss-120b (config.json): 36 layers alternating full and 128-token sliding attention, 8 key-value heads of 64.
const gptOss = row({
  model_id: 'gpt-oss-120b',
  layers: 36,
  attention_heads: 64,
  kv_heads: 8,
  head_dim: 64,
  d_model: 2880,
  context_tokens: 131072,
  full_attention_layers: 18,
  sliding_window_layers: 18,
  sliding_window_tokens: 128,
});
// Qwen3-Next-80B-A3B (config.json): 48 layers, 3 Gated DeltaNet : 1 gated attention → 12 full, 36 linear;
// the attention layers have 2 key-value heads of 256; 256K context.
const qwen3Next = row({
  model_id: 'qwen3-next-80b-a3b',
  layers: 48,
  attention_heads: 16,
  kv_heads: 2,
  head_dim: 256,
  d_model: 2048,
  context_tokens: 262144,
  full_attention_layers: 12,
  linear_attention_layers: 36,
  linear_attention_kind: 'gated-deltanet',
});

const ok = (r: ReturnType<typeof kvCacheBytesPerToken>) => {
  if (!r.ok) throw new Error(r.reason);
  return r;
};

test('dense MHA, LLaMA 7B: 2 × 32 layers × 32 kv heads × 128 (4096 / 32) × 2 bytes = 524,288 bytes/token', () => {
  const r = ok(kvCacheBytesPerToken(llama7b));
  expect(r.scheme).toBe('standard');
  expect(r.perToken).toBe(2 * 32 * 32 * 128 * 2);
  expect(r.perToken).toBe(524_288);
  // At its 2048-token context: 524,288 × 2048 = 1,073,741,824 bytes (1 GiB).
  expect(r.atContext).toEqual({ tokens: 2048, bytes: 1_073_741_824 });
  expect(r.formula).toContain('head_dim 128 (d_model / heads)');
  expect(r.formula).toContain('524,288 bytes/token');
});

test('GQA, Llama 3 8B: 2 × 32 × 8 × 128 × 2 = 131,072 bytes/token, 1 GiB at 8192 tokens', () => {
  const r = ok(kvCacheBytesPerToken(llama3));
  expect(r.perToken).toBe(131_072);
  expect(r.perTokenBeyondWindow).toBe(131_072);
  expect(r.atContext).toEqual({ tokens: 8192, bytes: 131_072 * 8192 });
  expect(r.atContext!.bytes).toBe(1_073_741_824);
});

test('MQA counts one key-value head when kv_heads is not recorded but the kind is', () => {
  // Falcon-7B-like: 32 layers, 71 heads of 64, one shared key-value head: 2 × 32 × 1 × 64 × 2 = 8,192.
  const r = ok(kvCacheBytesPerToken(row({ model_id: 'mqa', layers: 32, attention_heads: 71, head_dim: 64, attention_kind: 'mqa' })));
  expect(r.perToken).toBe(8_192);
});

test('MLA, DeepSeek-V3: (512 + 64) × 61 layers × 2 bytes = 70,272 bytes/token', () => {
  const r = ok(kvCacheBytesPerToken(deepseekV3));
  expect(r.scheme).toBe('mla');
  expect(r.valuesPerLayer).toBe(576);
  expect(r.perToken).toBe((512 + 64) * 61 * 2);
  expect(r.perToken).toBe(70_272);
  // At 131,072 tokens: 70,272 × 131,072 = 9,210,691,584 bytes (about 8.6 GiB).
  expect(r.atContext).toEqual({ tokens: 131_072, bytes: 9_210_691_584 });
  expect(r.formula).toContain('(kv_lora_rank 512 + qk_rope_head_dim 64)');
});

test('sliding-window hybrid, Gemma 3 27B: 52 layers stop at 1024 tokens, 10 keep growing', () => {
  const r = ok(kvCacheBytesPerToken(gemma3));
  // One layer, one token: 2 × 16 × 128 × 2 bytes = 8,192.
  expect(r.valuesPerLayer * 2).toBe(8_192);
  // Within the window every layer caches: 8,192 × 62 = 507,904 bytes/token.
  expect(r.perToken).toBe(507_904);
  // Past the window only the 10 global layers grow: 8,192 × 10 = 81,920 bytes/token.
  expect(r.perTokenBeyondWindow).toBe(81_920);
  // The sliding layers hold at most 52 × 1024 × 8,192 = 436,207,616 bytes.
  expect(r.slidingCapBytes).toBe(436_207_616);
  // At 131,072 tokens: 10 × 131,072 × 8,192 = 10,737,418,240 plus 436,207,616 = 11,173,625,856 bytes.
  expect(r.atContext).toEqual({ tokens: 131_072, bytes: 11_173_625_856 });
  // Within the window the cache is the plain per-token figure: 500 × 507,904 = 253,952,000.
  expect(kvCacheAtContext(gemma3, 500)).toMatchObject({ ok: true, tokens: 500, bytes: 253_952_000 });
});

test('sliding-window hybrid, gpt-oss-120b: 18 full + 18 layers at a 128-token window', () => {
  // Per layer and token: 2 × 8 × 64 × 2 = 2,048 bytes.
  const r = ok(kvCacheBytesPerToken(gptOss));
  expect(r.perToken).toBe(36 * 2_048); // 73,728
  expect(r.perTokenBeyondWindow).toBe(18 * 2_048); // 36,864
  // At 131,072 tokens: 18 × 131,072 × 2,048 = 4,831,838,208 plus 18 × 128 × 2,048 = 4,718,592 → 4,836,556,800.
  expect(kvCacheAtContext(gptOss, 131_072)).toMatchObject({ ok: true, bytes: 4_836_556_800 });
  // A context asked for overrides the model's: at 1,000 tokens, 36,864 × 1,000 + 18 × 128 × 2,048 = 41,582,592.
  expect(ok(kvCacheBytesPerToken(gptOss, { contextTokens: 1000 })).atContext).toEqual({ tokens: 1000, bytes: 41_582_592 });
});

test('linear-attention hybrid, Qwen3-Next-80B-A3B: only the 12 full-attention layers cache per token', () => {
  const r = ok(kvCacheBytesPerToken(qwen3Next));
  expect(r.mix).toEqual({ full: 12, sliding: 0, linear: 36, other: 0 });
  // 2 × 12 layers × 2 kv heads × 256 × 2 bytes = 24,576 bytes/token; the 36 Gated DeltaNet layers add 0.
  expect(r.perToken).toBe(2 * 12 * 2 * 256 * 2);
  expect(r.perToken).toBe(24_576);
  // At 262,144 tokens: 24,576 × 262,144 = 6,442,450,944 bytes (6 GiB).
  expect(r.atContext).toEqual({ tokens: 262_144, bytes: 6_442_450_944 });
  expect(r.constantState).toMatchObject({ layers: 36, kind: 'gated-deltanet', bytes: undefined });
  expect(r.formula).toContain('36 gated-deltanet layers keep a constant state (0 bytes/token)');
});

test('layers of no recorded kind are not counted as caching, and the result says so', () => {
  // Nemotron-3-Nano-30B-A3B (config.json): 6 attention layers with 2 key-value heads of 128 among 52;
  // 2 × 6 × 2 × 128 × 2 bytes = 6,144 bytes/token.
  const r = ok(
    kvCacheBytesPerToken(
      row({ model_id: 'nemotron-3-nano-30b-a3b', layers: 52, attention_heads: 32, kv_heads: 2, head_dim: 128, full_attention_layers: 6, linear_attention_layers: 23 }),
    ),
  );
  expect(r.perToken).toBe(6_144);
  expect(r.notes).toEqual(['23 layers of no recorded kind (not full, sliding-window or linear attention, e.g. MLP-only blocks) counted as not caching']);
});

test('without layer-mix columns every layer is full attention', () => {
  expect(layerMix({ layers: 32 })).toEqual({ full: 32, sliding: 0, linear: 0, other: 0 });
  // Only the linear count given: the rest are full.
  expect(layerMix({ layers: 48, linear_attention_layers: 36 })).toEqual({ full: 12, sliding: 0, linear: 36, other: 0 });
  // Nemotron-3-Nano-30B-A3B: 52 layers = 6 attention + 23 Mamba-2 + 23 MoE-only blocks; only the 6 cache.
  expect(layerMix({ layers: 52, full_attention_layers: 6, linear_attention_layers: 23 })).toEqual({ full: 6, sliding: 0, linear: 23, other: 23 });
});

test('a recorded window without layer counts is an upper bound, and the result says so', () => {
  // gemma-3-27b as in the data today: window 1024 and pattern 5:1, no layer counts → 62 full layers × 8,192 bytes.
  const r = ok(kvCacheBytesPerToken({ ...gemma3, full_attention_layers: undefined, sliding_window_layers: undefined, layer_pattern: '5:1' }));
  expect(r.perToken).toBe(507_904);
  expect(r.perTokenBeyondWindow).toBe(507_904);
  expect(r.notes).toEqual(['a window or layer pattern is recorded but not the layer counts: every layer counted as full attention (an upper bound)']);
  expect(ok(kvCacheBytesPerToken(gemma3)).notes).toBeUndefined();
});

test('missing or inconsistent values give a typed reason, never NaN', () => {
  expect(kvCacheBytesPerToken(row({ model_id: 'x', layers: 32, attention_heads: 32, d_model: 4096 }))).toEqual({ ok: false, missing: ['kv_heads'], reason: 'needs kv_heads' });
  expect(kvCacheBytesPerToken(row({ model_id: 'x', layers: 32, kv_heads: 8 }))).toMatchObject({ ok: false, missing: ['head_dim (or d_model and attention_heads)'] });
  expect(kvCacheBytesPerToken(row({ model_id: 'x', kv_heads: 8, head_dim: 128 }))).toMatchObject({ ok: false, missing: ['layers'] });
  expect(kvCacheBytesPerToken({ ...deepseekV3, kv_lora_rank: undefined })).toMatchObject({ ok: false, missing: ['kv_lora_rank'] });
  expect(kvCacheBytesPerToken({ ...gemma3, sliding_window_tokens: undefined })).toMatchObject({ ok: false, missing: ['sliding_window_tokens'] });
  expect(kvCacheBytesPerToken({ ...gemma3, full_attention_layers: 11 })).toMatchObject({ ok: false, reason: expect.stringContaining('is more than 62 layers') });
  expect(kvCacheBytesPerToken({ ...llama3, category: 'encoder-decoder' })).toMatchObject({ ok: false });
  expect(kvCacheAtContext(llama3, Number.NaN)).toMatchObject({ ok: false });
  // No context known: a per-token figure without atContext.
  expect(ok(kvCacheBytesPerToken({ ...llama3, context_tokens: undefined })).atContext).toBeUndefined();
});

test('every architecture in the data gives finite figures or a reason', () => {
  const { dataset } = loadDataset(resolve('data'));
  let computed = 0;
  for (const { data } of dataset.architectures) {
    const r = kvCacheBytesPerToken(data);
    if (!r.ok) {
      expect(r.reason.length).toBeGreaterThan(0);
      continue;
    }
    computed++;
    for (const n of [r.perToken, r.perTokenBeyondWindow, r.slidingCapBytes, r.atContext?.bytes ?? 0]) expect(Number.isFinite(n) && n >= 0).toBe(true);
  }
  expect(computed).toBeGreaterThan(100);
});
