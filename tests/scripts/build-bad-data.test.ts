import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from 'vitest';

test('astro build over a bad data folder fails with the validator messages', () => {
  const outDir = mkdtempSync(join(tmpdir(), 'atlas-bad-build-'));
  const result = spawnSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build', '--outDir', outDir], {
    encoding: 'utf8',
    env: { ...process.env, LLM_ATLAS_DATA: 'tests/fixtures/bad-data' },
  });
  const output = result.stdout + result.stderr;
  expect(result.status).not.toBe(0);
  expect(output).toContain('tests/fixtures/bad-data/models.csv:2:6: params_billion: expected a plain number in billions, got "7B" — drop the unit');
  expect(output).toContain('tests/fixtures/bad-data/training.csv:2:1: a quoted field is never closed');
});
