/**
 * Checks across rows and tables: foreign keys (read from the schema's `references` metadata),
 * provenance targets, cross-field sense, survey row numbering. Pure: takes the typed data set and
 * the header positions, returns located issues.
 */
import type { z } from 'astro/zod';
import { columnMeta, quote, suggest } from '../schemas/cells.ts';
import { CORE_TABLES, columnsOf, type TableDef } from '../schemas/tables.ts';
import { SURVEY_TABLE_SCHEMAS } from '../schemas/surveys.ts';
import type { ArchitectureRow } from '../schemas/architectures.ts';
import type { Dataset } from './dataset.ts';
import { baseChain } from '../site/lineage.ts';
import type { Issue } from './issues.ts';
import type { BadKey, Located } from './validate-table.ts';

export interface CheckContext {
  /** Shown path of each table's file, by table name (survey tables by `survey:<id>/<table>`). */
  files: Map<string, string>;
  /** 1-based header position of each column, by table name. */
  positions: Map<string, Map<string, number>>;
  /** Today as YYYY-MM-DD; release dates after it are errors. */
  today: string;
  /** Every row with its valid cells, by table name: keys and foreign keys are checked on these. */
  partial: Map<string, Located<Record<string, unknown>>[]>;
  /** Tables whose file or header could not be read: keys into them are not checked (that would only echo the one problem). */
  unreadable: ReadonlySet<string>;
  /** Filled in: how many foreign-key checks into each unreadable table were skipped, for its message to say. */
  skipped?: Map<string, number>;
  /** Rows of each table whose key is invalid; their `skipped` counts are filled in. */
  badKeys?: Map<string, BadKey[]>;
}

/** How an id and a mistyped version of it compare ("Base 7B" and "base-7b" are one). */
const squash = (s: string) => s.toLowerCase().replace(/[^a-z0-9]/g, '');

export function checkDataset(data: Dataset, ctx: CheckContext): Issue[] {
  const issues: Issue[] = [];
  const at = (table: string, row: { line: number }, column: string, message: string) => {
    issues.push({
      file: ctx.files.get(table) ?? table,
      line: row.line,
      column: ctx.positions.get(table)?.get(column) ?? 1,
      message: `${column}: ${message}`,
    });
  };

  const idsOf = (table: string) => new Set((ctx.partial.get(table) ?? []).map((r) => r.data.id).filter((id) => typeof id === 'string'));
  const keys = { models: idsOf('models'), organizations: idsOf('organizations'), references: idsOf('references'), surveys: idsOf('surveys') };
  const checkForeignKeys = (def: Pick<TableDef, 'name' | 'schema'>) => {
    const rows = ctx.partial.get(def.name) ?? [];
    for (const [column, schema] of Object.entries(def.schema.shape)) {
      const target = columnMeta(schema as z.ZodType).references;
      if (!target) continue;
      if (ctx.unreadable.has(target)) {
        const n = rows.filter((row) => typeof row.data[column] === 'string').length;
        ctx.skipped?.set(target, (ctx.skipped.get(target) ?? 0) + n);
        continue;
      }
      for (const row of rows) {
        const value = row.data[column];
        if (typeof value !== 'string' || keys[target].has(value)) continue;
        // It points at a row whose own id is invalid: that one problem is reported there.
        const meant = ctx.badKeys?.get(target)?.find((b) => squash(b.raw) === squash(value));
        if (meant) {
          meant.skipped++;
          continue;
        }
        const hint = suggest(value, [...keys[target]]);
        at(def.name, row, column, `${quote(value)} is not an id in ${target}.csv${hint ? ` — did you mean "${hint}"?` : ''}`);
      }
    }
  };
  for (const def of CORE_TABLES) checkForeignKeys(def);
  for (const table of data.surveyTables) checkForeignKeys(table.def);

  checkModels(data, at, ctx.today);
  checkArchitectures(data, at);
  const skip = (table: string) => {
    if (!ctx.unreadable.has(table)) return false;
    ctx.skipped?.set(table, (ctx.skipped.get(table) ?? 0) + 1);
    return true;
  };
  checkProvenance(data, at, skip);
  checkSurveys(data, at, skip);
  if (!ctx.unreadable.has('references') && CITING.every((t) => !ctx.unreadable.has(t))) {
    issues.push(...uncitedReferences(ctx, (table, row, column) => ({ file: ctx.files.get(table) ?? table, line: row.line, column: ctx.positions.get(table)?.get(column) ?? 1 })));
  }
  return issues;
}

/** The tables whose rows cite references (their `reference` column). */
const CITING = ['models', 'architectures', 'training', 'provenance', 'organizations'] as const;

/**
 * A reference nothing cites is a warning, not an error: it may be added ahead of the rows that
 * will cite it, and the data stays correct either way; the warning keeps it from being forgotten.
 */
