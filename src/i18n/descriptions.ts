/**
 * Simplified Chinese text of the data dictionary: the description of every table in CORE_TABLES
 * (src/schemas/tables.ts) and of every column of their schemas (the English is each column's
 * `.meta({ description })` in src/schemas/*.ts). Literal values (`n/a`, file names, enum values,
 * quoted formats) are kept as they are written in the CSV. A test lists any missing or stale key.
 */
import type { Locale } from './ui.ts';

/** Table descriptions, keyed by the table's `name` in CORE_TABLES. */
export const TABLE_DESCRIPTIONS_ZH: Record<string, string> = {
  models: '标识信息与统计数据：每个模型一行。',
  architectures: '模型卡：每个公开了架构的模型的 Transformer 配置。',
  training: '论文或报告中公开的预训练优化设置。',
  references: '所有取值所指向的参考文献目录。',
  provenance: '逐单元格覆盖所在行的默认来源和状态。',
  surveys: '表格按原样转录的综述。',
  'survey-tables': '每张转录的综述表格：编号、论文版本及阅读出处。',
  'size-differences': '模型声明的规模为何与按其架构累加得到的规模不同。',
  'survey-differences': '整理值为何与综述所印的值不同。',
};

// Shared columns (src/schemas/shared-columns.ts), used by the three curated tables.
const REFERENCE = '本行默认来源的标识（见 references.csv）；所有未经 provenance 覆盖的单元格都以它为来源。';
const LOCATOR = '这些取值在默认来源中的位置（表格、章节或文件）。';
const MODEL_ID = '本行所描述模型的标识（见 models.csv）。';

