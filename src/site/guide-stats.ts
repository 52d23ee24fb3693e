/**
 * The queries behind the guide's numbers: every quantitative claim in the guide is computed from
 * the data at build time through these functions, so it cannot drift from the tables.
 */
import { attentionKindOf } from '../values/attention-kind.ts';
import { denseOrMoe } from '../values/moe.ts';
import { releaseYear } from '../values/partial-date.ts';
import type { ArchitectureRow } from '../schemas/architectures.ts';
import type { ModelRow } from '../schemas/models.ts';
import type { TrainingRow } from '../schemas/training.ts';

/** One model with its rows, flattened as `table.column` → value. */
export type ModelRecord = Record<string, unknown>;

export function modelRecords(models: readonly ModelRow[], architectures: ReadonlyMap<string, ArchitectureRow>, training: ReadonlyMap<string, TrainingRow>): ModelRecord[] {
  return models.map((m) => {
    const record: ModelRecord = {};
    for (const [k, v] of Object.entries(m)) record[`models.${k}`] = v;
    for (const [k, v] of Object.entries(architectures.get(m.id) ?? {})) record[`architectures.${k}`] = v;
    for (const [k, v] of Object.entries(training.get(m.id) ?? {})) record[`training.${k}`] = v;
    const year = releaseYear(m.release_date);
    if (year !== undefined) record['models.year'] = year;
    // Choices that are not a column of their own but follow from several.
    const a = architectures.get(m.id);
    const attention = a ? attentionKindOf(a) : undefined;
    if (attention) record['derived.attention'] = attention;
    const moe = denseOrMoe(a?.moe_experts);
    if (moe) record['derived.moe'] = moe;
    // Shared experts as a yes/no among mixture-of-experts models only, so dense models (n/a)
    // are not counted in the denominator.
    if (moe === 'moe' && typeof a?.moe_shared_experts === 'number') record['derived.shared_experts'] = a.moe_shared_experts > 0 ? 'yes' : 'no';
    const batch = training.get(m.id)?.batch_tokens;
    if (batch) record['derived.batch_ramp'] = batch.start < batch.end ? 'yes' : 'no';
    return record;
  });
}

export interface StatQuery {
  /** The column whose known values form the denominator, e.g. `architectures.norm_position`. */
  among: string;
  /**
   * Condition for the numerator: `column=value` or `column=a|b` (any of), as CSV text;
   * `column=*` means the model has the feature: a known value other than n/a, 0 or no.
   */
  where: string;
  /** Only these models (ids), e.g. the models a survey prints. */
  ids?: ReadonlySet<string>;
  /** Only models released in these years (inclusive). */
  years?: [number, number];
}

export interface StatResult {
  /** Models that satisfy `where`. */
  count: number;
  /** Models with a known value of `among` (within the scope). */
  total: number;
  /** count / total, or undefined when no model has a known value. */
  share?: number;
}

const text = (v: unknown): string | undefined =>
  v === undefined ? undefined : v === null ? 'n/a' : typeof v === 'boolean' ? (v ? 'yes' : 'no') : typeof v === 'object' ? String((v as { end: number }).end) : String(v);

function parseWhere(where: string): [string, Set<string>] {
  const [column, values] = where.split('=') as [string, string | undefined];
  if (!values) throw new Error(`a Stat needs "column=value", got "${where}"`);
  return [column.trim(), new Set(values.split('|').map((v) => v.trim()))];
}

/** Whether a cell's text satisfies the values of a condition (`*`: present — not n/a, 0 or no). */
function matches(value: string | undefined, values: ReadonlySet<string>): boolean {
  if (value === undefined) return false;
  return values.has('*') ? value !== 'n/a' && value !== '0' && value !== 'no' : values.has(value);
}

function inScope(r: ModelRecord, q: Pick<StatQuery, 'ids' | 'years'>): boolean {
  if (q.ids && !q.ids.has(String(r['models.id']))) return false;
  if (q.years) {
    const y = r['models.year'] as number | undefined;
    if (y === undefined || y < q.years[0] || y > q.years[1]) return false;
  }
  return true;
}

export function stat(records: readonly ModelRecord[], q: StatQuery): StatResult {
  const [column, values] = parseWhere(q.where);
  let count = 0;
  let total = 0;
  for (const r of records) {
    if (!inScope(r, q) || text(r[q.among]) === undefined) continue;
    total++;
    if (matches(text(r[column]), values)) count++;
  }
  return total === 0 ? { count, total } : { count, total, share: count / total };
}

/** Models satisfying `where` (within the scope), oldest first. */
export function modelsWhere(records: readonly ModelRecord[], q: Omit<StatQuery, 'among'>): ModelRecord[] {
  const [column, values] = parseWhere(q.where);
  return records.filter((r) => inScope(r, q) && matches(text(r[column]), values));
}

/** The most common value of a column among known values (ties: alphabetical). */
export function mostCommon(records: readonly ModelRecord[], column: string, q: Pick<StatQuery, 'ids' | 'years'> = {}): { value: string; count: number; total: number } | undefined {
  const counts = new Map<string, number>();
  let total = 0;
  for (const r of records) {
    const v = text(r[column]);
    if (!inScope(r, q) || v === undefined) continue;
    total++;
    counts.set(v, (counts.get(v) ?? 0) + 1);
  }
  const best = [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0];
  return best ? { value: best[0], count: best[1], total } : undefined;
}

/** The median of a numeric column among known values, or undefined. */
export function medianOf(records: readonly ModelRecord[], column: string, q: Pick<StatQuery, 'ids' | 'years'> = {}): { value: number; total: number } | undefined {
  const xs = records
    .filter((r) => inScope(r, q))
    .map((r) => r[column])
    .map((v) => (typeof v === 'number' ? v : v && typeof v === 'object' && 'end' in v ? (v as { end: number }).end : undefined))
    .filter((v): v is number => v !== undefined)
    .sort((a, b) => a - b);
  if (xs.length === 0) return undefined;
  const mid = xs.length / 2;
  return { value: xs.length % 2 ? xs[Math.floor(mid)]! : (xs[mid - 1]! + xs[mid]!) / 2, total: xs.length };
}