function uncitedReferences(ctx: CheckContext, where: (table: string, row: { line: number }, column: string) => Omit<Issue, 'message'>): Issue[] {
  const cited = new Set<unknown>();
  for (const table of CITING) for (const row of ctx.partial.get(table) ?? []) cited.add(row.data.reference);
  return (ctx.partial.get('references') ?? [])
    .filter((row) => typeof row.data.id === 'string' && !cited.has(row.data.id))
    .map((row) => ({
      ...where('references', row, 'id'),
      message: `id: ${quote(row.data.id as string)} is cited by no row of ${CITING.map((t) => `${t}.csv`).join(', ')}; cite it or remove it`,
      severity: 'warning' as const,
    }));
}

type At = (table: string, row: { line: number }, column: string, message: string) => void;
/** Whether checks against a table must be skipped because it could not be read (and counts one). */
type Skip = (table: string) => boolean;

function checkModels(data: Dataset, at: At, today: string) {
  const byId = new Map(data.models.map((r) => [r.data.id, r.data]));
  for (const row of data.models) {
    const m = row.data;
    if (m.release_date !== undefined && m.release_date > today) at('models', row, 'release_date', `${m.release_date} is in the future (today is ${today})`);
    if (m.co_organization !== undefined && m.co_organization === m.organization) {
      at('models', row, 'co_organization', `${quote(m.co_organization)} is already the organization; leave co_organization empty or name the second organization`);
    }
    if (m.data_cutoff !== undefined && m.data_cutoff > today) at('models', row, 'data_cutoff', `${m.data_cutoff} is in the future (today is ${today})`);
    // release_date is the first public availability: the paper and the weights come at it or after it.
    for (const column of ['paper_date', 'open_weights_date'] as const) {
      const date = m[column];
      if (date === undefined) continue;
      if (date > today) at('models', row, column, `${date} is in the future (today is ${today})`);
      else if (m.release_date !== undefined && before(date, m.release_date)) {
        at('models', row, column, `${date} is before release_date ${m.release_date}, which is the first public availability; move the earlier date to release_date`);
      }
    }
    if (typeof m.active_params_billion === 'number' && m.params_billion !== undefined && m.active_params_billion > m.params_billion) {
      at('models', row, 'active_params_billion', `${m.active_params_billion} active exceeds ${m.params_billion} total parameters`);
    }
    if (m.base_model === m.id) {
      at('models', row, 'base_model', 'a model cannot be its own base model');
      continue;
    }
    // baseChain stops where the chain would revisit a model: if that next step exists, it is a cycle.
    const last = baseChain(m.id, byId).at(-1);
    const loop = typeof last?.base_model === 'string' && byId.has(last.base_model) ? last.base_model : undefined;
    if (loop !== undefined) at('models', row, 'base_model', `base models form a cycle through ${quote(loop)}`);
  }
}

function checkArchitectures(data: Dataset, at: At) {
  for (const row of data.architectures) {
    const a = row.data;
    if (a.attention_heads && a.d_model && a.head_dim === undefined && a.d_model % a.attention_heads !== 0) {
      at('architectures', row, 'attention_heads', `${a.attention_heads} heads do not divide d_model ${a.d_model}; give head_dim if the heads are not d_model / heads wide`);
    }
    if (a.kv_heads && a.attention_heads && a.attention_heads % a.kv_heads !== 0) {
      at('architectures', row, 'kv_heads', `${a.kv_heads} key-value heads do not divide ${a.attention_heads} attention heads`);
    }
    if (a.kv_heads && a.attention_heads && a.kv_heads > a.attention_heads) {
      at('architectures', row, 'kv_heads', `${a.kv_heads} key-value heads exceed ${a.attention_heads} attention heads`);
    }
    if (typeof a.moe_active_experts === 'number' && typeof a.moe_experts === 'number' && a.moe_active_experts > a.moe_experts) {
      at('architectures', row, 'moe_active_experts', `${a.moe_active_experts} active experts exceed ${a.moe_experts} experts`);
    }
    checkLayerMix(a, (column, message) => at('architectures', row, column, message));
    checkAttentionKind(a, (column, message) => at('architectures', row, column, message));
  }
}

/** A partial date that ends before another starts (`2023-07` is not before `2023-07-18`). */
export const before = (a: string, b: string) => a < b && !b.startsWith(a);

type Say = (column: keyof ArchitectureRow & string, message: string) => void;

/** Full, sliding-window and linear-attention layers are parts of `layers`. */
export function checkLayerMix(a: ArchitectureRow, say: Say) {
  const parts = (['full_attention_layers', 'sliding_window_layers', 'linear_attention_layers'] as const).filter((k) => a[k] !== undefined);
  const sum = parts.reduce((n, k) => n + a[k]!, 0);
  if (a.layers !== undefined && parts.length === 3 && sum !== a.layers) {
    say(
      'full_attention_layers',
      `full (${a.full_attention_layers}) + sliding-window (${a.sliding_window_layers}) + linear-attention (${a.linear_attention_layers}) layers = ${sum}, but layers is ${a.layers}`,
    );
  } else if (a.layers !== undefined && sum > a.layers) {
    say(parts[0]!, `${parts.map((k) => `${k} ${a[k]}`).join(' + ')} = ${sum} layers, more than layers ${a.layers}`);
  }
  if (a.sliding_window_layers === 0 && a.sliding_window_tokens !== undefined) say('sliding_window_tokens', 'a window is given but sliding_window_layers is 0');
  if (a.linear_attention_layers === 0 && typeof a.linear_attention_kind === 'string')
    say('linear_attention_kind', 'a linear-attention kind is given but linear_attention_layers is 0');
}