/** Column descriptions, keyed `${table name}.${column}`. */
export const COLUMN_DESCRIPTIONS_ZH: Record<string, string> = {
  // models.csv
  'models.id': '唯一的模型标识，由小写字母、数字及 "-"、"_"、"." 组成。',
  'models.name': '显示名称，采用开发者自己的写法。',
  'models.family': '小写标识，把同一模型系列的各个版本和规模归为一组。',
  'models.organization': '构建并发布该模型的机构。',
  'models.release_date': '首次公开发布（论文、权重或公告）的日期，按已知的精度填写。',
  'models.params_billion': '总参数量。',
  'models.active_params_billion': '混合专家模型中每个词元激活的参数量；稠密模型填 n/a。',
  'models.access': '模型的使用方式：可下载权重、只能通过 API 或产品使用，或完全无法使用。',
  'models.base_model': '本模型据以微调或继续训练的模型的标识；从头预训练的模型填 n/a。',
  'models.instruction_tuned': '模型是否经过指令微调（在指令数据上的有监督微调）。',
  'models.rlhf': '模型是否依据人类或 AI 偏好进行过调优（RLHF、DPO 等）。',
  'models.pretrain_tokens_billion': '预训练中见过的词元数。',
  'models.pretrain_data_gb': '预训练语料的大小，用于来源给出字节数而非词元数的情况。',
  'models.data_cutoff': '预训练数据的最晚时间戳。',
  'models.hardware_count': '预训练所用加速器的数量。',
  'models.hardware_type': '预训练所用加速器的型号。',
  'models.training_days': '预训练的实际耗时（挂钟时间）。',
  'models.eval_icl': '模型论文中是否用上下文学习做了评测（一项综述统计）。',
  'models.eval_cot': '模型论文中是否用思维链提示做了评测（一项综述统计）。',
  'models.url': '模型的官方页面：模型卡、代码仓库或发布公告。',
  'models.reference': REFERENCE,
  'models.locator': LOCATOR,

  // architectures.csv
  'architectures.model_id': MODEL_ID,
  'architectures.category': 'Transformer 结构：因果解码器、前缀解码器或编码器-解码器。',
  'architectures.norm_type': '归一化层。',
  'architectures.norm_position': '归一化相对于每个子层的位置：之前（pre）、之后（post）或前后都有（sandwich）。',
  'architectures.position_encoding': '词元位置的编码方式。',
  'architectures.activation': '前馈网络的激活函数（门控变体：SwiGLU、GeGLU）。',
  'architectures.bias': '线性层是否带偏置项。',
  'architectures.layers': 'Transformer 层数（编码器-解码器模型按每个堆栈计）。',
  'architectures.attention_heads': '每层的注意力（查询）头数。',
  'architectures.kv_heads': '键值头数：MHA 中等于注意力头数，MQA 中为 1，GQA 介于两者之间。',
  'architectures.head_dim': '单个注意力头的维度，在它不等于 d_model / heads 或来源明确给出时填写。',
  'architectures.d_model': '隐藏层大小（模型维度）。',
  'architectures.ffn_size': '稠密前馈网络的中间层大小。',
  'architectures.vocab_size': '词表大小。',
  'architectures.context_tokens': '模型训练或发布时的最大上下文长度。',
  'architectures.tied_embeddings': '输入嵌入与输出投影是否共享权重。',
  'architectures.moe_experts': '每个混合专家层的路由专家数；稠密模型填 n/a。',
  'architectures.moe_active_experts': '每个词元激活的路由专家数；稠密模型填 n/a。',
  'architectures.moe_shared_experts': '每个词元都要经过的共享专家数；稠密模型填 n/a。',
  'architectures.moe_ffn_size': '单个专家的中间层大小；稠密模型填 n/a。',
  'architectures.reference': REFERENCE,
  'architectures.locator': LOCATOR,

  // training.csv
  'training.model_id': MODEL_ID,
  'training.batch_tokens': '以词元计的批大小；训练中逐步增大时写成渐增形式 "start→end"。',
  'training.peak_lr': '峰值学习率。',
  'training.warmup': '学习率是否有预热。',
  'training.warmup_steps': '预热的长度。',
  'training.decay_schedule': '学习率过峰值后的衰减形式。',
  'training.decay_floor_ratio': '最终学习率占峰值的比例（"cosine decay to 10%" 即 0.1）。',
  'training.optimizer': '优化器。',
  'training.adam_beta1': 'Adam 类优化器的一阶矩衰减率 β1。',
  'training.adam_beta2': 'Adam 类优化器的二阶矩衰减率 β2。',
  'training.precision': '训练的数值精度；未说明低精度类型时填 mixed。',
  'training.weight_decay': '权重衰减（0 表示不使用）。',
  'training.grad_clip': '梯度裁剪范数。',
  'training.dropout': 'Dropout 比率（0 表示不使用）。',
  'training.reference': REFERENCE,
  'training.locator': LOCATOR,

  // references.csv
  'references.id': '唯一的文献标识：论文由第一作者、年份和简称组成。',
  'references.title': '论文、报告、网页或文件的标题。',
  'references.authors': '作者（写作 "First Author et al."）或发布机构。',
  'references.year': '发表年份。',
  'references.kind': '来源的类型。',
  'references.url': '阅读地址：arXiv 摘要页、官方模型卡、配置文件或博客文章。',

  // provenance.csv
  'provenance.table': '单元格所属的整理表。',
  'provenance.model_id': '单元格所在行的模型标识。',
  'provenance.column': '单元格在该表中所在的列。',
  'provenance.status': 'reported：来源中印出的值；derived：由 reported 值计算得出（计算方法见 note）；estimated：近似值或第三方给出的数字。',
  'provenance.reference': '单元格来源的标识，在它不同于本行默认来源（reference）时填写。',
  'provenance.locator': '该值在来源中的位置。',
  'provenance.note': '推导值的计算方法，或采用估计值的原因。',

  // surveys.csv
  'surveys.id': '唯一的综述标识：第一作者加年份。',
  'surveys.title': '综述的标题。',
  'surveys.authors': '作者（写作 "First Author et al."）。',
  'surveys.year': '首个版本的年份。',
  'surveys.arxiv_id': '不带版本号的 arXiv 编号。',
  'surveys.url': '综述的阅读地址。',

  // survey-tables.csv
  'survey-tables.survey_id': '综述的标识（见 surveys.csv）。',
  'survey-tables.table_id': '表格标识；其各行位于 data/surveys/<survey_id>/<table_id>.csv。',
  'survey-tables.kind': '表格的类型，它决定了表格有哪些列。',
  'survey-tables.label': '表格或图在论文中的编号。',
  'survey-tables.caption': '原文所印的标题（可用 … 缩略）。',
  'survey-tables.paper_version': '转录表格所依据的 arXiv 版本。',
  'survey-tables.read_from': '表格的阅读出处（论文的某种渲染版本、PDF）。',
  'survey-tables.row_count': '该版本中表格的行数。',

  // size-differences.csv
  'size-differences.model_id': '声明规模与重新计算的规模相差超过 5 % 的模型标识。',
  'size-differences.reason': '两者不同的原因，并注明来源。',

  // survey-differences.csv
  'survey-differences.survey_id': '综述的标识。',
  'survey-differences.table_id': '综述表格的标识。',
  'survey-differences.model_id': '所印行存在差异的模型标识。',
  'survey-differences.column': '存在差异的所印列（列名与综述 CSV 中一致）。',
  'survey-differences.reason': '整理值不同的原因，并注明来源。',
};

/** A table's description in a language (the English one when no Chinese text exists). */
export function describeTable(lang: Locale, name: string, english: string): string {
  return lang === 'zh' ? (TABLE_DESCRIPTIONS_ZH[name] ?? english) : english;
}

/** A column's description in a language (the English one when no Chinese text exists). */
export function describeColumn(lang: Locale, table: string, column: string, english: string): string {
  return lang === 'zh' ? (COLUMN_DESCRIPTIONS_ZH[`${table}.${column}`] ?? english) : english;
}
