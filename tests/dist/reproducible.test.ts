import { readFileSync } from 'node:fs';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { buildSite, files } from './helpers.ts';

test('two builds of the same commit are byte-identical', () => {
  const a = mkdtempSync(join(tmpdir(), 'atlas-build-a-'));
  const b = mkdtempSync(join(tmpdir(), 'atlas-build-b-'));
  expect(buildSite(a).status).toBe(0);
  expect(buildSite(b).status).toBe(0);
  const listA = files(a).sort();
  expect(files(b).sort()).toEqual(listA);
  const differing = listA.filter((f) => !readFileSync(join(a, f)).equals(readFileSync(join(b, f))));
  expect(differing).toEqual([]);
});
