import { z } from 'astro/zod';
import { cell } from './cells.ts';
import { DECAY_SCHEDULE, OPTIMIZER, PRECISION } from './enums.ts';
import { locator, modelId, reference } from './shared-columns.ts';

/** `data/training.csv`: one row per model whose pre-training recipe is published. */
export const TrainingRowSchema = z.strictObject({
  model_id: modelId,
  batch_tokens: cell.ramp({ description: 'Batch size in tokens; a ramp "start→end" when it grows during training.', unit: 'tokens', example: '32000→3200000' }).optional(),
  peak_lr: cell.number({ description: 'Peak learning rate.', example: '6e-5' }).optional(),
  warmup: cell.yesNo({ description: 'Whether the learning rate is warmed up.', example: 'yes' }).optional(),
  warmup_steps: cell.integer({ description: 'Length of the warmup.', unit: 'steps', example: '2000' }).optional(),
  decay_schedule: cell.oneOf(DECAY_SCHEDULE, { description: 'Shape of the learning-rate decay after the peak.', example: 'cosine' }).optional(),
  decay_floor_ratio: cell.number({ description: 'Final learning rate as a fraction of the peak ("cosine decay to 10%" is 0.1).', example: '0.1' }, { max: 1 }).optional(),
  optimizer: cell.oneOf(OPTIMIZER, { description: 'Optimizer.', example: 'adamw' }).optional(),
  adam_beta1: cell.number({ description: 'First-moment decay β1 of Adam-style optimizers.', example: '0.9' }, { max: 1 }).optional(),
  adam_beta2: cell.number({ description: 'Second-moment decay β2 of Adam-style optimizers.', example: '0.95' }, { max: 1 }).optional(),
  precision: cell.oneOf(PRECISION, { description: 'Numeric precision of training; mixed when the low-precision type is not stated.', example: 'bf16' }).optional(),
  weight_decay: cell.number({ description: 'Weight decay (0 means none).', example: '0.1' }).optional(),
  grad_clip: cell.number({ description: 'Gradient clipping norm.', example: '1.0' }).optional(),
  dropout: cell.number({ description: 'Dropout rate (0 means none).', example: '0' }, { max: 1 }).optional(),
  reference,
  locator,
});

export type TrainingRow = z.output<typeof TrainingRowSchema>;
export type TrainingRowInput = z.input<typeof TrainingRowSchema>;
