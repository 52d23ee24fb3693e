import { z } from 'astro/zod';
import { cell } from './cells.ts';

/** `data/size-differences.csv`: why a model's stated size differs from the size its architecture adds up to. */
export const SizeDifferenceRowSchema = z.strictObject({
  model_id: cell.id({ description: 'Id of the model whose stated size differs by more than 5 % from the recomputed one.', example: 'deepseek-v3', references: 'models' }).required(),
  reason: cell.text({ description: 'Why the two differ, with its source.', example: 'The first three layers are dense, not mixture-of-experts.' }).required(),
});

export type SizeDifferenceRow = z.output<typeof SizeDifferenceRowSchema>;
