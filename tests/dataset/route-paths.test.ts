/**
 * "Whatever the validator accepts, the build builds", for ids: a full `astro build` per hostile
 * id is far too slow, so this test derives, from the route files themselves, every path the
 * build writes for a set of generated ids the validator accepts, and checks that a file system
 * and a static server can hold and serve them all.
 */
import { PRESETS } from '../../src/site/explorer.ts';
import { LOCALES } from '../../src/i18n/locales.ts';
import { readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, test } from 'vitest';
import { MAX_ID } from '../../src/schemas/cells.ts';
import { ModelRowSchema } from '../../src/schemas/models.ts';
import { SurveyRowSchema, SurveyTableRowSchema } from '../../src/schemas/surveys.ts';
import { PAGE_SIZE } from '../../src/site/table-payload.ts';
import { CORE_TABLES } from '../../src/schemas/tables.ts';
import { mulberry32 } from './prng.ts';

type IdSchema = { safeParse: (v: unknown) => { success: boolean; data?: unknown } };
const accepts = (schema: IdSchema) => (id: string) => schema.safeParse(id).success;
const modelIdOk = accepts(ModelRowSchema.shape.id);
const surveyIdOk = accepts(SurveyRowSchema.shape.id);
const tableIdOk = accepts(SurveyTableRowSchema.shape.table_id);
/** The ids the build would get for these cells: each accepted one as the validator returns it (trimmed), once. */
const acceptedIds = (schema: IdSchema, cells: string[]) => [
  ...new Set(
    cells.flatMap((cell) => {
      const result = schema.safeParse(cell);
      return result.success ? [result.data as string] : [];
    }),
  ),
];

/** Names that mean something to a router, a server or a file system, to splice into ids. */
const HOSTILE_PARTS = [
  'index',
  'index.html',
  '.html',
  '.htm',
  '.json',
  '.csv',
  '..',
  '.',
  'zh',
  'data',
  'models',
  'compare',
  '404',
  'con',
  'nul',
  '_astro',
  '%2e',
  '/',
  '\\',
  'A',
  ' ',
  '~',
  ':',
];
const ALPHABET = 'abcdefghijklmnopqrstuvwxyz0123456789._-';

function hostileIds(seed: number, count: number): string[] {
  const random = mulberry32(seed);
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(random() * xs.length)]!;
  const out: string[] = [];
  for (let i = 0; i < count; i++) {
    const length = random() < 0.2 ? MAX_ID - 3 + Math.floor(random() * 400) : 1 + Math.floor(random() * 12);
    let id = '';
    while (id.length < length) id += random() < 0.15 ? pick(HOSTILE_PARTS) : pick([...ALPHABET]);
    out.push(id.slice(0, length));
  }
  return out;
}

// The first two once crashed the build; the validator must refuse them, so they never reach the paths.
const EDGE_IDS = [
  'index.html',
  'x'.repeat(300),
  'a'.repeat(MAX_ID),
  '0',
  'index',
  'index-html',
  'index.html1',
  'a.b.c.d',
  'zh',
  '404',
  'models',
  'compare',
  'data',
  'schema',
  'surveys',
  'html',
  'x.5-html',
  '1e5',
  'constructor',
  'prototype',
];

interface Route {
  file: string;
  /** URL path segments; `[name]` marks a parameter. */
  segments: string[];
  endpoint: boolean;
}

function routes(dir = 'src/pages'): Route[] {
  const out: Route[] = [];
  const walk = (d: string) => {
    for (const entry of readdirSync(d, { withFileTypes: true })) {
      const path = join(d, entry.name);
      if (entry.isDirectory()) walk(path);
      else {
        const rel = relative(dir, path).split('\\').join('/');
        const endpoint = rel.endsWith('.ts');
        const segments = rel.replace(/\.(astro|ts)$/, '').split('/');
        if (!endpoint && segments.at(-1) === 'index') segments.pop();
        out.push({ file: rel, segments, endpoint });
      }
    }
  };
  walk(dir);
  return out;
}

/** Which ids fill each parameter, by route parameter name and, where a name is reused, its file. */
function valuesFor(route: Route, param: string, ids: { models: string[]; surveys: string[]; tables: string[]; topics: string[] }): string[] {
  if (param === 'id' || param === 'a' || param === 'b') return ids.models;
  if (param === 'survey') return ids.surveys;
  if (param === 'topic') return ids.topics;
  // Survey tables by their ids; the paged tables and the explorer by preset; the CSV files by core table.
  if (param === 'table') return route.file.includes('surveys/') ? ids.tables : route.file.includes('page/') ? [...PRESETS] : CORE_TABLES.map((d) => d.name);
  if (param === 'lang') return [...LOCALES];
  // Pages 2… of a curated table: numbers, whatever the ids.
  if (param === 'n') return ['2', '10', String(Math.ceil(ids.models.length / PAGE_SIZE) + 1)];
  throw new Error(`route ${route.file} has a parameter [${param}] this test does not know: say which ids fill it`);
}