/** A recorded attention kind agrees with the head counts, and latent-attention ranks only come with MLA. */
export function checkAttentionKind(a: ArchitectureRow, say: Say) {
  const kind = a.attention_kind;
  const heads = a.attention_heads;
  const kv = a.kv_heads;
  if (kind === 'mha' && heads !== undefined && kv !== undefined && kv !== heads) say('attention_kind', `mha needs as many key-value heads as heads, got ${kv} of ${heads}`);
  if (kind === 'mqa' && kv !== undefined && kv !== 1) say('attention_kind', `mqa has one key-value head, got ${kv}`);
  if (kind === 'gqa' && heads !== undefined && kv !== undefined && (kv === 1 || kv === heads))
    say('attention_kind', `gqa has between 1 and ${heads} key-value heads exclusive, got ${kv}; use ${kv === 1 ? 'mqa' : 'mha'}`);
  if (kind !== undefined && kind !== 'mla') {
    for (const column of ['q_lora_rank', 'kv_lora_rank', 'qk_rope_head_dim', 'qk_nope_head_dim', 'v_head_dim'] as const) {
      if (typeof a[column] === 'number') say(column, `latent-attention dimensions need attention_kind mla, got ${kind}`);
    }
  }
}

function checkProvenance(data: Dataset, at: At, skip: Skip) {
  const rowsByTable = {
    models: new Map(data.models.map((r) => [r.data.id, r.data as Record<string, unknown>])),
    architectures: new Map(data.architectures.map((r) => [r.data.model_id, r.data as Record<string, unknown>])),
    training: new Map(data.training.map((r) => [r.data.model_id, r.data as Record<string, unknown>])),
  };
  const columns = Object.fromEntries(CORE_TABLES.map((d) => [d.name, columnsOf(d.schema)]));
  for (const row of data.provenance) {
    const p = row.data;
    // The key, the default source and its locator are not values a source could report.
    const cols = columns[p.table]!.filter((c) => !['id', 'model_id', 'reference', 'locator'].includes(c));
    if (!cols.includes(p.column)) {
      const hint = suggest(p.column, cols);
      const why =
        p.column === 'reference' || p.column === 'locator'
          ? "; a cell's own source goes in the reference and locator columns of this provenance row"
          : hint
            ? ` — did you mean "${hint}"?`
            : '';
      at('provenance', row, 'column', `${quote(p.column)} is not a value column of ${p.table}.csv${why}`);
      continue;
    }
    if (skip(p.table)) continue;
    const target = rowsByTable[p.table].get(p.model_id);
    if (!target) {
      if (p.table !== 'models') at('provenance', row, 'model_id', `${quote(p.model_id)} has no row in ${p.table}.csv`);
      continue;
    }
    if (target[p.column] === undefined) at('provenance', row, 'column', `the ${p.column} cell of ${quote(p.model_id)} in ${p.table}.csv is empty; provenance is for values`);
  }
}

function checkSurveys(data: Dataset, at: At, skip: Skip) {
  for (const table of data.surveyTables) {
    const name = table.def.name;
    table.rows.forEach((row, i) => {
      if (row.data.row !== i + 1) at(name, row, 'row', `expected row ${i + 1} (rows are numbered 1, 2, 3 … in printed order), got ${row.data.row}`);
    });
  }
  const tables = new Map(data.surveyTables.map((t) => [`${t.meta.survey_id}/${t.meta.table_id}`, t]));
  for (const row of data['survey-differences']) {
    const d = row.data;
    if (skip('survey-tables')) continue;
    const table = tables.get(`${d.survey_id}/${d.table_id}`);
    if (table && skip(table.def.name)) continue;
    if (!table) {
      at('survey-differences', row, 'table_id', `${quote(d.table_id)} is not a table of survey ${quote(d.survey_id)} in survey-tables.csv`);
      continue;
    }
    const cols = columnsOf(SURVEY_TABLE_SCHEMAS[table.meta.kind]).filter((c) => !['row', 'model', 'model_id', 'group'].includes(c));
    if (!cols.includes(d.column)) at('survey-differences', row, 'column', `${quote(d.column)} is not a printed column of ${d.table_id}; expected one of ${cols.join(', ')}`);
    if (!table.rows.some((r) => r.data.model_id === d.model_id)) at('survey-differences', row, 'model_id', `${quote(d.model_id)} has no row in ${d.table_id}`);
  }
}
