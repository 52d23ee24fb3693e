/**
 * `node scripts/generate-synthetic.ts --out DIR --models N [--seed S]`
 * Writes a complete, valid synthetic data folder of N models (seeded, so the same arguments give
 * the same bytes) for benchmarks of validation, build and browsing at scale. Not real data.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { ACCESS, ACTIVATION, CATEGORY, DECAY_SCHEDULE, NORM_POSITION, NORM_TYPE, OPTIMIZER, POSITION_ENCODING, PRECISION } from '../src/schemas/enums.ts';
import { CORE_TABLES, columnsOf } from '../src/schemas/tables.ts';
import { toCsv } from '../src/dataset/write-csv.ts';

/** mulberry32: a small seeded generator. */
function random(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function syntheticTables(count: number, seed = 1): Record<string, string[][]> {
  const rand = random(seed);
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(rand() * xs.length)]!;
  const maybe = (p: number, v: () => string) => (rand() < p ? v() : '');
  const orgNames = ['Example Lab', 'Acme AI', '研究所', 'Lab 😀', 'Open Collective', 'North Institute'];
  const orgs = orgNames.map((_, i) => `org-${i}`);
  const rows: Record<string, string[][]> = { models: [], architectures: [], training: [], references: [], provenance: [], organizations: [] };
  orgNames.forEach((name, i) => rows.organizations!.push([`org-${i}`, name, '', '', '', '', 'ref-synthetic', '']));
  rows.references!.push(['ref-synthetic', 'Synthetic data for benchmarks', 'LLM Atlas', '2026', 'paper', 'https://example.org/synthetic']);
  for (let i = 0; i < count; i++) {
    const id = `synthetic-${String(i).padStart(5, '0')}`;
    const year = 2018 + Math.floor(rand() * 8);
    const month = String(1 + Math.floor(rand() * 12)).padStart(2, '0');
    const params = Number((10 ** (rand() * 3.5 - 1)).toPrecision(3));
    const heads = pick([8, 16, 32, 64, 96]);
    const dModel = heads * pick([64, 128]);
    rows.models!.push([
      id,
      `Synthetic ${i}`,
      `family-${i % 300}`,
      pick(orgs),
      `${year}-${month}`,
      String(params),
      'n/a',
      pick(ACCESS),
      i > 10 && rand() < 0.3 ? `synthetic-${String(Math.floor(rand() * i)).padStart(5, '0')}` : 'n/a',
      pick(['yes', 'no']),
      pick(['yes', 'no']),
      maybe(0.6, () => String(Math.round(params * 20))),
      '',
      '',
      maybe(0.3, () => String(pick([256, 512, 1024, 2048]))),
      maybe(0.3, () => pick(['a100', 'tpu-v4', 'h100-80gb'])),
      '',
      '',
      '',
      '',
      'ref-synthetic',
      '',
    ]);
    if (rand() < 0.7) {
      rows.architectures!.push([
        id,
        pick(CATEGORY),
        pick(NORM_TYPE),
        pick(NORM_POSITION),
        pick(POSITION_ENCODING),
        pick(ACTIVATION),
        pick(['yes', 'no']),
        String(pick([12, 24, 32, 48, 80, 96])),
        String(heads),
        String(heads / pick([1, 2, 4, 8].filter((d) => heads % d === 0))),
        '',
        String(dModel),
        String(dModel * 4),
        String(pick([32000, 50257, 151936])),
        String(pick([2048, 4096, 8192, 131072])),
        pick(['yes', 'no']),
        'n/a',
        'n/a',
        'n/a',
        'n/a',
        'ref-synthetic',
        '',
      ]);
    }
    if (rand() < 0.4) {
      rows.training!.push([
        id,
        rand() < 0.2 ? '32000→3200000' : String(pick([1000000, 2000000, 4000000])),
        String(pick([6e-5, 1.5e-4, 3e-4])),
        'yes',
        String(pick([375, 2000])),
        pick(DECAY_SCHEDULE),
        '0.1',
        pick(OPTIMIZER),
        '0.9',
        '0.95',
        pick(PRECISION),
        '0.1',
        '1',
        '0',
        'ref-synthetic',
        '',
      ]);
    }
  }
  return rows;
}

function main() {
  const { values } = parseArgs({ options: { out: { type: 'string' }, models: { type: 'string', default: '1000' }, seed: { type: 'string', default: '1' } } });
  if (!values.out) throw new Error('--out DIR is required');
  const tables = syntheticTables(Number(values.models), Number(values.seed));
  mkdirSync(values.out, { recursive: true });
  for (const def of CORE_TABLES) {
    const rows = tables[def.name] ?? [];
    if (def.name === 'surveys') rows.push(['synthetic-2026', 'A Synthetic Survey', 'LLM Atlas', '2026', '', 'https://example.org/survey']);
    const columns = columnsOf(def.schema);
    // Rows list the columns they fill, in schema order; the columns added after them stay empty.
    writeFileSync(
      join(values.out, def.file),
      toCsv(
        columns,
        rows.map((r) => [...r, ...Array<string>(Math.max(0, columns.length - r.length)).fill('')]),
      ),
    );
  }
  console.log(`wrote ${values.models} synthetic models to ${values.out}`);
}

main();
