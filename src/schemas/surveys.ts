import { z } from 'astro/zod';
import { cell } from './cells.ts';
import { SURVEY_GROUP, SURVEY_TABLE_KIND, type SurveyTableKind } from './enums.ts';

/** `data/surveys.csv`: the surveys whose tables are reproduced as printed. */
export const SurveyRowSchema = z.strictObject({
  id: cell
    .id({ label: 'Id', zh: { label: '标识', description: '唯一的综述标识：第一作者加年份。' }, description: 'Unique survey id: first author and year.', example: 'zhao-2023' })
    .required(),
  title: cell
    .text({ label: 'Title', zh: { label: '标题', description: '综述的标题。' }, description: 'Title of the survey.', example: 'A Survey of Large Language Models' })
    .required(),
  authors: cell
    .text({
      label: 'Authors',
      zh: { label: '作者', description: '作者（写作 "First Author et al."）。' },
      description: 'Authors ("First Author et al.").',
      example: 'Wayne Xin Zhao et al.',
    })
    .required(),
  year: cell
    .integer(
      { label: 'Year', zh: { label: '年份', description: '首个版本的年份。' }, description: 'Year of the first version.', unit: 'year', example: '2023' },
      { min: 1900, max: 2999 },
    )
    .required(),
  arxiv_id: cell
    .text({ label: 'arXiv id', zh: { label: 'arXiv 编号', description: '不带版本号的 arXiv 编号。' }, description: 'arXiv identifier without version.', example: '2303.18223' })
    .optional(),
  url: cell
    .url({ label: 'URL', zh: { label: '网址', description: '综述的阅读地址。' }, description: 'Where to read the survey.', example: 'https://arxiv.org/abs/2303.18223' })
    .required(),
});

/** `data/survey-tables.csv`: one row per reproduced table, saying which version was read where. */
export const SurveyTableRowSchema = z.strictObject({
  survey_id: cell
    .id({
      label: 'Survey id',
      zh: { label: '综述', description: '综述的标识（见 surveys.csv）。' },
      description: 'Id of the survey (in surveys.csv).',
      example: 'zhao-2023',
      references: 'surveys',
    })
    .required(),
  table_id: cell
    .id({
      label: 'Table id',
      zh: { label: '表格', description: '表格标识；其各行位于 data/surveys/<survey_id>/<table_id>.csv。' },
      description: 'Id of the table; its rows are in data/surveys/<survey_id>/<table_id>.csv.',
      example: 'statistics',
    })
    .required(),
  kind: cell
    .oneOf(SURVEY_TABLE_KIND, {
      label: 'Kind',
      zh: { label: '类型', description: '表格的类型，它决定了表格有哪些列。' },
      description: 'Which kind of table it is, which fixes its columns.',
      example: 'statistics',
    })
    .required(),
  label: cell
    .text({ label: 'Label', zh: { label: '编号', description: '表格或图在论文中的编号。' }, description: 'Number of the table or figure in the paper.', example: 'Table 1' })
    .required(),
  caption: cell
    .text({
      label: 'Caption',
      zh: { label: '标题', description: '原文所印的标题（可用 … 缩略）。' },
      description: 'Caption as printed (may be shortened with …).',
      example: 'Statistics of large language models …',
    })
    .required(),
  paper_version: cell
    .text({
      label: 'Paper version',
      zh: { label: '论文版本', description: '转录表格所依据的 arXiv 版本。' },
      description: 'arXiv version the table was transcribed from.',
      example: 'v16',
    })
    .required(),
  read_from: cell
    .text({
      label: 'Read from',
      zh: { label: '阅读出处', description: '表格的阅读出处（论文的某种渲染版本、PDF）。' },
      description: 'Where the table was read (a rendering of the paper, a PDF).',
      example: 'arXiv HTML rendering of v16',
    })
    .required(),
  row_count: cell
    .integer({
      label: 'Row count',
      zh: { label: '行数', description: '该版本中表格的行数。' },
      description: 'Number of rows the table has in that version.',
      unit: 'rows',
      example: '56',
    })
    .required(),
});

