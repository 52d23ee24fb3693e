import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { detectFamily, diffRow, mapConfig, provenanceLines, rawConfigUrl, schemaColumns, type ImportResult } from '../../src/dataset/import-config.ts';

/** The architecture columns being added in main (docs: NEW-COLUMNS), so the tests see both worlds. */
const NEW_COLUMNS = [
  'attention_kind',
  'full_attention_layers',
  'sliding_window_layers',
  'sliding_window_tokens',
  'linear_attention_layers',
  'linear_attention_kind',
  'layer_pattern',
  'sparse_attention',
  'sparse_attention_topk',
  'q_lora_rank',
  'kv_lora_rank',
  'qk_rope_head_dim',
  'qk_nope_head_dim',
  'v_head_dim',
  'qk_norm',
  'rope_theta',
  'partial_rotary_factor',
  'nope_layers',
  'gated_attention',
  'final_logit_softcap',
  'moe_dense_layers',
  'moe_router',
  'mtp_modules',
];
const ALL_COLUMNS = [...new Set([...schemaColumns(), ...NEW_COLUMNS])];

const fixture = (family: string): unknown => JSON.parse(readFileSync(`tests/fixtures/configs/${family}/config.json`, 'utf8'));
const row = (result: ImportResult) => Object.fromEntries(result.values.map((v) => [v.column, v.value]));
const value = (result: ImportResult, column: string) => result.values.find((v) => v.column === column);

const DENSE = { moe_experts: 'n/a', moe_active_experts: 'n/a', moe_shared_experts: 'n/a', moe_ffn_size: 'n/a', moe_dense_layers: 'n/a', moe_router: 'n/a' };
const NOT_MLA = { q_lora_rank: 'n/a', kv_lora_rank: 'n/a', qk_rope_head_dim: 'n/a', qk_nope_head_dim: 'n/a', v_head_dim: 'n/a' };
const BASE = { category: 'causal-decoder', norm_type: 'rmsnorm', norm_position: 'pre', position_encoding: 'rope', activation: 'swiglu' };

