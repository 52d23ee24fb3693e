import { expect, test } from 'vitest';
import { trainingCompute } from '../../src/values/training-compute.ts';

test('dense, Chinchilla: 6 × 70B × 1,400B tokens = 5.88e23 FLOP at 20 tokens per parameter', () => {
  const r = trainingCompute({ params_billion: 70, active_params_billion: null, pretrain_tokens_billion: 1400 });
  expect(r).toMatchObject({ ok: true, params: 'total', paramsBillion: 70, tokensBillion: 1400, tokensPerParameter: 20 });
  expect(r.ok && r.flop).toBeCloseTo(6 * 70e9 * 1400e9, -10);
  expect(r.ok && r.flop).toBeCloseTo(5.88e23, -20);
  expect(r.ok && r.formula).toBe('6 × 70B total parameters × 1,400B tokens ≈ 5.88e23 FLOP');
});

test('MoE, DeepSeek-V3: the 37B active parameters, 6 × 37B × 14,800B = 3.29e24 FLOP, 400 tokens per active parameter', () => {
  const r = trainingCompute({ params_billion: 671, active_params_billion: 37, pretrain_tokens_billion: 14800 });
  expect(r).toMatchObject({ ok: true, params: 'active', paramsBillion: 37, tokensPerParameter: 400 });
  // 6 × 37e9 × 14.8e12 = 3.2856e24
  expect(r.ok && r.flop / 1e24).toBeCloseTo(3.2856, 6);
});

test('LLaMA 7B: 6 × 6.7B × 1,000B = 4.02e22 FLOP; active unknown falls back to the total', () => {
  const r = trainingCompute({ params_billion: 6.7, pretrain_tokens_billion: 1000 });
  expect(r).toMatchObject({ ok: true, params: 'total' });
  expect(r.ok && r.flop / 1e22).toBeCloseTo(4.02, 6);
  expect(r.ok && r.tokensPerParameter).toBeCloseTo(149.25, 2);
});

test('unknown parameters or tokens give a typed reason, not NaN', () => {
  expect(trainingCompute({ params_billion: 7 })).toEqual({ ok: false, missing: ['pretrain_tokens_billion'], reason: 'needs pretrain_tokens_billion' });
  expect(trainingCompute({ pretrain_tokens_billion: 1000 })).toMatchObject({ ok: false, missing: ['params_billion (or active_params_billion)'] });
  expect(trainingCompute({})).toMatchObject({ ok: false, missing: ['params_billion (or active_params_billion)', 'pretrain_tokens_billion'] });
  expect(trainingCompute({ params_billion: 0, pretrain_tokens_billion: 1000 })).toMatchObject({ ok: false });
});
