import { z } from 'astro/zod';
import { cell } from './cells.ts';
import { CURATED_TABLES, STATUS } from './enums.ts';

/**
 * `data/provenance.csv`: per-cell overrides of a curated row's default source and status.
 * A cell without an override is `reported` by its row's `reference`.
 */
export const ProvenanceRowSchema = z.strictObject({
  table: cell.oneOf(CURATED_TABLES, { description: 'Curated table the cell belongs to.', example: 'training' }).required(),
  model_id: cell.id({ description: 'Id of the model whose row holds the cell.', example: 'llama-2-70b', references: 'models' }).required(),
  column: cell.id({ description: 'Column of the cell in that table.', example: 'batch_tokens' }).required(),
  status: cell.oneOf(STATUS, { description: 'reported: printed in the source; derived: computed from reported values (the note says how); estimated: an approximate or third-party figure.', example: 'derived' }).required(),
  reference: cell.id({ description: "Id of the cell's source, when it differs from the row's default reference.", example: 'touvron-2023-llama2', references: 'references' }).optional(),
  locator: cell.text({ description: 'Where in the source the value stands.', example: 'Table 2' }).optional(),
  note: cell.text({ description: 'How a derived value was computed, or why an estimate was used.', example: '1024 sequences × 2048 tokens' }).optional(),
});

export type ProvenanceRow = z.output<typeof ProvenanceRowSchema>;
export type ProvenanceRowInput = z.input<typeof ProvenanceRowSchema>;
