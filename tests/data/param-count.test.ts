import { expect, test } from 'vitest';
import { estimateParams } from '../../src/data/param-count.ts';
import type { ArchitectureRow } from '../../src/schemas/architectures.ts';

const llama7b: ArchitectureRow = {
  model_id: 'llama-7b', category: 'causal-decoder', activation: 'swiglu', layers: 32, attention_heads: 32, kv_heads: 32,
  d_model: 4096, ffn_size: 11008, vocab_size: 32000, tied_embeddings: false, reference: 'r',
};

test('a LLaMA-7B-shaped decoder comes to 6.74B parameters', () => {
  const r = estimateParams(llama7b);
  expect('billions' in r && Number(r.billions.toFixed(2))).toBe(6.74);
});

test('grouped-query attention shrinks the key and value projections', () => {
  const mha = estimateParams(llama7b);
  const gqa = estimateParams({ ...llama7b, kv_heads: 8 });
  expect('billions' in mha && 'billions' in gqa && mha.billions - gqa.billions).toBeCloseTo((32 * 2 * 4096 * 128 * 24) / 1e9, 6);
});

test('a mixture of experts counts every expert', () => {
  const moe = estimateParams({ ...llama7b, ffn_size: 14336, moe_experts: 8, moe_active_experts: 2, kv_heads: 8, d_model: 4096, vocab_size: 32000 });
  expect('billions' in moe && Number(moe.billions.toFixed(1))).toBe(46.7);
});

test('an incomplete row says what it needs', () => {
  expect(estimateParams({ ...llama7b, ffn_size: undefined })).toEqual({ reason: 'needs ffn_size' });
  expect(estimateParams({ ...llama7b, category: 'encoder-decoder' })).toEqual({ reason: 'encoder-decoder models are not estimated' });
});
