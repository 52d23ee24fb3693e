import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { loadDataset } from '../../src/dataset/load-dataset.ts';
import { formatIssue } from '../../src/dataset/issues.ts';

test('the synthetic data of the bench and the 10k Lighthouse run is valid, whatever columns the schema has gained', () => {
  const out = mkdtempSync(join(tmpdir(), 'atlas-synthetic-'));
  const result = spawnSync(process.execPath, ['scripts/generate-synthetic.ts', '--out', out, '--models', '300'], { encoding: 'utf8' });
  expect(result.status, result.stderr).toBe(0);
  const { issues, dataset } = loadDataset(out, { today: '2026-01-01' });
  expect(issues.map(formatIssue)).toEqual([]);
  expect(dataset.models).toHaveLength(300);
  expect(dataset.organizations.length).toBeGreaterThan(0);
  // Seeded: the same arguments give the same bytes.
  const again = mkdtempSync(join(tmpdir(), 'atlas-synthetic-'));
  spawnSync(process.execPath, ['scripts/generate-synthetic.ts', '--out', again, '--models', '300'], { encoding: 'utf8' });
  expect(readFileSync(join(again, 'models.csv'), 'utf8')).toBe(readFileSync(join(out, 'models.csv'), 'utf8'));
});