/** Expected rows, checked by hand against each fixture's source (tests/fixtures/configs/README.md). */
const EXPECTED: Record<string, { family: string; row: Record<string, string> }> = {
  llama: {
    family: 'llama',
    row: {
      ...BASE,
      ...DENSE,
      ...NOT_MLA,
      bias: 'no',
      layers: '32',
      attention_heads: '32',
      kv_heads: '8',
      head_dim: '128',
      d_model: '4096',
      ffn_size: '14336',
      vocab_size: '128256',
      context_tokens: '131072',
      tied_embeddings: 'no',
      attention_kind: 'gqa',
      full_attention_layers: '32',
      sliding_window_layers: '0',
      linear_attention_layers: '0',
      qk_norm: 'no',
      rope_theta: '500000',
    },
  },
  llama2: {
    family: 'llama',
    row: {
      ...BASE,
      ...DENSE,
      ...NOT_MLA,
      bias: 'no',
      layers: '32',
      attention_heads: '32',
      kv_heads: '32',
      head_dim: '128',
      d_model: '4096',
      ffn_size: '11008',
      vocab_size: '32000',
      context_tokens: '2048',
      tied_embeddings: 'no',
      attention_kind: 'mha',
      full_attention_layers: '32',
      sliding_window_layers: '0',
      linear_attention_layers: '0',
      qk_norm: 'no',
    },
  },
  llama4: {
    family: 'llama4',
    row: {
      ...BASE,
      ...NOT_MLA,
      bias: 'no',
      layers: '48',
      attention_heads: '40',
      kv_heads: '8',
      head_dim: '128',
      d_model: '5120',
      ffn_size: 'n/a',
      vocab_size: '202048',
      context_tokens: '10485760',
      tied_embeddings: 'no',
      moe_experts: '16',
      moe_active_experts: '1',
      moe_shared_experts: '1',
      moe_ffn_size: '8192',
      moe_dense_layers: '0',
      attention_kind: 'gqa',
      full_attention_layers: '48',
      sliding_window_layers: '0',
      linear_attention_layers: '0',
      qk_norm: 'no',
      rope_theta: '500000',
    },
  },
  mistral: {
    family: 'mistral',
    row: {
      ...BASE,
      ...DENSE,
      ...NOT_MLA,
      bias: 'no',
      layers: '32',
      attention_heads: '32',
      kv_heads: '8',
      head_dim: '128',
      d_model: '4096',
      ffn_size: '14336',
      vocab_size: '32000',
      context_tokens: '32768',
      tied_embeddings: 'no',
      attention_kind: 'gqa',
      full_attention_layers: '0',
      sliding_window_layers: '32',
      sliding_window_tokens: '4096',
      linear_attention_layers: '0',
      qk_norm: 'no',
      rope_theta: '10000',
    },
  },
  mixtral: {
    family: 'mixtral',
    row: {
      ...BASE,
      ...NOT_MLA,
      bias: 'no',
      layers: '32',
      attention_heads: '32',
      kv_heads: '8',
      head_dim: '128',
      d_model: '4096',
      ffn_size: 'n/a',
      vocab_size: '32000',
      context_tokens: '32768',
      tied_embeddings: 'no',
      moe_experts: '8',
      moe_active_experts: '2',
      moe_shared_experts: '0',
      moe_ffn_size: '14336',
      moe_dense_layers: '0',
      attention_kind: 'gqa',
      full_attention_layers: '32',
      sliding_window_layers: '0',
      linear_attention_layers: '0',
      qk_norm: 'no',
      rope_theta: '1000000',
    },
  },
  qwen2: {
    family: 'qwen2',
    row: {
      ...BASE,
      ...DENSE,
      ...NOT_MLA,
      bias: 'yes',
      layers: '28',
      attention_heads: '28',
      kv_heads: '4',
      head_dim: '128',
      d_model: '3584',
      ffn_size: '18944',
      vocab_size: '152064',
      context_tokens: '131072',
      tied_embeddings: 'no',
      attention_kind: 'gqa',
      full_attention_layers: '28',
      sliding_window_layers: '0',
      linear_attention_layers: '0',
      qk_norm: 'no',
      rope_theta: '1000000',
    },
  },
  qwen3: {
    family: 'qwen3',
    row: {
      ...BASE,
      ...DENSE,
      ...NOT_MLA,
      bias: 'no',
      layers: '36',
      attention_heads: '32',
      kv_heads: '8',
      head_dim: '128',
      d_model: '4096',
      ffn_size: '12288',
      vocab_size: '151936',
      context_tokens: '131072',
      tied_embeddings: 'no',
      attention_kind: 'gqa',
      full_attention_layers: '36',
      sliding_window_layers: '0',
      linear_attention_layers: '0',
      qk_norm: 'yes',
      rope_theta: '1000000',
    },
  },
  'qwen3-moe': {
    family: 'qwen3_moe',
    row: {
      ...BASE,
      ...NOT_MLA,
      bias: 'no',
      layers: '48',
      attention_heads: '32',
      kv_heads: '4',
      head_dim: '128',
      d_model: '2048',
      ffn_size: 'n/a',
      vocab_size: '151936',
      context_tokens: '131072',
      tied_embeddings: 'no',
      moe_experts: '128',
      moe_active_experts: '8',
      moe_shared_experts: '0',
      moe_ffn_size: '768',
      moe_dense_layers: '0',
      attention_kind: 'gqa',
      full_attention_layers: '48',
      sliding_window_layers: '0',
      linear_attention_layers: '0',
      qk_norm: 'yes',
      rope_theta: '1000000',
    },
  },
  'qwen3-next': {
    family: 'qwen3_next',
    row: {
      ...BASE,
      ...NOT_MLA,
      bias: 'no',
      layers: '48',
      attention_heads: '16',
      kv_heads: '2',
      head_dim: '256',
      d_model: '2048',
      ffn_size: 'n/a',
      vocab_size: '151936',
      context_tokens: '262144',
      tied_embeddings: 'no',
      moe_experts: '512',
      moe_active_experts: '10',
      moe_shared_experts: '1',
      moe_ffn_size: '512',
      moe_dense_layers: '0',
      attention_kind: 'gqa',
      full_attention_layers: '12',
      sliding_window_layers: '0',
      linear_attention_layers: '36',
      linear_attention_kind: 'gated-deltanet',
      layer_pattern: '3:1',
      qk_norm: 'yes',
      rope_theta: '10000000',
      partial_rotary_factor: '0.25',
      gated_attention: 'yes',
    },
  },
  'deepseek-v2': {
    family: 'deepseek_v2',
    row: {
      ...BASE,
      bias: 'no',
      layers: '27',
      attention_heads: '16',
      kv_heads: '16',
      head_dim: '128',
      d_model: '2048',
      ffn_size: '10944',
      vocab_size: '102400',
      context_tokens: '163840',
      moe_experts: '64',
      moe_active_experts: '6',
      moe_shared_experts: '2',
      moe_ffn_size: '1408',
      moe_dense_layers: '1',
      moe_router: 'softmax',
      attention_kind: 'mla',
      full_attention_layers: '27',
      sliding_window_layers: '0',
      linear_attention_layers: '0',
      q_lora_rank: 'n/a',
      kv_lora_rank: '512',
      qk_rope_head_dim: '64',
      qk_nope_head_dim: '128',
      v_head_dim: '128',
      qk_norm: 'no',
      rope_theta: '10000',
    },
  },
  'deepseek-v3': {
    family: 'deepseek_v3',
    row: {
      ...BASE,
      bias: 'no',
      layers: '61',
      attention_heads: '128',
      kv_heads: '128',
      head_dim: '128',
      d_model: '7168',
      ffn_size: '18432',
      vocab_size: '129280',
      context_tokens: '163840',
      tied_embeddings: 'no',
      moe_experts: '256',
      moe_active_experts: '8',
      moe_shared_experts: '1',
      moe_ffn_size: '2048',
      moe_dense_layers: '3',
      moe_router: 'sigmoid',
      attention_kind: 'mla',
      full_attention_layers: '61',
      sliding_window_layers: '0',
      linear_attention_layers: '0',
      q_lora_rank: '1536',
      kv_lora_rank: '512',
      qk_rope_head_dim: '64',
      qk_nope_head_dim: '128',
      v_head_dim: '128',
      qk_norm: 'no',
      rope_theta: '10000',
      mtp_modules: '1',
    },
  },
  'kimi-k2': {
    family: 'kimi_k2',
    row: {
      ...BASE,
      bias: 'no',
      layers: '61',
      attention_heads: '64',
      kv_heads: '64',
      head_dim: '128',
      d_model: '7168',
      ffn_size: '18432',
      vocab_size: '163840',
      context_tokens: '131072',
      tied_embeddings: 'no',
      moe_experts: '384',
      moe_active_experts: '8',
      moe_shared_experts: '1',
      moe_ffn_size: '2048',
      moe_dense_layers: '1',
      moe_router: 'sigmoid',
      attention_kind: 'mla',
      full_attention_layers: '61',
      sliding_window_layers: '0',
      linear_attention_layers: '0',
      q_lora_rank: '1536',
      kv_lora_rank: '512',
      qk_rope_head_dim: '64',
      qk_nope_head_dim: '128',
      v_head_dim: '128',
      qk_norm: 'no',
      rope_theta: '50000',
    },
  },
  gemma2: {
    family: 'gemma2',
    row: {
      ...BASE,
      ...DENSE,
      ...NOT_MLA,
      norm_position: 'sandwich',
      activation: 'geglu',
      bias: 'no',
      layers: '42',
      attention_heads: '16',
      kv_heads: '8',
      head_dim: '256',
      d_model: '3584',
      ffn_size: '14336',
      vocab_size: '256000',
      context_tokens: '8192',
      tied_embeddings: 'yes',
      attention_kind: 'gqa',
      full_attention_layers: '21',
      sliding_window_layers: '21',
      sliding_window_tokens: '4096',
      linear_attention_layers: '0',
      layer_pattern: '1:1',
      qk_norm: 'no',
      rope_theta: '10000',
      final_logit_softcap: '30',
    },
  },
  gemma3: {
    family: 'gemma3',
    row: {
      ...BASE,
      ...DENSE,
      ...NOT_MLA,
      norm_position: 'sandwich',
      activation: 'geglu',
      bias: 'no',
      layers: '26',
      attention_heads: '4',
      kv_heads: '1',
      head_dim: '256',
      d_model: '1152',
      ffn_size: '6912',
      vocab_size: '262144',
      context_tokens: '32768',
      tied_embeddings: 'yes',
      attention_kind: 'mqa',
      full_attention_layers: '4',
      sliding_window_layers: '22',
      sliding_window_tokens: '512',
      linear_attention_layers: '0',
      layer_pattern: '5:1',
      qk_norm: 'yes',
      rope_theta: '1000000',
      final_logit_softcap: 'n/a',
    },
  },
  phi3: {
    family: 'phi3',
    row: {
      ...BASE,
      ...DENSE,
      ...NOT_MLA,
      bias: 'no',
      layers: '32',
      attention_heads: '24',
      kv_heads: '8',
      head_dim: '128',
      d_model: '3072',
      ffn_size: '8192',
      vocab_size: '200064',
      context_tokens: '131072',
      tied_embeddings: 'yes',
      attention_kind: 'gqa',
      full_attention_layers: '32',
      sliding_window_layers: '0',
      linear_attention_layers: '0',
      qk_norm: 'no',
      rope_theta: '10000',
      partial_rotary_factor: '0.75',
    },
  },
  olmo2: {
    family: 'olmo2',
    row: {
      ...BASE,
      ...DENSE,
      ...NOT_MLA,
      norm_position: 'post',
      bias: 'no',
      layers: '32',
      attention_heads: '32',
      kv_heads: '32',
      head_dim: '128',
      d_model: '4096',
      ffn_size: '11008',
      vocab_size: '100352',
      context_tokens: '4096',
      tied_embeddings: 'no',
      attention_kind: 'mha',
      full_attention_layers: '32',
      sliding_window_layers: '0',
      linear_attention_layers: '0',
      qk_norm: 'yes',
      rope_theta: '500000',
    },
  },
  'glm4-moe': {
    family: 'glm4_moe',
    row: {
      ...BASE,
      ...NOT_MLA,
      bias: 'yes',
      layers: '92',
      attention_heads: '96',
      kv_heads: '8',
      head_dim: '128',
      d_model: '5120',
      ffn_size: '12288',
      vocab_size: '151552',
      context_tokens: '131072',
      tied_embeddings: 'no',
      moe_experts: '160',
      moe_active_experts: '8',
      moe_shared_experts: '1',
      moe_ffn_size: '1536',
      moe_dense_layers: '3',
      attention_kind: 'gqa',
      full_attention_layers: '92',
      sliding_window_layers: '0',
      linear_attention_layers: '0',
      qk_norm: 'yes',
      rope_theta: '1000000',
      partial_rotary_factor: '0.5',
    },
  },
  'gpt-oss': {
    family: 'gpt_oss',
    row: {
      ...BASE,
      ...NOT_MLA,
      bias: 'yes',
      layers: '36',
      attention_heads: '64',
      kv_heads: '8',
      head_dim: '64',
      d_model: '2880',
      ffn_size: 'n/a',
      vocab_size: '201088',
      context_tokens: '131072',
      tied_embeddings: 'no',
      moe_experts: '128',
      moe_active_experts: '4',
      moe_shared_experts: '0',
      moe_ffn_size: '2880',
      moe_dense_layers: '0',
      attention_kind: 'gqa',
      full_attention_layers: '18',
      sliding_window_layers: '18',
      sliding_window_tokens: '128',
      linear_attention_layers: '0',
      layer_pattern: '1:1',
      qk_norm: 'no',
      rope_theta: '150000',
    },
  },
};

