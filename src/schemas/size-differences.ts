import { z } from 'astro/zod';
import { cell } from './cells.ts';

/** `data/size-differences.csv`: why a model's stated size differs from the size its architecture adds up to. */
export const SizeDifferenceRowSchema = z.strictObject({
  model_id: cell
    .id({
      label: 'Model',
      zh: { label: '模型', description: '声明规模与重新计算的规模相差超过 5 % 的模型标识。' },
      description: 'Id of the model whose stated size differs by more than 5 % from the recomputed one.',
      example: 'deepseek-v3',
      references: 'models',
    })
    .required(),
  reason: cell
    .text({
      label: 'Reason',
      zh: { label: '原因', description: '两者不同的原因，并注明来源。' },
      description: 'Why the two differ, with its source.',
      example: 'The first three layers are dense, not mixture-of-experts.',
    })
    .required(),
});

export type SizeDifferenceRow = z.output<typeof SizeDifferenceRowSchema>;
