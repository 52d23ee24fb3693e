import { z } from 'astro/zod';
import { cell } from './cells.ts';
import { SURVEY_GROUP, SURVEY_TABLE_KIND, type SurveyTableKind } from './enums.ts';

/** `data/surveys.csv`: the surveys whose tables are reproduced as printed. */
export const SurveyRowSchema = z.strictObject({
  id: cell.id({ description: 'Unique survey id: first author and year.', example: 'zhao-2023' }).required(),
  title: cell.text({ description: 'Title of the survey.', example: 'A Survey of Large Language Models' }).required(),
  authors: cell.text({ description: 'Authors ("First Author et al.").', example: 'Wayne Xin Zhao et al.' }).required(),
  year: cell.integer({ description: 'Year of the first version.', unit: 'year', example: '2023' }, { min: 1900, max: 2999 }).required(),
  arxiv_id: cell.text({ description: 'arXiv identifier without version.', example: '2303.18223' }).optional(),
  url: cell.url({ description: 'Where to read the survey.', example: 'https://arxiv.org/abs/2303.18223' }).required(),
});

/** `data/survey-tables.csv`: one row per reproduced table, saying which version was read where. */
export const SurveyTableRowSchema = z.strictObject({
  survey_id: cell.id({ description: 'Id of the survey (in surveys.csv).', example: 'zhao-2023', references: 'surveys' }).required(),
  table_id: cell.id({ description: 'Id of the table; its rows are in data/surveys/<survey_id>/<table_id>.csv.', example: 'statistics' }).required(),
  kind: cell.oneOf(SURVEY_TABLE_KIND, { description: 'Which kind of table it is, which fixes its columns.', example: 'statistics' }).required(),
  label: cell.text({ description: 'Number of the table or figure in the paper.', example: 'Table 1' }).required(),
  caption: cell.text({ description: 'Caption as printed (may be shortened with …).', example: 'Statistics of large language models …' }).required(),
  paper_version: cell.text({ description: 'arXiv version the table was transcribed from.', example: 'v16' }).required(),
  read_from: cell.text({ description: 'Where the table was read (a rendering of the paper, a PDF).', example: 'arXiv HTML rendering of v16' }).required(),
  row_count: cell.integer({ description: 'Number of rows the table has in that version.', unit: 'rows', example: '56' }).required(),
});

const row = cell.integer({ description: 'Position of the row in the printed table, from 1.', unit: 'row', example: '1' }, { min: 1 }).required();
const printedModel = cell.text({ description: 'Model name as printed.', example: 'LLaMA', printed: 'Model' }).required();
const modelId = cell.id({ description: 'Id of the curated model (in models.csv) the printed row describes.', example: 'llama-65b', references: 'models' }).required();
const printed = (header: string, description: string, example: string) =>
  cell.text({ description, example, printed: header }).optional();

export const SurveyStatisticsRowSchema = z.strictObject({
  row,
  group: cell.oneOf(SURVEY_GROUP, { description: 'Group the row is printed in.', example: 'publicly-available' }).required(),
  model: printedModel,
  release_time: printed('Release Time', 'Release time as printed.', '2023-02'),
  size_b: printed('Size (B)', 'Size in billions as printed.', '65'),
  base_model: printed('Base Model', 'Base model as printed.', 'T5'),
  it: printed('IT', 'Adaptation by instruction tuning, as printed.', '✓'),
  rlhf: printed('RLHF', 'Adaptation by RLHF, as printed.', '✓'),
  pretrain_data_scale: printed('Pre-train Data Scale', 'Pre-training data scale as printed.', '1.4T tokens'),
  latest_data_timestamp: printed('Latest Data Timestamp', 'Latest data timestamp as printed.', '-'),
  hardware: printed('Hardware (GPUs / TPUs)', 'Hardware as printed.', '2048 A100'),
  training_time: printed('Training Time', 'Training time as printed.', '21 d'),
  icl: printed('ICL', 'Evaluated with in-context learning, as printed.', '✓'),
  cot: printed('CoT', 'Evaluated with chain of thought, as printed.', '✓'),
  model_id: modelId,
});