describe('every fixture family maps to its expected row', () => {
  for (const [folder, { family, row: expected }] of Object.entries(EXPECTED)) {
    test(folder, () => {
      const result = mapConfig(fixture(folder), ALL_COLUMNS);
      expect(result.family).toBe(family);
      expect(row(result)).toEqual(expected);
      // Every cell is valid for its column as the schema stands now.
      for (const v of mapConfig(fixture(folder)).values) expect(v.value, v.column).not.toBe('');
    });
  }
});

test('every family the issue names has a fixture', () => {
  const covered = new Set(Object.values(EXPECTED).map((e) => e.family));
  for (const family of [
    'llama',
    'llama4',
    'mistral',
    'mixtral',
    'qwen2',
    'qwen3',
    'qwen3_moe',
    'qwen3_next',
    'deepseek_v2',
    'deepseek_v3',
    'kimi_k2',
    'gemma2',
    'gemma3',
    'phi3',
    'olmo2',
    'glm4_moe',
    'gpt_oss',
  ]) {
    expect(covered, family).toContain(family);
  }
});

test('proposes only the columns the schema has, and names the others', () => {
  const current = ['model_id', 'layers', 'kv_heads', 'reference'];
  const result = mapConfig(fixture('deepseek-v3'), current);
  expect(result.values.map((v) => v.column)).toEqual(['layers', 'kv_heads']);
  expect(result.skippedColumns).toEqual(expect.arrayContaining(['kv_lora_rank', 'rope_theta', 'mtp_modules', 'moe_router', 'd_model']));
  // By default the run-time schema decides: a column it has is proposed, one it lacks is not.
  const byDefault = mapConfig(fixture('deepseek-v3'));
  const columns = new Set(schemaColumns());
  for (const v of byDefault.values) expect(columns).toContain(v.column);
  for (const c of byDefault.skippedColumns) expect(columns).not.toContain(c);
  expect(byDefault.values.map((v) => v.column)).toContain('moe_experts');
});

