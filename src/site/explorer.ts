/**
 * The explorer: the three curated tables joined on the model — every model, every column of its
 * model, architecture and training rows, and the columns computed from them (attention kind,
 * dense or MoE, release year, KV cache per token, training compute). `/models/`,
 * `/architectures/` and `/training/` are presets of it: a set of columns shown by default and the
 * rows that have a row in that table. Pure, so the pages, the payload and the tests share it.
 */
import type { CuratedTable } from '../schemas/enums.ts';
import { CURATED_TABLES } from '../schemas/enums.ts';
import { derivedColumnsOf } from '../values/derived-columns.ts';
import { derivedCell, derivedViewColumn, type CuratedView, type ViewCell, type ViewColumn, type ViewRow } from './curated-view.ts';
import type { ViewInput } from './curated-view.ts';

/** A column of the explorer, with the table it comes from. */
export interface ExplorerColumn extends ViewColumn {
  group: CuratedTable;
}

export interface ExplorerView {
  columns: readonly ExplorerColumn[];
  /** Every model, in the models table's order (release date, then name). */
  rows: ViewRow[];
  /** Ids of the models that have a row in the architectures and training tables. */
  member: Readonly<Record<'architectures' | 'training', ReadonlySet<string>>>;
  labels: CuratedView['labels'];
}

/** The explorer's own page and the three tables it presets. */
export const PRESETS = ['explore', ...CURATED_TABLES] as const;
export type Preset = (typeof PRESETS)[number];

/** What the explorer shows first: identity, size, the architecture's main choices, the training budget. */
const EXPLORE_COLUMNS = [
  'organization',
  'release_date',
  'params_billion',
  'active_params_billion',
  'access',
  'dense_or_moe',
  'attention_kind',
  'position_encoding',
  'activation',
  'layers',
  'd_model',
  'context_tokens',
  'kv_cache_bytes_per_token',
  'pretrain_tokens_billion',
  'training_compute_flop',
] as const;

const EMPTY: ViewCell = { text: '', csv: '' };

/** The derived columns only the explorer shows (release year, dense or MoE), each with its table. */
const EXPLORER_ONLY = CURATED_TABLES.flatMap((table) => derivedColumnsOf(table, { explorer: true }).filter((d) => d.explorerOnly));
const explorerOnlyKeys = new Set(EXPLORER_ONLY.map((d) => d.key));

export function explorerView(views: Readonly<Record<CuratedTable, CuratedView>>, input: ViewInput): ExplorerView {
  const columns: ExplorerColumn[] = [
    ...CURATED_TABLES.flatMap((table) => views[table].columns.map((c) => ({ ...c, group: table }))),
    ...EXPLORER_ONLY.map((d) => ({ ...derivedViewColumn(d), group: d.table })),
  ];
  const byTable = {
    architectures: new Map(views.architectures.rows.map((r) => [r.id, r])),
    training: new Map(views.training.rows.map((r) => [r.id, r])),
  };
  const modelById = new Map(input.models.map((m) => [m.id, m]));
  const rows = views.models.rows.map((modelRow): ViewRow => {
    const cells: Record<string, ViewCell> = { ...modelRow.cells };
    for (const table of ['architectures', 'training'] as const) {
      const row = byTable[table].get(modelRow.id);
      for (const c of views[table].columns) cells[c.key] = row?.cells[c.key] ?? EMPTY;
    }
    const model = modelById.get(modelRow.id);
    const architecture = input.architectures.get(modelRow.id);
    for (const d of EXPLORER_ONLY) {
      const reference = d.table === 'architectures' ? architecture?.reference : model?.reference;
      cells[d.key] = model && reference ? derivedCell(d, model, architecture, reference) : EMPTY;
    }
    return { ...modelRow, cells };
  });
  return {
    columns,
    rows,
    member: { architectures: new Set(byTable.architectures.keys()), training: new Set(byTable.training.keys()) },
    labels: Object.assign({}, ...CURATED_TABLES.map((t) => views[t].labels)) as CuratedView['labels'],
  };
}

/** The columns a preset shows before the reader chooses: a table's own columns, or the explorer's first set. */
export function presetColumns(preset: Preset, view: ExplorerView): string[] {
  if (preset === 'explore') return EXPLORE_COLUMNS.filter((key) => view.columns.some((c) => c.key === key));
  return view.columns.filter((c) => c.group === preset && c.meta.inTable !== false && !explorerOnlyKeys.has(c.key)).map((c) => c.key);
}

/** The rows a preset starts from: every model for the explorer and the models table, else those with a row in that table. */
export function presetRows(preset: Preset, view: ExplorerView): ViewRow[] {
  if (preset === 'explore' || preset === 'models') return view.rows;
  const member = view.member[preset];
  return view.rows.filter((r) => member.has(r.id));
}

/** A preset's scope as the payload's membership names it (none: every row). */
export const presetScope = (preset: Preset): 'architectures' | 'training' | undefined => (preset === 'architectures' || preset === 'training' ? preset : undefined);
