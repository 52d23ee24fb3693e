import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { before, checkAttentionKind, checkLayerMix } from '../../src/dataset/check-dataset.ts';
import { formatIssue } from '../../src/dataset/issues.ts';
import { loadDataset } from '../../src/dataset/load-dataset.ts';
import type { ArchitectureRow } from '../../src/schemas/architectures.ts';

/** A copy of the good fixture with `edit` applied to one file. */
function fixtureWith(file: string, edit: (text: string) => string): string {
  const dir = mkdtempSync(join(tmpdir(), 'atlas-check-'));
  cpSync('tests/fixtures/good-data', dir, { recursive: true });
  writeFileSync(join(dir, file), edit(readFileSync(join(dir, file), 'utf8')));
  return dir;
}

const problems = (dir: string) => loadDataset(dir, { displayDir: 'data', today: '2026-01-01' }).issues.map(formatIssue);

test('base models that form a cycle are reported on each model of the cycle', () => {
  const dir = fixtureWith('models.csv', (t) =>
    t.replace('base-7b,Base 7B,base,example-lab,2023-02,7,n/a,open-weights,n/a', 'base-7b,Base 7B,base,example-lab,2023-02,7,n/a,open-weights,chat-7b'),
  );
  expect(problems(dir)).toEqual([
    'data/models.csv:2:9: base_model: base models form a cycle through "base-7b"',
    'data/models.csv:3:9: base_model: base models form a cycle through "chat-7b"',
  ]);
});

test('a model that is its own base model is reported once', () => {
  const dir = fixtureWith('models.csv', (t) => t.replace('open-weights,base-7b,', 'open-weights,chat-7b,'));
  expect(problems(dir)).toEqual(['data/models.csv:3:9: base_model: a model cannot be its own base model']);
});

test('heads that do not divide d_model, and more kv-heads than heads, are reported', () => {
  const dir = fixtureWith('architectures.csv', (t) => t.replace('32,32,32,,4096', '32,30,60,,4096'));
  expect(problems(dir)).toEqual([
    'data/architectures.csv:2:9: attention_heads: 30 heads do not divide d_model 4096; give head_dim if the heads are not d_model / heads wide',
    'data/architectures.csv:2:10: kv_heads: 60 key-value heads do not divide 30 attention heads',
    'data/architectures.csv:2:10: kv_heads: 60 key-value heads exceed 30 attention heads',
  ]);
});

const arch = (fields: Partial<ArchitectureRow>): ArchitectureRow => ({ model_id: 'm', reference: 'r', ...fields });
const said = (check: (a: ArchitectureRow, say: (c: string, m: string) => void) => void, a: ArchitectureRow) => {
  const out: string[] = [];
  check(a, (column, message) => out.push(`${column}: ${message}`));
  return out;
};

test('full, sliding-window and linear-attention layers must add up to layers', () => {
  expect(said(checkLayerMix, arch({ layers: 48, full_attention_layers: 12, linear_attention_layers: 36, sliding_window_layers: 0 }))).toEqual([]);
  expect(said(checkLayerMix, arch({ layers: 48, full_attention_layers: 12, linear_attention_layers: 30, sliding_window_layers: 0 }))).toEqual([
    'full_attention_layers: full (12) + sliding-window (0) + linear-attention (30) layers = 42, but layers is 48',
  ]);
  expect(said(checkLayerMix, arch({ layers: 62, sliding_window_layers: 52, full_attention_layers: 11 }))).toEqual([
    'full_attention_layers: full_attention_layers 11 + sliding_window_layers 52 = 63 layers, more than layers 62',
  ]);
  expect(said(checkLayerMix, arch({ sliding_window_layers: 0, sliding_window_tokens: 4096 }))).toEqual(['sliding_window_tokens: a window is given but sliding_window_layers is 0']);
});

test('a recorded attention kind must agree with the head counts, and latent dimensions need mla', () => {
  expect(said(checkAttentionKind, arch({ attention_kind: 'gqa', attention_heads: 64, kv_heads: 8 }))).toEqual([]);
  expect(said(checkAttentionKind, arch({ attention_kind: 'mha', attention_heads: 64, kv_heads: 8 }))).toEqual([
    'attention_kind: mha needs as many key-value heads as heads, got 8 of 64',
  ]);
  expect(said(checkAttentionKind, arch({ attention_kind: 'gqa', attention_heads: 32, kv_heads: 1 }))).toEqual([
    'attention_kind: gqa has between 1 and 32 key-value heads exclusive, got 1; use mqa',
  ]);
  expect(said(checkAttentionKind, arch({ attention_kind: 'gqa', kv_lora_rank: 512 }))).toEqual(['kv_lora_rank: latent-attention dimensions need attention_kind mla, got gqa']);
  expect(said(checkAttentionKind, arch({ attention_kind: 'mla', attention_heads: 128, kv_heads: 128, kv_lora_rank: 512, q_lora_rank: null }))).toEqual([]);
});

test('before compares partial dates by the period they cover', () => {
  expect(before('2023-06', '2023-07-18')).toBe(true);
  expect(before('2023-07', '2023-07-18')).toBe(false);
  expect(before('2023-07-18', '2023-07')).toBe(false);
});

test('a paper or open-weights date before the release date is refused: the release is the first availability', () => {
  const dir = fixtureWith('models.csv', (t) => {
    const lines = t.split('\n');
    lines[1] = lines[1]!.replace(/,,,$/, ',2023-01-05,2023-02,');
    return lines.join('\n');
  });
  expect(problems(dir)).toEqual([
    'data/models.csv:2:23: paper_date: 2023-01-05 is before release_date 2023-02, which is the first public availability; move the earlier date to release_date',
  ]);
});