test('read values are reported with their key; computed ones are derived with the formula', () => {
  const result = mapConfig({ model_type: 'llama', architectures: ['LlamaForCausalLM'], hidden_size: 4096, num_attention_heads: 32, num_hidden_layers: 32 }, ALL_COLUMNS);
  expect(value(result, 'layers')).toEqual({ column: 'layers', value: '32', status: 'reported', keys: ['num_hidden_layers'] });
  expect(value(result, 'head_dim')).toMatchObject({
    value: '128',
    status: 'derived',
    keys: ['hidden_size', 'num_attention_heads'],
    note: 'hidden_size / num_attention_heads = 4096 / 32',
  });
  expect(value(result, 'kv_heads')).toMatchObject({ value: '32', status: 'derived', note: expect.stringContaining('num_key_value_heads absent') });
  expect(value(result, 'attention_kind')?.value).toBe('mha');

  const lines = provenanceLines('llama-x', mapConfig(fixture('llama'), ALL_COLUMNS).values, 'hf-ref');
  expect(lines).toContainEqual({
    table: 'architectures',
    model_id: 'llama-x',
    column: 'kv_heads',
    status: 'reported',
    reference: 'hf-ref',
    locator: 'config.json: num_key_value_heads',
  });
  expect(lines.find((l) => l.column === 'head_dim')).toMatchObject({
    status: 'derived',
    locator: 'config.json: hidden_size, num_attention_heads',
    note: 'hidden_size / num_attention_heads = 4096 / 32',
  });
});