const row = cell
  .integer(
    {
      label: 'Row',
      zh: { label: '行', description: '该行在所印表格中的位置，从 1 开始。' },
      description: 'Position of the row in the printed table, from 1.',
      unit: 'row',
      example: '1',
    },
    { min: 1 },
  )
  .required();
const printedModel = cell
  .text({ label: 'Model', zh: { label: '模型', description: '按原样印出的模型名称。' }, description: 'Model name as printed.', example: 'LLaMA', printed: 'Model' })
  .required();
const modelId = cell
  .id({
    label: 'Model id',
    zh: { label: '模型标识', description: '所印行对应的整理模型的标识（见 models.csv）。' },
    description: 'Id of the curated model (in models.csv) the printed row describes.',
    example: 'llama-65b',
    references: 'models',
  })
  .required();
/** A printed column: its header is its label in both languages, as printed. */
const printed = (header: string, description: string, zh: string, example: string) =>
  cell.text({ label: header, zh: { label: header, description: zh }, description, example, printed: header }).optional();

export const SurveyStatisticsRowSchema = z.strictObject({
  row,
  group: cell
    .oneOf(SURVEY_GROUP, { label: 'Group', zh: { label: '分组', description: '该行所在的分组。' }, description: 'Group the row is printed in.', example: 'publicly-available' })
    .required(),
  model: printedModel,
  release_time: printed('Release Time', 'Release time as printed.', '按原样印出的发布时间。', '2023-02'),
  size_b: printed('Size (B)', 'Size in billions as printed.', '按原样印出的规模（十亿）。', '65'),
  base_model: printed('Base Model', 'Base model as printed.', '按原样印出的基座模型。', 'T5'),
  it: printed('IT', 'Adaptation by instruction tuning, as printed.', '按原样印出的指令微调标记。', '✓'),
  rlhf: printed('RLHF', 'Adaptation by RLHF, as printed.', '按原样印出的 RLHF 标记。', '✓'),
  pretrain_data_scale: printed('Pre-train Data Scale', 'Pre-training data scale as printed.', '按原样印出的预训练数据规模。', '1.4T tokens'),
  latest_data_timestamp: printed('Latest Data Timestamp', 'Latest data timestamp as printed.', '按原样印出的数据最晚时间。', '-'),
  hardware: printed('Hardware (GPUs / TPUs)', 'Hardware as printed.', '按原样印出的硬件。', '2048 A100'),
  training_time: printed('Training Time', 'Training time as printed.', '按原样印出的训练时间。', '21 d'),
  icl: printed('ICL', 'Evaluated with in-context learning, as printed.', '按原样印出的上下文学习评测标记。', '✓'),
  cot: printed('CoT', 'Evaluated with chain of thought, as printed.', '按原样印出的思维链评测标记。', '✓'),
  model_id: modelId,
});

export const SurveyModelCardRowSchema = z.strictObject({
  row,
  model: printedModel,
  category: printed('Category', 'Architecture category as printed.', '按原样印出的架构类别。', 'Causal decoder'),
  size: printed('Size', 'Size as printed.', '按原样印出的规模。', '175B'),
  normalization: printed('Normalization', 'Normalization as printed.', '按原样印出的归一化。', 'Pre LayerNorm'),
  pe: printed('PE', 'Position embedding as printed.', '按原样印出的位置编码。', 'Learned'),
  activation: printed('Activation', 'Activation as printed.', '按原样印出的激活函数。', 'GeLU'),
  bias: printed('Bias', 'Bias as printed.', '按原样印出的偏置。', '✓'),
  layers: printed('#L', 'Number of layers as printed.', '按原样印出的层数。', '96'),
  heads: printed('#H', 'Number of attention heads as printed.', '按原样印出的注意力头数。', '96'),
  d_model: printed('d_model', 'Hidden size as printed.', '按原样印出的隐藏维度。', '12288'),
  mcl: printed('MCL', 'Maximum context length as printed.', '按原样印出的最大上下文长度。', '2048'),
  model_id: modelId,
});

