import { spawnSync } from 'node:child_process';
import { expect, test } from 'vitest';

const run = (script: string, data: string) => spawnSync(process.execPath, [script], { encoding: 'utf8', env: { ...process.env, LLM_ATLAS_DATA: data } });

test.each(['scripts/check-params.ts', 'scripts/survey-diff.ts'])('%s reports the load problems of a bad data folder like the validator, and no stack trace', (script) => {
  const out = run(script, 'tests/fixtures/bad-data');
  expect(out.status).toBe(1);
  expect(out.stdout).toMatch(/^tests\/fixtures\/bad-data\/[\w/.-]+\.csv:\d+:\d+: /m);
  expect(out.stdout).toMatch(/fix them first \(npm run data:validate\)/);
  expect(out.stdout + out.stderr).not.toMatch(/\n\s+at .*\(|node:internal/);
});

test('check:params on the real data checks models and explains every outlier', () => {
  const out = run('scripts/check-params.ts', 'data');
  expect(out.status).toBe(0);
  expect(out.stdout).toMatch(/\d+ models checked, \d+ differ by more than 5 %, 0 unexplained/);
});
