import { z } from 'astro/zod';
import { cell } from './cells.ts';
import { ACCESS } from './enums.ts';
import { reference, locator } from './shared-columns.ts';

/** `data/models.csv`: one row per model — identity and statistics. */
export const ModelRowSchema = z.strictObject({
  id: cell.id({ description: 'Unique model id: lowercase letters, digits, "-", "_" and ".".', example: 'llama-2-70b' }).required(),
  name: cell.text({ description: 'Display name as its makers write it.', example: 'LLaMA 2 70B' }).required(),
  family: cell.id({ description: 'Lowercase id grouping the versions and sizes of one line of models.', example: 'llama' }).required(),
  organization: cell.text({ description: 'Organization that built and released the model.', example: 'Meta AI' }).required(),
  release_date: cell.date({ description: 'First public release (paper, weights or announcement), with the precision known.', example: '2023-07-18' }).optional(),
  params_billion: cell.number({ description: 'Total parameters.', unit: 'billions', example: '70' }).optional(),
  active_params_billion: cell.number({ description: 'Parameters active per token, for mixture-of-experts models; n/a for dense models.', unit: 'billions', example: '12.9' }).optionalOrNA(),
  access: cell.oneOf(ACCESS, { description: 'How the model can be used: downloadable weights, only through an API or product, or not at all.', example: 'open-weights' }).optional(),
  base_model: cell.id({ description: 'Id of the model this one was fine-tuned or continued from; n/a when pre-trained from scratch.', example: 'llama-2-70b', references: 'models' }).optionalOrNA(),
  instruction_tuned: cell.yesNo({ description: 'Whether the model was instruction-tuned (supervised fine-tuning on instructions).', example: 'yes' }).optional(),
  rlhf: cell.yesNo({ description: 'Whether the model was tuned on human or AI preferences (RLHF, DPO, …).', example: 'no' }).optional(),
  pretrain_tokens_billion: cell.number({ description: 'Tokens seen in pre-training.', unit: 'billions of tokens', example: '2000' }).optional(),
  pretrain_data_gb: cell.number({ description: 'Size of the pre-training corpus, where the source gives bytes rather than tokens.', unit: 'gigabytes', example: '825' }).optional(),
  data_cutoff: cell.date({ description: 'Latest timestamp of the pre-training data.', example: '2022-09' }).optional(),
  hardware_count: cell.integer({ description: 'Number of accelerators used for pre-training.', unit: 'accelerators', example: '2048' }).optional(),
  hardware_type: cell.text({ description: 'Accelerator type used for pre-training.', example: 'A100 80GB' }).optional(),
  training_days: cell.number({ description: 'Wall-clock pre-training time.', unit: 'days', example: '21' }).optional(),
  eval_icl: cell.yesNo({ description: 'Whether the model was evaluated with in-context learning in its paper (a survey statistic).', example: 'yes' }).optional(),
  eval_cot: cell.yesNo({ description: 'Whether the model was evaluated with chain-of-thought prompting in its paper (a survey statistic).', example: 'no' }).optional(),
  url: cell.url({ description: 'Official page of the model: model card, repository or announcement.', example: 'https://huggingface.co/meta-llama/Llama-2-70b-hf' }).optional(),
  reference,
  locator,
});

export type ModelRow = z.output<typeof ModelRowSchema>;
export type ModelRowInput = z.input<typeof ModelRowSchema>;
