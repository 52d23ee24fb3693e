/**
 * The rows and columns of the three curated tables as the site shows them: display text, sort
 * value, status and source of every cell. Pure, so the pages, the exports and the tests share it.
 */
import type { z } from 'astro/zod';
import { columnMeta, type ColumnMeta } from '../schemas/cells.ts';
import { attentionKindFromHeads } from '../values/attention-kind.ts';
import { derivedColumnsOf, type DerivedColumn } from '../values/derived-columns.ts';
import type { CuratedTable, Status } from '../schemas/enums.ts';
import type { ArchitectureRow } from '../schemas/architectures.ts';
import type { ModelRow } from '../schemas/models.ts';
import type { TrainingRow } from '../schemas/training.ts';
import { CORE_TABLES } from '../schemas/tables.ts';
import type { OrganizationRow } from '../schemas/organizations.ts';
import type { Locale } from '../i18n/locales.ts';
import { organizationName } from './organizations.ts';
import { formatValue, numericValue, csvValue, type CellValue } from '../values/format-value.ts';
import { columnLabelIn, enumLabel } from '../schemas/facts.ts';
import type { FacetKind } from '../elements/table-state.ts';
import { cellSource, type ProvenanceIndex } from './provenance.ts';

export interface ViewColumn {
  key: string;
  label: string;
  meta: ColumnMeta;
  numeric: boolean;
  /** How the interactive table filters this column. */
  facet?: FacetKind;
}

function facetOf(meta: ColumnMeta): FacetKind | undefined {
  if (meta.kind === 'enum' || meta.kind === 'boolean' || meta.references === 'organizations') return 'set';
  if (meta.kind === 'number' || meta.kind === 'integer' || meta.kind === 'ramp') return 'range';
  if (meta.kind === 'date') return 'date';
  return undefined;
}

export interface ViewCell {
  /** Display text; empty when unknown. */
  text: string;
  /** CSV text (the form written in the data files). */
  csv: string;
  /** Number for numeric columns (sorting, filtering). */
  num?: number;
  status?: Status;
  reference?: string;
  locator?: string;
  note?: string;
  /** Link target (model pages for model ids). */
  href?: string;
}

export interface ViewRow {
  id: string;
  name: string;
  organization: string;
  family: string;
  cells: Record<string, ViewCell>;
}

export interface CuratedView {
  table: CuratedTable;
  columns: readonly ViewColumn[];
  rows: ViewRow[];
  /** Display names of the values of id columns (organizations), per language, for facets. */
  labels: Readonly<Record<string, Readonly<Record<Locale, Record<string, string>>>>>;
}

const HIDDEN = new Set(['id', 'model_id', 'name', 'reference', 'locator', 'url', 'family', 'eval_icl', 'eval_cot']);

const columnsCache = new Map<CuratedTable, ViewColumn[]>();

/** The shown columns of a table (computed once: every model page asks for them). */
export function viewColumns(table: CuratedTable): readonly ViewColumn[] {
  let columns = columnsCache.get(table);
  if (!columns) columnsCache.set(table, (columns = buildViewColumns(table)));
  return columns;
}

function buildViewColumns(table: CuratedTable): ViewColumn[] {
  const def = CORE_TABLES.find((d) => d.name === table)!;
  return Object.entries(def.schema.shape)
    .filter(([key]) => !HIDDEN.has(key))
    .map(([key, schema]) => {
      const meta = columnMeta(schema as z.ZodType);
      const facet = facetOf(meta);
      return { key, label: columnLabelIn('en', key), meta, numeric: ['number', 'integer', 'ramp'].includes(meta.kind), ...(facet ? { facet } : {}) };
    })
    .concat(derivedColumnsOf(table).map(derivedViewColumn));
}

/** A computed column as a view column: numeric ones filter by range, categories by set. */
export function derivedViewColumn(d: DerivedColumn): ViewColumn {
  const facet = facetOf(d.meta);
  return { key: d.key, label: d.meta.label, meta: d.meta, numeric: d.meta.kind === 'number' || d.meta.kind === 'integer', ...(facet ? { facet } : {}) };
}

