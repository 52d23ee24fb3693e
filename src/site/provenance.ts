/** Resolve where each curated value comes from: its row's default source, or a per-cell override. */
import type { CuratedTable, Status } from '../schemas/enums.ts';
import type { ProvenanceRow } from '../schemas/provenance.ts';

export interface CellSource {
  status: Status;
  reference: string;
  locator?: string;
  note?: string;
}

export type ProvenanceIndex = Map<string, ProvenanceRow>;

const keyOf = (table: CuratedTable, modelId: string, column: string) => `${table}/${modelId}/${column}`;

export function indexProvenance(rows: readonly ProvenanceRow[]): ProvenanceIndex {
  return new Map(rows.map((p) => [keyOf(p.table, p.model_id, p.column), p]));
}

/** The source of one cell: the override if there is one, else `reported` by the row's reference. */
export function cellSource(index: ProvenanceIndex, table: CuratedTable, row: { reference: string; locator?: string }, modelId: string, column: string): CellSource {
  const override = index.get(keyOf(table, modelId, column));
  if (!override) return { status: 'reported', reference: row.reference, locator: row.locator };
  return {
    status: override.status,
    reference: override.reference ?? row.reference,
    locator: override.locator ?? (override.reference ? undefined : row.locator),
    note: override.note,
  };
}