test('without rope_theta, rotary embeddings are implied by the family, not read', () => {
  expect(value(mapConfig(fixture('llama2'), ALL_COLUMNS), 'position_encoding')).toMatchObject({ value: 'rope', status: 'derived', keys: ['model_type'] });
  expect(value(mapConfig(fixture('llama'), ALL_COLUMNS), 'position_encoding')).toMatchObject({ value: 'rope', status: 'reported', keys: ['rope_theta'] });
});

test('a nested text_config is read and cited as such', () => {
  const result = mapConfig(fixture('llama4'), ALL_COLUMNS);
  expect(value(result, 'kv_heads')?.keys).toEqual(['text_config.num_key_value_heads']);
  expect(value(result, 'moe_experts')?.keys).toEqual(['text_config.num_local_experts']);
});

test('a head_dim that differs from hidden_size / heads is read, not computed', () => {
  expect(value(mapConfig(fixture('qwen3-next'), ALL_COLUMNS), 'head_dim')).toMatchObject({ value: '256', status: 'reported', keys: ['head_dim'] });
});

test('names the keys it did not understand', () => {
  const config = { ...(fixture('llama') as object), rope_flavour: 'spicy', mystery_layers: 3 };
  expect(mapConfig(config).unknownKeys).toEqual(['rope_flavour', 'mystery_layers']);
  expect(mapConfig(fixture('llama')).unknownKeys).toEqual([]);
  expect(mapConfig(fixture('phi3')).unknownKeys).toEqual(['full_attn_mod', 'interpolate_factor', 'lm_head_bias']);
});