export const SurveyModelCardRowSchema = z.strictObject({
  row,
  model: printedModel,
  category: printed('Category', 'Architecture category as printed.', 'Causal decoder'),
  size: printed('Size', 'Size as printed.', '175B'),
  normalization: printed('Normalization', 'Normalization as printed.', 'Pre LayerNorm'),
  pe: printed('PE', 'Position embedding as printed.', 'Learned'),
  activation: printed('Activation', 'Activation as printed.', 'GeLU'),
  bias: printed('Bias', 'Bias as printed.', '✓'),
  layers: printed('#L', 'Number of layers as printed.', '96'),
  heads: printed('#H', 'Number of attention heads as printed.', '96'),
  d_model: printed('d_model', 'Hidden size as printed.', '12288'),
  mcl: printed('MCL', 'Maximum context length as printed.', '2048'),
  model_id: modelId,
});

export const SurveyOptimizationRowSchema = z.strictObject({
  row,
  model: printedModel,
  batch_size: printed('Batch Size (#tokens)', 'Batch size in tokens as printed.', '32K→3.2M'),
  learning_rate: printed('Learning Rate', 'Learning rate as printed.', '6 × 10^-5'),
  warmup: printed('Warmup', 'Warmup as printed.', '✓'),
  decay_method: printed('Decay Method', 'Decay method as printed.', 'cosine decay to 10%'),
  optimizer: printed('Optimizer', 'Optimizer as printed.', 'Adam'),
  precision_type: printed('Precision Type', 'Precision type as printed.', 'FP16'),
  weight_decay: printed('Weight Decay', 'Weight decay as printed.', '0.1'),
  grad_clip: printed('Grad Clip', 'Gradient clipping as printed.', '1.0'),
  dropout: printed('Dropout', 'Dropout as printed.', '-'),
  model_id: modelId,
});

export const SurveyTimelineRowSchema = z.strictObject({
  row,
  model: printedModel,
  year: printed('Year', 'Year the model is placed under.', '2023'),
  months: printed('Months', 'Month range the model is placed under, as printed.', '1-6'),
  publicly_available: cell.yesNo({ description: 'Whether the figure marks the model as publicly available.', example: 'yes' }).optional(),
  model_id: modelId,
});

/** The schema of each kind of survey table. */
export const SURVEY_TABLE_SCHEMAS = {
  statistics: SurveyStatisticsRowSchema,
  'model-cards': SurveyModelCardRowSchema,
  optimization: SurveyOptimizationRowSchema,
  timeline: SurveyTimelineRowSchema,
} as const satisfies Record<SurveyTableKind, z.ZodObject>;

/** `data/survey-differences.csv`: why a curated value differs from what a survey printed. */
export const SurveyDifferenceRowSchema = z.strictObject({
  survey_id: cell.id({ description: 'Id of the survey.', example: 'zhao-2023', references: 'surveys' }).required(),
  table_id: cell.id({ description: 'Id of the survey table.', example: 'model-cards' }).required(),
  model_id: cell.id({ description: 'Id of the model whose printed row differs.', example: 'llama-65b', references: 'models' }).required(),
  column: cell.id({ description: 'Printed column (as in the survey CSV) that differs.', example: 'bias' }).required(),
  reason: cell.text({ description: 'Why the curated value differs, with its source.', example: 'The LLaMA paper and config have no biases; v1 of the survey printed ✓.' }).required(),
});

export type SurveyRow = z.output<typeof SurveyRowSchema>;
export type SurveyTableRow = z.output<typeof SurveyTableRowSchema>;
export type SurveyStatisticsRow = z.output<typeof SurveyStatisticsRowSchema>;
export type SurveyModelCardRow = z.output<typeof SurveyModelCardRowSchema>;
export type SurveyOptimizationRow = z.output<typeof SurveyOptimizationRowSchema>;
export type SurveyTimelineRow = z.output<typeof SurveyTimelineRowSchema>;
export type SurveyDifferenceRow = z.output<typeof SurveyDifferenceRowSchema>;
