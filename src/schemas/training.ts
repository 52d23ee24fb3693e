import { z } from 'astro/zod';
import { cell } from './cells.ts';
import { DECAY_SCHEDULE, OPTIMIZER, PRECISION } from './enums.ts';
import { locator, modelId, reference } from './shared-columns.ts';

/** `data/training.csv`: one row per model whose pre-training recipe is published. */
export const TrainingRowSchema = z.strictObject({
  model_id: modelId,
  batch_tokens: cell
    .ramp({
      label: 'Batch (tokens)',
      zh: { label: '批大小（词元）', description: '以词元计的批大小；训练中逐步增大时写成渐增形式 "start→end"。' },
      description: 'Batch size in tokens; a ramp "start→end" when it grows during training.',
      unit: 'tokens',
      example: '32000→3200000',
    })
    .optional(),
  peak_lr: cell.number({ label: 'Peak LR', zh: { label: '峰值学习率', description: '峰值学习率。' }, description: 'Peak learning rate.', example: '6e-5' }).optional(),
  warmup: cell
    .yesNo({ label: 'Warmup', zh: { label: '预热', description: '学习率是否有预热。' }, description: 'Whether the learning rate is warmed up.', example: 'yes' })
    .optional(),
  warmup_steps: cell
    .integer({ label: 'Warmup steps', zh: { label: '预热步数', description: '预热的长度。' }, description: 'Length of the warmup.', unit: 'steps', example: '2000' })
    .optional(),
  decay_schedule: cell
    .oneOf(DECAY_SCHEDULE, {
      label: 'Decay',
      zh: { label: '衰减方式', description: '学习率过峰值后的衰减形式。' },
      description: 'Shape of the learning-rate decay after the peak.',
      example: 'cosine',
    })
    .optional(),
  decay_floor_ratio: cell
    .number(
      {
        label: 'LR floor',
        zh: { label: '学习率下限', description: '最终学习率占峰值的比例（"cosine decay to 10%" 即 0.1）。' },
        description: 'Final learning rate as a fraction of the peak ("cosine decay to 10%" is 0.1).',
        example: '0.1',
      },
      { max: 1 },
    )
    .optional(),
  optimizer: cell.oneOf(OPTIMIZER, { label: 'Optimizer', zh: { label: '优化器', description: '优化器。' }, description: 'Optimizer.', example: 'adamw' }).optional(),
  adam_beta1: cell
    .number(
      { label: 'β1', zh: { label: 'β1', description: 'Adam 类优化器的一阶矩衰减率 β1。' }, description: 'First-moment decay β1 of Adam-style optimizers.', example: '0.9' },
      { max: 1 },
    )
    .optional(),
  adam_beta2: cell
    .number(
      { label: 'β2', zh: { label: 'β2', description: 'Adam 类优化器的二阶矩衰减率 β2。' }, description: 'Second-moment decay β2 of Adam-style optimizers.', example: '0.95' },
      { max: 1 },
    )
    .optional(),
  precision: cell
    .oneOf(PRECISION, {
      label: 'Precision',
      zh: { label: '精度', description: '训练的数值精度；未说明低精度类型时填 mixed。' },
      description: 'Numeric precision of training; mixed when the low-precision type is not stated.',
      example: 'bf16',
    })
    .optional(),
  weight_decay: cell
    .number({ label: 'Weight decay', zh: { label: '权重衰减', description: '权重衰减（0 表示不使用）。' }, description: 'Weight decay (0 means none).', example: '0.1' })
    .optional(),
  grad_clip: cell.number({ label: 'Grad clip', zh: { label: '梯度裁剪', description: '梯度裁剪范数。' }, description: 'Gradient clipping norm.', example: '1.0' }).optional(),
  dropout: cell
    .number({ label: 'Dropout', zh: { label: 'Dropout', description: 'Dropout 比率（0 表示不使用）。' }, description: 'Dropout rate (0 means none).', example: '0' }, { max: 1 })
    .optional(),
  reference,
  locator,
});

export type TrainingRow = z.output<typeof TrainingRowSchema>;
export type TrainingRowInput = z.input<typeof TrainingRowSchema>;