export const SurveyOptimizationRowSchema = z.strictObject({
  row,
  model: printedModel,
  batch_size: printed('Batch Size (#tokens)', 'Batch size in tokens as printed.', '按原样印出的批大小（词元）。', '32K→3.2M'),
  learning_rate: printed('Learning Rate', 'Learning rate as printed.', '按原样印出的学习率。', '6 × 10^-5'),
  warmup: printed('Warmup', 'Warmup as printed.', '按原样印出的预热。', '✓'),
  decay_method: printed('Decay Method', 'Decay method as printed.', '按原样印出的衰减方式。', 'cosine decay to 10%'),
  optimizer: printed('Optimizer', 'Optimizer as printed.', '按原样印出的优化器。', 'Adam'),
  precision_type: printed('Precision Type', 'Precision type as printed.', '按原样印出的精度类型。', 'FP16'),
  weight_decay: printed('Weight Decay', 'Weight decay as printed.', '按原样印出的权重衰减。', '0.1'),
  grad_clip: printed('Grad Clip', 'Gradient clipping as printed.', '按原样印出的梯度裁剪。', '1.0'),
  dropout: printed('Dropout', 'Dropout as printed.', '按原样印出的 Dropout。', '-'),
  model_id: modelId,
});

export const SurveyTimelineRowSchema = z.strictObject({
  row,
  model: printedModel,
  year: printed('Year', 'Year the model is placed under.', '模型在图中所处的年份。', '2023'),
  months: printed('Months', 'Month range the model is placed under, as printed.', '按原样印出的模型所处月份区间。', '1-6'),
  publicly_available: cell
    .yesNo({
      label: 'Publicly available',
      zh: { label: '公开可用', description: '图中是否把该模型标为公开可用。' },
      description: 'Whether the figure marks the model as publicly available.',
      example: 'yes',
    })
    .optional(),
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
  survey_id: cell
    .id({ label: 'Survey id', zh: { label: '综述', description: '综述的标识。' }, description: 'Id of the survey.', example: 'zhao-2023', references: 'surveys' })
    .required(),
  table_id: cell.id({ label: 'Table id', zh: { label: '表格', description: '综述表格的标识。' }, description: 'Id of the survey table.', example: 'model-cards' }).required(),
  model_id: cell
    .id({
      label: 'Model',
      zh: { label: '模型', description: '所印行存在差异的模型标识。' },
      description: 'Id of the model whose printed row differs.',
      example: 'llama-65b',
      references: 'models',
    })
    .required(),
  column: cell
    .id({
      label: 'Column',
      zh: { label: '列', description: '存在差异的所印列（列名与综述 CSV 中一致）。' },
      description: 'Printed column (as in the survey CSV) that differs.',
      example: 'bias',
    })
    .required(),
  reason: cell
    .text({
      label: 'Reason',
      zh: { label: '原因', description: '整理值不同的原因，并注明来源。' },
      description: 'Why the curated value differs, with its source.',
      example: 'The LLaMA paper and config have no biases; v1 of the survey printed ✓.',
    })
    .required(),
});

export type SurveyRow = z.output<typeof SurveyRowSchema>;
export type SurveyTableRow = z.output<typeof SurveyTableRowSchema>;
export type SurveyStatisticsRow = z.output<typeof SurveyStatisticsRowSchema>;
export type SurveyModelCardRow = z.output<typeof SurveyModelCardRowSchema>;
export type SurveyOptimizationRow = z.output<typeof SurveyOptimizationRowSchema>;
export type SurveyTimelineRow = z.output<typeof SurveyTimelineRowSchema>;
export type SurveyDifferenceRow = z.output<typeof SurveyDifferenceRowSchema>;
