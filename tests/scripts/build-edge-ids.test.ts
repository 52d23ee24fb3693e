/**
 * "Whatever the validator accepts, the build builds", end to end once: a small data set with ids
 * at the limits (80 characters, dots, names of the site's own folders, prototype keys) and
 * generated hostile values the validator accepts, built with astro build. Every page must be
 * written, and every value must come out as the same text. (tests/data/route-paths.test.ts covers
 * thousands of ids without building.)
 */
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { beforeAll, describe, expect, test } from 'vitest';
import { formatIssue } from '../../src/dataset/issues.ts';
import { loadDataset } from '../../src/dataset/load-dataset.ts';
import { csvLine } from '../../src/dataset/write-csv.ts';
import { MAX_ID } from '../../src/schemas/cells.ts';
import { ModelRowSchema } from '../../src/schemas/models.ts';
import { hostileValues } from '../dataset/hostile.ts';
import { buildSite } from '../dist/helpers.ts';

const EDGE_IDS = ['m'.repeat(MAX_ID), 'a.b.c.d', 'index-html', 'index', 'constructor', 'zh', '404', 'models', 'x.5-html', '1e5'];
const SURVEY_ID = `s.${'x'.repeat(MAX_ID - 2)}`;

// Accepted hostile names, each as the validator returns it: one per edge id.
const names = hostileValues(42, 2000)
  .map((v) => ModelRowSchema.shape.name.safeParse(v))
  .flatMap((r) => (r.success ? [r.data] : []))
  .filter((name, i, all) => all.indexOf(name) === i)
  .slice(0, EDGE_IDS.length);

const models = EDGE_IDS.map((id, i) => ({
  id,
  name: names[i]!,
  family: 'edge',
  organization: `edge-lab-${i}`,
  release_date: '2024',
  access: 'api',
  base_model: i % 2 === 0 ? 'base-7b' : 'n/a',
  url: 'HTTPS://arxiv.org/abs/2302.00001',
  reference: 'ref-a',
  locator: '-',
}));

let out = '';
let data = '';
let build: { status: number | null; output: string };

beforeAll(() => {
  data = mkdtempSync(join(tmpdir(), 'atlas-edge-data-'));
  cpSync('tests/fixtures/good-data', data, { recursive: true });
  const existing = readFileSync(join(data, 'models.csv'), 'utf8');
  // The rows follow the fixture's own header order (the validator does not require the schema's).
  const header = existing.split('\n')[0]!.split(',');
  const rows = models.map((m) => csvLine(header.map((c) => (m as Record<string, string>)[c] ?? '')));
  writeFileSync(join(data, 'models.csv'), `${existing}${rows.join('\n')}\n`);
  // Each model's organization has a hostile name, which every page must render as text.
  const orgs = models.map((m, i) => csvLine([m.organization, `Lab ${i} <b>&amp;</b>`, '', '', 'lab', '', '', '']));
  writeFileSync(join(data, 'organizations.csv'), `${readFileSync(join(data, 'organizations.csv'), 'utf8')}${orgs.join('\n')}\n`);
  writeFileSync(join(data, 'surveys.csv'), `${readFileSync(join(data, 'surveys.csv'), 'utf8')}${SURVEY_ID},An Edge Survey,E. Author,2024,,https://arxiv.org/abs/2401.00001\n`);
  writeFileSync(join(data, 'survey-tables.csv'), `${readFileSync(join(data, 'survey-tables.csv'), 'utf8')}${SURVEY_ID},t.1,timeline,Figure 1,A figure.,v1,the PDF,1\n`);
  mkdirSync(join(data, 'surveys', SURVEY_ID));
  writeFileSync(join(data, 'surveys', SURVEY_ID, 't.1.csv'), 'row,model,year,months,publicly_available,model_id\n1,Base,2023,1-6,yes,base-7b\n');
  out = mkdtempSync(join(tmpdir(), 'atlas-edge-out-'));
  build = buildSite(out, data);
});

describe('a build of ids at the limits and accepted hostile values', () => {
  test('the validator accepts the data set', () => {
    expect(names).toHaveLength(EDGE_IDS.length);
    expect(loadDataset(data, { today: '2026-01-01' }).issues.map(formatIssue)).toEqual([]);
  });

  test('astro build succeeds, with no file system error and no stack trace', () => {
    expect(build.status, build.output.slice(-3000)).toBe(0);
    expect(build.output).not.toMatch(/ENAMETOOLONG|EISDIR|ENOTDIR|EEXIST|\n\s+at .+:\d+:\d+/);
  });

  test.each(models.map((m) => [m.id, m] as const))('model %s: both languages written, the name rendered as the same text', (id, model) => {
    for (const prefix of ['', 'zh/']) {
      const file = join(out, prefix, 'models', id, 'index.html');
      expect(existsSync(file), file).toBe(true);
      const { document } = parseHTML(readFileSync(file, 'utf8'));
      expect(document.querySelector('h1')?.textContent).toBe(model.name);
      expect(document.querySelector('[onerror], [onload]')).toBeNull();
    }
    if (model.base_model !== 'n/a') expect(existsSync(join(out, 'compare', id, model.base_model, 'index.html'))).toBe(true);
  });

  test('the 80-character survey id gets its page and its table, served byte for byte', () => {
    expect(existsSync(join(out, 'surveys', SURVEY_ID, 'index.html'))).toBe(true);
    expect(readFileSync(join(out, 'data', 'surveys', SURVEY_ID, 't.1.csv'), 'utf8')).toBe(readFileSync(join(data, 'surveys', SURVEY_ID, 't.1.csv'), 'utf8'));
    expect(readFileSync(join(out, 'data', 'models.csv'), 'utf8')).toBe(readFileSync(join(data, 'models.csv'), 'utf8'));
  });

  test('the CSP is the first thing after the charset, ahead of the title holding data', () => {
    const page = readFileSync(join(out, 'models', EDGE_IDS[0]!, 'index.html'), 'utf8');
    expect(page).toMatch(/^<!DOCTYPE html><html[^>]*><head><meta charset="utf-8"><meta http-equiv="content-security-policy" content="[^"]*form-action 'self'/);
  });
});
