import { describe, expect, test } from 'vitest';
import { medianOf, modelRecords, modelsWhere, mostCommon, stat } from '../../src/site/guide-stats.ts';
import type { ArchitectureRow } from '../../src/schemas/architectures.ts';
import type { ModelRow } from '../../src/schemas/models.ts';

const model = (id: string, date: string): ModelRow => ({ id, name: id, family: 'f', organization: 'o', release_date: date, reference: 'r' });
const arch = (id: string, a: Partial<ArchitectureRow>): [string, ArchitectureRow] => [id, { model_id: id, reference: 'r', ...a }];
const records = modelRecords(
  [model('gpt-3', '2020-05'), model('opt', '2022-05'), model('llama', '2023-02'), model('mystery', '2023-06')],
  new Map([
    arch('gpt-3', { norm_position: 'pre', position_encoding: 'learned', context_tokens: 2048, bias: true }),
    arch('opt', { norm_position: 'pre', position_encoding: 'learned', context_tokens: 2048, bias: true }),
    arch('llama', { norm_position: 'pre', position_encoding: 'rope', context_tokens: 2048, bias: false }),
    arch('mystery', {}),
  ]),
  new Map(),
);

describe('stat', () => {
  test('counts models that match among those with a known value', () => {
    expect(stat(records, { among: 'architectures.position_encoding', where: 'architectures.position_encoding=rope' })).toEqual({ count: 1, total: 3, share: 1 / 3 });
  });
  test('any of several values, booleans as yes/no', () => {
    expect(stat(records, { among: 'architectures.position_encoding', where: 'architectures.position_encoding=learned|relative' }).count).toBe(2);
    expect(stat(records, { among: 'architectures.bias', where: 'architectures.bias=yes' }).count).toBe(2);
  });
  test('scopes by ids and by years', () => {
    expect(stat(records, { among: 'architectures.position_encoding', where: 'architectures.position_encoding=rope', ids: new Set(['gpt-3', 'opt']) })).toEqual({
      count: 0,
      total: 2,
      share: 0,
    });
    expect(stat(records, { among: 'architectures.position_encoding', where: 'architectures.position_encoding=rope', years: [2023, 2026] }).total).toBe(1);
  });
  test('when no model has a known value there is no share, not 0 %', () => {
    expect(stat(records, { among: 'architectures.moe_experts', where: 'architectures.moe_experts=8' })).toEqual({ count: 0, total: 0 });
  });
  test('a malformed condition is an error the build reports', () => {
    expect(() => stat(records, { among: 'architectures.bias', where: 'architectures.bias' })).toThrow('a Stat needs "column=value"');
  });
});

describe('derived choices', () => {
  test('attention kind and dense-or-MoE follow from the architecture', () => {
    const r = modelRecords(
      [model('a', '2024'), model('b', '2024')],
      new Map([arch('a', { attention_heads: 32, kv_heads: 8, moe_experts: 8 }), arch('b', { attention_heads: 32, kv_heads: 32, moe_experts: null })]),
      new Map(),
    );
    expect(r.map((x) => [x['derived.attention'], x['derived.moe']])).toEqual([
      ['gqa', 'moe'],
      ['mha', 'dense'],
    ]);
  });
  test('shared experts are a yes/no of mixture-of-experts models only', () => {
    const r = modelRecords(
      [model('a', '2024'), model('b', '2024'), model('c', '2024'), model('d', '2024')],
      new Map([
        arch('a', { moe_experts: 64, moe_shared_experts: 2 }),
        arch('b', { moe_experts: 8, moe_shared_experts: 0 }),
        arch('c', { moe_experts: null, moe_shared_experts: null }),
        arch('d', { moe_experts: 8 }),
      ]),
      new Map(),
    );
    expect(r.map((x) => x['derived.shared_experts'])).toEqual(['yes', 'no', undefined, undefined]);
  });
});

describe('other queries', () => {
  test('modelsWhere lists the matching models', () => {
    expect(modelsWhere(records, { where: 'architectures.position_encoding=learned' }).map((r) => r['models.id'])).toEqual(['gpt-3', 'opt']);
    expect(modelsWhere(records, { where: 'architectures.position_encoding=alibi' })).toEqual([]);
  });
  test('`*` matches a present feature: a known value but n/a, 0 or no', () => {
    const r = modelRecords(
      [model('a', '2024'), model('b', '2024'), model('c', '2024'), model('d', '2024'), model('e', '2024')],
      new Map([
        arch('a', { nope_layers: 8, gated_attention: true }),
        arch('b', { nope_layers: 0, gated_attention: false }),
        arch('c', { final_logit_softcap: null }),
        arch('d', { final_logit_softcap: 30 }),
        arch('e', {}),
      ]),
      new Map(),
    );
    expect(modelsWhere(r, { where: 'architectures.nope_layers=*' }).map((x) => x['models.id'])).toEqual(['a']);
    expect(modelsWhere(r, { where: 'architectures.gated_attention=*' }).map((x) => x['models.id'])).toEqual(['a']);
    expect(stat(r, { among: 'architectures.final_logit_softcap', where: 'architectures.final_logit_softcap=*' })).toEqual({ count: 1, total: 2, share: 1 / 2 });
  });
  test('mostCommon and medianOf', () => {
    expect(mostCommon(records, 'architectures.position_encoding')).toEqual({ value: 'learned', count: 2, total: 3 });
    expect(medianOf(records, 'architectures.context_tokens')).toEqual({ value: 2048, total: 3 });
    expect(medianOf(records, 'architectures.moe_experts')).toBeUndefined();
    expect(mostCommon(records, 'architectures.moe_experts')).toBeUndefined();
  });
});
