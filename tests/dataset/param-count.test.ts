import { expect, test } from 'vitest';
import { checkSizes, estimateParams, relativeDifference } from '../../src/dataset/param-count.ts';
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