export interface ViewInput {
  models: readonly ModelRow[];
  organizations: ReadonlyMap<string, OrganizationRow>;
  architectures: ReadonlyMap<string, ArchitectureRow>;
  training: ReadonlyMap<string, TrainingRow>;
  provenance: ProvenanceIndex;
}

/** One typed value as a view cell, with its source resolved. */
export function viewCell(
  table: CuratedTable,
  row: { reference: string; locator?: string },
  modelId: string,
  column: string,
  meta: ColumnMeta,
  value: CellValue,
  provenance: ProvenanceIndex,
): ViewCell {
  // Enum values whose slug does not read as English (a100-80gb) show their label; the CSV keeps the slug.
  const text = meta.kind === 'enum' && typeof value === 'string' ? enumLabel('en', value) : formatValue(value, meta);
  const cell: ViewCell = { text, csv: csvValue(value) };
  const num = numericValue(value);
  if (num !== undefined) cell.num = num;
  if (value !== undefined) Object.assign(cell, cellSource(provenance, table, row, modelId, column));
  if (meta.references === 'models' && typeof value === 'string') cell.href = `/models/${value}/`;
  return cell;
}

/** A computed column's cell: its value, marked derived, with the formula as its note. */
export function derivedCell(d: DerivedColumn, model: ModelRow, architecture: ArchitectureRow | undefined, reference: string): ViewCell {
  const v = d.compute({ model, ...(architecture ? { architecture } : {}) });
  if (!v) return { text: '', csv: '' };
  return { text: v.text, csv: String(v.value), ...(typeof v.value === 'number' ? { num: v.value } : {}), status: 'derived', reference, note: v.formula };
}

/** Where a row does not record its attention kind, the head counts imply it: shown, and marked derived. */
function fillDerivedAttention(cells: Record<string, ViewCell>, a: ArchitectureRow | undefined) {
  const cell = cells.attention_kind;
  if (!a || !cell || a.attention_kind !== undefined) return;
  const kind = attentionKindFromHeads(a.attention_heads, a.kv_heads);
  if (!kind) return;
  Object.assign(cell, {
    text: kind,
    csv: kind,
    status: 'derived',
    reference: a.reference,
    note: `from ${a.attention_heads} heads and ${a.kv_heads} key-value heads: equal → mha, one → mqa, otherwise gqa`,
  } satisfies Partial<ViewCell>);
}

export function curatedView(table: CuratedTable, input: ViewInput): CuratedView {
  const columns = viewColumns(table);
  const rows: ViewRow[] = [];
  for (const model of input.models) {
    const row = table === 'models' ? model : table === 'architectures' ? input.architectures.get(model.id) : input.training.get(model.id);
    if (!row) continue;
    const record: Readonly<Record<string, CellValue>> = row;
    const cells: Record<string, ViewCell> = {};
    for (const c of columns) cells[c.key] = viewCell(table, row, model.id, c.key, c.meta, record[c.key], input.provenance);
    if (table === 'architectures') fillDerivedAttention(cells, input.architectures.get(model.id));
    for (const d of derivedColumnsOf(table)) cells[d.key] = derivedCell(d, model, input.architectures.get(model.id), row.reference);
    for (const c of columns) {
      const cell = cells[c.key]!;
      if (c.meta.references === 'organizations' && cell.csv) cell.text = organizationName(input.organizations, cell.csv, 'en');
    }
    rows.push({ id: model.id, name: model.name, organization: organizationName(input.organizations, model.organization, 'en'), family: model.family, cells });
  }
  const labels: Record<string, Record<Locale, Record<string, string>>> = {};
  for (const c of columns.filter((c) => c.meta.references === 'organizations')) {
    const used = [...new Set(rows.map((r) => r.cells[c.key]?.csv).filter((v): v is string => !!v))];
    labels[c.key] = {
      en: Object.fromEntries(used.map((id) => [id, organizationName(input.organizations, id, 'en')])),
      zh: Object.fromEntries(used.map((id) => [id, organizationName(input.organizations, id, 'zh')])),
    };
  }
  return { table, columns, rows, labels };
}
