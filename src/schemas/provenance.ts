import { z } from 'astro/zod';
import { cell } from './cells.ts';
import { CURATED_TABLES, STATUS } from './enums.ts';

/**
 * `data/provenance.csv`: per-cell overrides of a curated row's default source and status.
 * A cell without an override is `reported` by its row's `reference`.
 */
export const ProvenanceRowSchema = z.strictObject({
  table: cell
    .oneOf(CURATED_TABLES, { label: 'Table', zh: { label: '表', description: '单元格所属的整理表。' }, description: 'Curated table the cell belongs to.', example: 'training' })
    .required(),
  model_id: cell
    .id({
      label: 'Model',
      zh: { label: '模型', description: '单元格所在行的模型标识。' },
      description: 'Id of the model whose row holds the cell.',
      example: 'llama-2-70b',
      references: 'models',
    })
    .required(),
  column: cell
    .id({ label: 'Column', zh: { label: '列', description: '单元格在该表中所在的列。' }, description: 'Column of the cell in that table.', example: 'batch_tokens' })
    .required(),
  status: cell
    .oneOf(STATUS, {
      label: 'Status',
      zh: { label: '状态', description: 'reported：来源中印出的值；derived：由 reported 值计算得出（计算方法见 note）；estimated：近似值或第三方给出的数字。' },
      description: 'reported: printed in the source; derived: computed from reported values (the note says how); estimated: an approximate or third-party figure.',
      example: 'derived',
    })
    .required(),
  reference: cell
    .id({
      label: 'Reference',
      zh: { label: '参考文献', description: '单元格来源的标识，在它不同于本行默认来源（reference）时填写。' },
      description: "Id of the cell's source, when it differs from the row's default reference.",
      example: 'touvron-2023-llama2',
      references: 'references',
    })
    .optional(),
  locator: cell
    .text({ label: 'Locator', zh: { label: '出处位置', description: '该值在来源中的位置。' }, description: 'Where in the source the value stands.', example: 'Table 2' })
    .optional(),
  note: cell
    .text({
      label: 'Note',
      zh: { label: '说明', description: '推导值的计算方法，或采用估计值的原因。' },
      description: 'How a derived value was computed, or why an estimate was used.',
      example: '1024 sequences × 2048 tokens',
    })
    .optional(),
});

export type ProvenanceRow = z.output<typeof ProvenanceRowSchema>;
export type ProvenanceRowInput = z.input<typeof ProvenanceRowSchema>;
