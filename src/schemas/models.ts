import { z } from 'astro/zod';
import { cell } from './cells.ts';
import { ACCESS, HARDWARE } from './enums.ts';
import { reference, locator } from './shared-columns.ts';

/** `data/models.csv`: one row per model — identity and statistics. */
export const ModelRowSchema = z.strictObject({
  id: cell
    .id({
      label: 'Id',
      zh: { label: '标识', description: '唯一的模型标识，由小写字母、数字及 "-"、"_"、"." 组成。' },
      description: 'Unique model id: lowercase letters, digits, "-", "_" and ".".',
      example: 'llama-2-70b',
    })
    .required(),
  name: cell
    .text({ label: 'Model', zh: { label: '模型', description: '显示名称，采用开发者自己的写法。' }, description: 'Display name as its makers write it.', example: 'LLaMA 2 70B' })
    .required(),
  family: cell
    .id({
      label: 'Family',
      zh: { label: '系列', description: '小写标识，把同一模型系列的各个版本和规模归为一组。' },
      description: 'Lowercase id grouping the versions and sizes of one line of models.',
      example: 'llama',
    })
    .required(),
  organization: cell
    .id({
      label: 'Organization',
      zh: { label: '机构', description: '构建并发布该模型的机构的标识（见 organizations.csv）。' },
      description: 'Id (in organizations.csv) of the organization that built and released the model.',
      example: 'meta-ai',
      references: 'organizations',
    })
    .required(),
  release_date: cell
    .date({
      label: 'Released',
      zh: { label: '发布时间', description: '首次公开可用（公告、API 或权重，以最早者为准）的日期，按已知的精度填写。' },
      description: 'First public availability — announcement, API or weights, whichever came first — with the precision known.',
      example: '2023-07-18',
    })
    .optional(),
  params_billion: cell
    .number({ label: 'Params (B)', zh: { label: '参数量（十亿）', description: '总参数量。' }, description: 'Total parameters.', unit: 'billions', example: '70' })
    .optional(),
  active_params_billion: cell
    .number({
      label: 'Active (B)',
      zh: { label: '激活参数（十亿）', description: '混合专家模型中每个词元激活的参数量；稠密模型填 n/a。' },
      description: 'Parameters active per token, for mixture-of-experts models; n/a for dense models.',
      unit: 'billions',
      example: '12.9',
    })
    .optionalOrNA(),
  access: cell
    .oneOf(ACCESS, {
      label: 'Access',
      zh: { label: '开放方式', description: '模型的使用方式：可下载权重、只能通过 API 或产品使用，或完全无法使用。' },
      description: 'How the model can be used: downloadable weights, only through an API or product, or not at all.',
      example: 'open-weights',
    })
    .optional(),
  base_model: cell
    .id({
      label: 'Base model',
      zh: { label: '基座模型', description: '本模型据以微调或继续训练的模型的标识；从头预训练的模型填 n/a。' },
      description: 'Id of the model this one was fine-tuned or continued from; n/a when pre-trained from scratch.',
      example: 'llama-2-70b',
      references: 'models',
    })
    .optionalOrNA(),
  instruction_tuned: cell
    .yesNo({
      label: 'IT',
      zh: { label: '指令微调', description: '模型是否经过指令微调（在指令数据上的有监督微调）。' },
      description: 'Whether the model was instruction-tuned (supervised fine-tuning on instructions).',
      example: 'yes',
    })
    .optional(),
  rlhf: cell
    .yesNo({
      label: 'RLHF',
      zh: { label: 'RLHF', description: '模型是否依据人类或 AI 偏好进行过调优（RLHF、DPO 等）。' },
      description: 'Whether the model was tuned on human or AI preferences (RLHF, DPO, …).',
      example: 'no',
    })
    .optional(),
  pretrain_tokens_billion: cell
    .number({
      label: 'Tokens (B)',
      zh: { label: '预训练词元（十亿）', description: '预训练中见过的词元数。' },
      description: 'Tokens seen in pre-training.',
      unit: 'billions of tokens',
      example: '2000',
    })
    .optional(),
  pretrain_data_gb: cell
    .number({
      label: 'Data (GB)',
      zh: { label: '数据量（GB）', description: '预训练语料的大小，用于来源给出字节数而非词元数的情况。' },
      description: 'Size of the pre-training corpus, where the source gives bytes rather than tokens.',
      unit: 'gigabytes',
      example: '825',
    })
    .optional(),
  data_cutoff: cell
    .date({
      label: 'Data cutoff',
      zh: { label: '数据截止', description: '预训练数据的最晚时间戳。' },
      description: 'Latest timestamp of the pre-training data.',
      example: '2022-09',
    })
    .optional(),
  hardware_count: cell
    .integer({
      label: 'Accelerators',
      zh: { label: '加速卡数', description: '预训练所用加速器的数量。' },
      description: 'Number of accelerators used for pre-training.',
      unit: 'accelerators',
      example: '2048',
    })
    .optional(),
  hardware_type: cell
    .oneOf(HARDWARE, {
      label: 'Hardware',
      zh: { label: '硬件', description: '预训练所用加速器的型号，来源注明时带显存大小（如 a100-80gb）；数量记在 hardware_count。' },
      description: 'Accelerator type used for pre-training, with its memory where the source gives it (a100-80gb); the count is hardware_count.',
      example: 'a100-80gb',
    })
    .optional(),
  training_days: cell
    .number({ label: 'Days', zh: { label: '训练天数', description: '预训练的实际耗时（挂钟时间）。' }, description: 'Wall-clock pre-training time.', unit: 'days', example: '21' })
    .optional(),
  eval_icl: cell
    .yesNo({
      label: 'ICL',
      zh: { label: '上下文学习评测', description: '模型论文中是否用上下文学习做了评测（一项综述统计）。' },
      description: 'Whether the model was evaluated with in-context learning in its paper (a survey statistic).',
      example: 'yes',
    })
    .optional(),
  eval_cot: cell
    .yesNo({
      label: 'CoT',
      zh: { label: '思维链评测', description: '模型论文中是否用思维链提示做了评测（一项综述统计）。' },
      description: 'Whether the model was evaluated with chain-of-thought prompting in its paper (a survey statistic).',
      example: 'no',
    })
    .optional(),
  url: cell
    .url({
      label: 'URL',
      zh: { label: '网址', description: '模型的官方页面：模型卡、代码仓库或发布公告。' },
      description: 'Official page of the model: model card, repository or announcement.',
      example: 'https://huggingface.co/meta-llama/Llama-2-70b-hf',
    })
    .optional(),
  reference,
  locator,
  paper_date: cell
    .date({
      label: 'Paper',
      zh: { label: '论文日期', description: '首份技术报告或 arXiv 论文的日期；与发布日期相同时可留空。' },
      description: 'Date of the first technical report or arXiv paper; may stay empty when it is the release date.',
      example: '2023-07-18',
    })
    .optional(),
  open_weights_date: cell
    .date({
      label: 'Weights',
      zh: { label: '权重开放日期', description: '权重首次可以下载的日期；与发布日期相同时可留空。' },
      description: 'Date the weights first became downloadable; may stay empty when it is the release date.',
      example: '2023-07-18',
    })
    .optional(),
  co_organization: cell
    .id({
      label: 'With',
      zh: { label: '合作机构', description: '联合完成的模型中第二家署名机构的标识（见 organizations.csv）。' },
      description: 'Id (in organizations.csv) of a second credited organization, for a joint work.',
      example: 'nvidia',
      references: 'organizations',
      inTable: false,
    })
    .optional(),
});

export type ModelRow = z.output<typeof ModelRowSchema>;
export type ModelRowInput = z.input<typeof ModelRowSchema>;
