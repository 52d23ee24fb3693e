/** Allowed values of the enum columns, one list each, in display order. */
export const ACCESS = ['open-weights', 'api', 'closed'] as const;
export const CATEGORY = ['causal-decoder', 'prefix-decoder', 'encoder-decoder'] as const;
export const NORM_TYPE = ['layernorm', 'rmsnorm', 'deepnorm'] as const;
export const NORM_POSITION = ['pre', 'post', 'sandwich'] as const;
export const POSITION_ENCODING = ['learned', 'sinusoidal', 'relative', 'rope', 'alibi', 'none'] as const;
export const ACTIVATION = ['relu', 'gelu', 'swiglu', 'geglu', 'squared-relu', 'silu'] as const;
export const DECAY_SCHEDULE = ['cosine', 'linear', 'inverse-sqrt', 'constant', 'exponential', 'step', 'wsd'] as const;
export const OPTIMIZER = ['adam', 'adamw', 'adafactor', 'sgd', 'lion', 'lamb', 'muon', 'muonclip'] as const;
export const ATTENTION_KIND = ['mha', 'mqa', 'gqa', 'mla'] as const;
export const LINEAR_ATTENTION_KIND = ['gated-deltanet', 'mamba', 'mamba2', 'lightning', 'kimi-delta', 'short-conv', 'mlstm', 'rwkv', 'other'] as const;
export const SPARSE_ATTENTION = ['deepseek-sparse', 'native-sparse', 'other'] as const;
export const MOE_ROUTER = ['softmax', 'sigmoid', 'other'] as const;
export const PRECISION = ['fp32', 'fp16', 'bf16', 'fp8', 'mixed'] as const;
export const REFERENCE_KIND = ['paper', 'report', 'model-card', 'config', 'blog', 'survey', 'code'] as const;
export const STATUS = ['reported', 'derived', 'estimated'] as const;
export const CURATED_TABLES = ['models', 'architectures', 'training'] as const;
export const SURVEY_TABLE_KIND = ['statistics', 'model-cards', 'optimization', 'timeline'] as const;
export const SURVEY_GROUP = ['publicly-available', 'closed-source'] as const;

/** Values that derived columns and charts show without an enum column of their own. */
export const DERIVED_VALUES = ['unknown', 'yes', 'no', 'dense', 'moe'] as const;

type EnumValue =
  | (typeof ACCESS)[number]
  | (typeof CATEGORY)[number]
  | (typeof NORM_TYPE)[number]
  | (typeof NORM_POSITION)[number]
  | (typeof POSITION_ENCODING)[number]
  | (typeof ACTIVATION)[number]
  | (typeof DECAY_SCHEDULE)[number]
  | (typeof OPTIMIZER)[number]
  | (typeof ATTENTION_KIND)[number]
  | (typeof LINEAR_ATTENTION_KIND)[number]
  | (typeof SPARSE_ATTENTION)[number]
  | (typeof MOE_ROUTER)[number]
  | (typeof PRECISION)[number]
  | (typeof REFERENCE_KIND)[number]
  | (typeof STATUS)[number]
  | (typeof SURVEY_TABLE_KIND)[number]
  | (typeof SURVEY_GROUP)[number]
  | (typeof DERIVED_VALUES)[number];

/**
 * Every enum value in Simplified Chinese (English shows the value itself, as written in the CSV).
 * The compiler checks that no value is missing.
 */
export const ENUM_LABELS_ZH = {
  'open-weights': '开放权重',
  api: '仅 API',
  closed: '不开放',
  'causal-decoder': '因果解码器',
  'prefix-decoder': '前缀解码器',
  'encoder-decoder': '编码器-解码器',
  layernorm: 'LayerNorm',
  rmsnorm: 'RMSNorm',
  deepnorm: 'DeepNorm',
  pre: '前置',
  post: '后置',
  sandwich: '三明治',
  learned: '可学习',
  sinusoidal: '正弦',
  relative: '相对',
  rope: 'RoPE',
  alibi: 'ALiBi',
  none: '无',
  relu: 'ReLU',
  gelu: 'GeLU',
  swiglu: 'SwiGLU',
  geglu: 'GeGLU',
  'squared-relu': '平方 ReLU',
  silu: 'SiLU',
  cosine: '余弦',
  linear: '线性',
  'inverse-sqrt': '平方根倒数',
  constant: '常数',
  exponential: '指数',
  step: '阶梯',
  wsd: '预热-稳定-衰减',
  adam: 'Adam',
  adamw: 'AdamW',
  adafactor: 'Adafactor',
  sgd: 'SGD',
  lion: 'Lion',
  lamb: 'LAMB',
  muon: 'Muon',
  fp32: 'FP32',
  fp16: 'FP16',
  bf16: 'BF16',
  fp8: 'FP8',
  mixed: '混合精度',
  reported: '原文报告',
  derived: '推导得出',
  estimated: '估计值',
  paper: '论文',
  report: '技术报告',
  'model-card': '模型卡',
  config: '配置文件',
  blog: '博客',
  survey: '综述',
  code: '代码',
  'publicly-available': '公开可用',
  'closed-source': '闭源',
  statistics: '统计表',
  'model-cards': '模型卡',
  optimization: '优化设置',
  timeline: '时间线',
  unknown: '未知',
  yes: '是',
  no: '否',
  dense: '稠密',
  moe: '混合专家',
  mha: 'MHA',
  mqa: 'MQA',
  gqa: 'GQA',
  mla: 'MLA',
  muonclip: 'MuonClip',
  'gated-deltanet': 'Gated DeltaNet',
  mamba: 'Mamba',
  mamba2: 'Mamba-2',
  lightning: 'Lightning Attention',
  'kimi-delta': 'Kimi Delta Attention',
  'short-conv': '短卷积',
  mlstm: 'mLSTM',
  rwkv: 'RWKV',
  other: '其他',
  'deepseek-sparse': 'DeepSeek 稀疏注意力',
  'native-sparse': '原生稀疏注意力',
  softmax: 'Softmax',
  sigmoid: 'Sigmoid',
} as const satisfies Record<EnumValue, string>;

export type Access = (typeof ACCESS)[number];
export type Status = (typeof STATUS)[number];
export type CuratedTable = (typeof CURATED_TABLES)[number];
export type SurveyTableKind = (typeof SURVEY_TABLE_KIND)[number];