/** Every file the build writes for these ids, as the static build lays them out (build.format: directory). */
function outputFiles(ids: { models: string[]; surveys: string[]; tables: string[]; topics: string[] }): string[] {
  const files: string[] = [];
  for (const route of routes()) {
    // `index` is the position of the first parameter's value, so that a second parameter (a
    // model's base) takes the next id, as a pair in the data would, instead of a cross product.
    let paths: { segments: string[]; index: number }[] = [{ segments: [], index: -1 }];
    for (const segment of route.segments) {
      // A segment holds at most one parameter, possibly with a fixed suffix (`[table].csv`).
      const m = /^\[(\w+)\](.*)$/.exec(segment);
      if (!m) paths = paths.map((p) => ({ ...p, segments: [...p.segments, segment] }));
      else {
        const values = valuesFor(route, m[1]!, ids);
        paths = paths.flatMap((p) =>
          p.index === -1
            ? values.map((v, i) => ({ segments: [...p.segments, `${v}${m[2]}`], index: i }))
            : [{ ...p, segments: [...p.segments, `${values[(p.index + 1) % values.length]}${m[2]}`] }],
        );
      }
    }
    for (const { segments: p } of paths) {
      if (route.endpoint) files.push(p.join('/'));
      else if (p.length === 1 && p[0] === '404') files.push('404.html');
      else files.push([...p, 'index.html'].join('/'));
    }
  }
  return files;
}

/** Why a set of output files cannot all be written and served, or nothing. */
function unservable(files: readonly string[]): string[] {
  const problems: string[] = [];
  const seen = new Set<string>();
  const dirs = new Set<string>();
  for (const file of files) {
    if (seen.has(file)) problems.push(`${file}: written twice`);
    seen.add(file);
    const segments = file.split('/');
    segments.slice(0, -1).forEach((_, i) => dirs.add(segments.slice(0, i + 1).join('/')));
    for (const s of segments) {
      if (s === '' || s === '.' || s === '..') problems.push(`${file}: segment ${JSON.stringify(s)}`);
      if (Buffer.byteLength(s) > 255) problems.push(`${file}: a segment of ${Buffer.byteLength(s)} bytes (a file name holds 255)`);
      if (!/^[a-z0-9._-]+$/i.test(s)) problems.push(`${file}: segment ${JSON.stringify(s)} needs escaping in a URL`);
    }
    if (file.length > 1024) problems.push(`${file.slice(0, 40)}…: a path of ${file.length} characters`);
  }
  for (const file of seen) if (dirs.has(file)) problems.push(`${file}: both a file and a folder`);
  return problems;
}

const topics = readdirSync('src/content/guide/en').map((f) => f.replace(/\.mdx?$/, ''));

describe('ids the validator accepts give paths the build can write and serve', () => {
  test('the check itself finds the collisions and long names that once crashed the build', () => {
    const files = outputFiles({ models: ['index.html', 'x'.repeat(300)], surveys: ['index.html'], tables: ['t'], topics });
    const problems = unservable(files);
    expect(problems).toContain('models/index.html: both a file and a folder');
    expect(problems).toContain('surveys/index.html: both a file and a folder');
    expect(problems).toContain(`models/${'x'.repeat(300)}/index.html: a segment of 300 bytes (a file name holds 255)`);
  });

  test('the validator refuses those ids', () => {
    for (const ok of [modelIdOk, surveyIdOk, tableIdOk]) {
      expect(ok('index.html')).toBe(false);
      expect(ok('x'.repeat(300))).toBe(false);
      expect(ok('x'.repeat(MAX_ID + 1))).toBe(false);
    }
    expect(ModelRowSchema.shape.id.safeParse('x'.repeat(300)).error?.issues[0]?.message).toBe('is 300 characters long; an id holds at most 80');
    expect(ModelRowSchema.shape.id.safeParse('index.html').error?.issues[0]?.message).toBe(
      'expected an id that does not end like a file name (".html"), got "index.html" — it names a folder of the built site',
    );
  });

  test.each([1, 2, 3, 4, 5])('generated hostile ids, seed %i', (seed) => {
    const models = acceptedIds(ModelRowSchema.shape.id, [...EDGE_IDS, ...hostileIds(seed, 3000)]);
    const surveys = acceptedIds(SurveyRowSchema.shape.id, [...EDGE_IDS, ...hostileIds(seed + 100, 3000)]);
    const tables = acceptedIds(SurveyTableRowSchema.shape.table_id, [...EDGE_IDS, ...hostileIds(seed + 200, 3000)]);
    // The generator must reach the limits, or the test proves nothing.
    expect(models.some((id) => id.length === MAX_ID)).toBe(true);
    expect(models.filter((id) => id.includes('.')).length).toBeGreaterThan(5);
    expect(models.length).toBeGreaterThan(100);
    expect(unservable(outputFiles({ models, surveys, tables, topics }))).toEqual([]);
  });
});
