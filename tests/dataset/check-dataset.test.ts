import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { formatIssue } from '../../src/dataset/issues.ts';
import { loadDataset } from '../../src/dataset/load-dataset.ts';

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
    t.replace('base-7b,Base 7B,base,Example Lab,2023-02,7,n/a,open-weights,n/a', 'base-7b,Base 7B,base,Example Lab,2023-02,7,n/a,open-weights,chat-7b'),
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
