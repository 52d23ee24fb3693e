import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from 'vitest';

const run = (args: string[]) => spawnSync(process.execPath, ['scripts/format-data.ts', ...args], { encoding: 'utf8' });

test('--check names a file that is not canonical, and format:data rewrites it', () => {
  const dir = mkdtempSync(join(tmpdir(), 'atlas-format-'));
  cpSync('tests/fixtures/good-data', dir, { recursive: true });
  const models = join(dir, 'models.csv');
  const [header, a, b] = readFileSync(models, 'utf8').trimEnd().split('\n');
  writeFileSync(models, [header, b, ` ${a}`].join('\r\n') + '\r\n');

  const check = run(['--data', dir, '--check']);
  expect(check.status).toBe(1);
  expect(check.stdout).toContain(`${dir}/models.csv: not in canonical form: run npm run data:format`);

  expect(run(['--data', dir]).status).toBe(0);
  expect(readFileSync(models, 'utf8')).toBe([header, a, b].join('\n') + '\n');
  expect(run(['--data', dir, '--check']).status).toBe(0);
});

test('the real data is canonical', () => {
  const check = run(['--check']);
  expect(check.stdout).toMatch(/^ok: /);
  expect(check.status).toBe(0);
});
