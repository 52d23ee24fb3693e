/** A survey row's printed cells, each compared with the curated data and given its recorded reason. */
import type { z } from 'astro/zod';
import { columnMeta } from '../schemas/cells.ts';
import { SURVEY_TABLE_SCHEMAS, type SurveyDifferenceRow } from '../schemas/surveys.ts';
import { compareCell, type Comparison, type Curated } from '../dataset/survey-compare.ts';
import type { PrintedTable } from './site-model.ts';

export interface PrintedCell {
  column: string;
  header: string;
  printed: string;
  result?: Comparison;
  reason?: string;
}

export function printedCells(table: PrintedTable, row: PrintedTable['rows'][number], curated: Curated, differences: readonly SurveyDifferenceRow[]): PrintedCell[] {
  const { survey_id, table_id, kind } = table.meta;
  return Object.entries(SURVEY_TABLE_SCHEMAS[kind].shape).flatMap(([column, schema]) => {
    const header = columnMeta(schema as z.ZodType).printed;
    if (header === undefined || column === 'model') return [];
    const printed = row[column] === undefined ? '' : String(row[column]);
    const result = compareCell(kind, column, printed, curated);
    const reason = differences.find((d) => d.survey_id === survey_id && d.table_id === table_id && d.model_id === row.model_id && d.column === column)?.reason;
    return [{ column, header, printed, ...(result ? { result } : {}), ...(reason ? { reason } : {}) }];
  });
}
