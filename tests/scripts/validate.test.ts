import { spawnSync } from 'node:child_process';
import { copyFileSync, cpSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from 'vitest';

const run = (args: string[], env: Record<string, string> = {}) =>
  spawnSync(process.execPath, ['scripts/validate.ts', ...args], { encoding: 'utf8', env: { ...process.env, GITHUB_ACTIONS: '', ...env } });

test('a corrupted data folder gets every problem with file:line:column, exit 1, no stack trace', () => {
  const result = run(['--data', 'tests/fixtures/bad-data', '--today', '2026-01-01']);
  expect(result.status).toBe(1);
  expect(result.stderr).toBe('');
  expect(result.stdout).not.toMatch(/\bat .*\.ts:\d+/);
  expect(result.stdout).toMatchInlineSnapshot(`
    "tests/fixtures/bad-data/architectures.csv:2:5: position_encoding: expected one of learned, sinusoidal, relative, rope, alibi, none, got "RoPE" — did you mean "rope"?
    tests/fixtures/bad-data/architectures.csv:3:1: model_id: "ghost-1b" is not an id in models.csv
    tests/fixtures/bad-data/extra.csv:1:1: unknown CSV file: register it in src/schemas/tables.ts, or in survey-tables.csv for a survey table
    tests/fixtures/bad-data/models.csv:2:6: params_billion: expected a plain number in billions, got "7B" — drop the unit
    tests/fixtures/bad-data/models.csv:2:8: access: expected one of open-weights, api, closed, got "Open"
    tests/fixtures/bad-data/models.csv:3:5: release_date: 2099-01-01 is in the future (today is 2026-01-01)
    tests/fixtures/bad-data/models.csv:3:9: base_model: "base-8b" is not an id in models.csv — did you mean "base-7b"?
    tests/fixtures/bad-data/models.csv:4:1: id: duplicate "chat-7b" (first on line 3)
    tests/fixtures/bad-data/models.csv:5:5: too few fields: expected 25, got 4
    tests/fixtures/bad-data/provenance.csv:2:3: column: "batch_size" is not a value column of training.csv
    tests/fixtures/bad-data/provenance.csv:3:4: status: expected one of reported, derived, estimated, got "guessed"
    tests/fixtures/bad-data/references.csv:3:5: is not valid UTF-8 (byte 0xff); save the file as UTF-8 (skipped until this is fixed: 7 ids that point into it)
    tests/fixtures/bad-data/survey-differences.csv:1:1: file is empty; expected a header row
    tests/fixtures/bad-data/survey-tables.csv:2:8: row_count: cards is recorded with 1 row, but surveys/s-2023/cards.csv has 2
    tests/fixtures/bad-data/surveys.csv:1:1: header is separated by semicolons; use commas (skipped until this is fixed: 1 id that points into it)
    tests/fixtures/bad-data/surveys/s-2023/cards.csv:3:1: row: expected row 2 (rows are numbered 1, 2, 3 … in printed order), got 3
    tests/fixtures/bad-data/surveys/s-2023/cards.csv:3:13: model_id: "other-1b" is not an id in models.csv
    tests/fixtures/bad-data/training.csv:2:1: a quoted field is never closed: add the closing double quote
    tests/fixtures/bad-data/training.csv:2:2: batch_tokens: expected a plain number in tokens, got "32K" — drop the unit
    tests/fixtures/bad-data/training.csv:2:4: warmup: expected "yes" or "no", got "maybe"
    20 problems in tests/fixtures/bad-data/ (11 files, 15 rows)
    "
  `);
});

test('the good fixture passes with a one-line summary', () => {
  const result = run(['--data', 'tests/fixtures/good-data', '--today', '2026-01-01']);
  expect(result.status).toBe(0);
  expect(result.stdout).toBe('ok: 11 files, 11 rows, no problems\n');
});

test('the real data validates; its warnings come before the summary', () => {
  const result = run([]);
  const lines = result.stdout.trimEnd().split('\n');
  expect(lines.at(-1)).toMatch(/^ok: /);
  expect(lines.slice(0, -1).every((line) => /^data\/[^:]+:\d+:\d+: warning: /.test(line))).toBe(true);
  expect(result.status).toBe(0);
});

test('a warning is printed and counted but fails nothing; under GitHub Actions it is a ::warning', () => {
  const dir = mkdtempSync(join(tmpdir(), 'atlas-warn-'));
  cpSync('tests/fixtures/good-data', dir, { recursive: true });
  copyFileSync('tests/fixtures/bad/references.uncited.csv', join(dir, 'references.csv'));
  const result = run(['--data', dir, '--today', '2026-01-01'], { GITHUB_ACTIONS: 'true' });
  expect(result.status).toBe(0);
  expect(result.stdout.replaceAll(dir, 'D')).toBe(
    'D/references.csv:3:1: warning: id: "ref-b" is cited by no row of models.csv, architectures.csv, training.csv, provenance.csv, organizations.csv; cite it or remove it\n' +
      '::warning file=D/references.csv,line=3,col=1::id: "ref-b" is cited by no row of models.csv, architectures.csv, training.csv, provenance.csv, organizations.csv; cite it or remove it\n' +
      'ok: 11 files, 12 rows, no problems, 1 warning\n',
  );
});

test('under GitHub Actions each problem also becomes an ::error annotation', () => {
  const result = run(['--data', 'tests/fixtures/bad-data', '--today', '2026-01-01'], { GITHUB_ACTIONS: 'true' });
  expect(result.stdout).toContain('::error file=tests/fixtures/bad-data/models.csv,line=2,col=6::params_billion: expected a plain number in billions, got "7B" — drop the unit');
});

test('a missing data folder is reported, not thrown', () => {
  const result = run(['--data', 'tests/fixtures/no-such-folder']);
  expect(result.status).toBe(1);
  expect(result.stdout).toContain('tests/fixtures/no-such-folder/models.csv:1:1: file is missing');
  expect(result.stderr).toBe('');
});