test('detects the family from model_type, then from architectures', () => {
  expect(detectFamily({ model_type: 'kimi_k2', architectures: ['DeepseekV3ForCausalLM'] }).family).toBe('kimi_k2');
  expect(detectFamily({ architectures: ['Glm4MoeForCausalLM'] })).toEqual({ family: 'glm4_moe', from: 'architectures "Glm4MoeForCausalLM"' });
  expect(detectFamily({ model_type: 'gemma3', text_config: { model_type: 'gemma3_text' } }).family).toBe('gemma3');
  const unknown = detectFamily({ model_type: 'mamba', architectures: ['MambaForCausalLM'] });
  expect(unknown.family).toBeUndefined();
  expect(unknown.from).toBe('model_type "mamba" and architectures ["MambaForCausalLM"]');
  // An unknown family still gets its common keys, and no family-implied value.
  const result = mapConfig({ model_type: 'mamba', num_hidden_layers: 64, norm_position: 'x' }, ALL_COLUMNS);
  expect(row(result)).toEqual({ layers: '64' });
});

test('the diff says kept, new or differs cell by cell', () => {
  const values = mapConfig(fixture('mistral')).values.filter((v) => ['layers', 'context_tokens', 'vocab_size'].includes(v.column));
  expect(diffRow({ model_id: 'mistral-7b', layers: '32', context_tokens: '8192' }, values)).toEqual([
    { column: 'layers', kind: 'kept', before: '32', after: '32' },
    { column: 'vocab_size', kind: 'new', after: '32000' },
    { column: 'context_tokens', kind: 'differs', before: '8192', after: '32768' },
  ]);
  expect(diffRow(undefined, values).every((c) => c.kind === 'new')).toBe(true);
});

test('a blob URL becomes its raw form', () => {
  expect(rawConfigUrl('https://huggingface.co/meta-llama/Llama-3.1-8B/blob/main/config.json')).toBe('https://huggingface.co/meta-llama/Llama-3.1-8B/resolve/main/config.json');
  expect(rawConfigUrl('https://huggingface.co/deepseek-ai/DeepSeek-V3/blob/abc123/config.json')).toBe('https://huggingface.co/deepseek-ai/DeepSeek-V3/resolve/abc123/config.json');
  const raw = 'https://huggingface.co/meta-llama/Llama-3.1-8B/resolve/main/config.json';
  expect(rawConfigUrl(raw)).toBe(raw);
});
