/** Allowed values of the enum columns, one list each, in display order. */
export const ACCESS = ['open-weights', 'api', 'closed'] as const;
export const CATEGORY = ['causal-decoder', 'prefix-decoder', 'encoder-decoder'] as const;
export const NORM_TYPE = ['layernorm', 'rmsnorm', 'deepnorm'] as const;
export const NORM_POSITION = ['pre', 'post', 'sandwich'] as const;
export const POSITION_ENCODING = ['learned', 'sinusoidal', 'relative', 'rope', 'alibi', 'none'] as const;
export const ACTIVATION = ['relu', 'gelu', 'swiglu', 'geglu', 'squared-relu', 'silu', 'xielu'] as const;
export const DECAY_SCHEDULE = ['cosine', 'linear', 'inverse-sqrt', 'constant', 'exponential', 'step', 'wsd'] as const;
export const OPTIMIZER = ['adam', 'adamw', 'adafactor', 'sgd', 'lion', 'lamb', 'muon', 'muonclip'] as const;
export const ATTENTION_KIND = ['mha', 'mqa', 'gqa', 'mla'] as const;
export const LINEAR_ATTENTION_KIND = ['gated-deltanet', 'mamba', 'mamba2', 'lightning', 'kimi-delta', 'short-conv', 'mlstm', 'rwkv', 'other'] as const;
export const SPARSE_ATTENTION = ['deepseek-sparse', 'native-sparse', 'other'] as const;
export const MOE_ROUTER = ['softmax', 'sigmoid', 'other'] as const;
/**
 * Accelerators, with their memory where the type comes in more than one size and the source says
 * which; a bare type ("a100") is one whose source does not say. TPU and Ascend generations have
 * one memory size each, so the generation names it.
 */
export const HARDWARE = [
  'v100',
  'a100',
  'a100-40gb',
  'a100-80gb',
  'a800',
  'a800-80gb',
  'h100',
  'h100-80gb',
  'h800',
  'h20',
  'h200',
  'b200',
  'gb200',
  'mi250x',
  'mi300x',
  'tpu-v2',
  'tpu-v3',
  'tpu-v4',
  'tpu-v5e',
  'tpu-v5p',
  'tpu-v6e',
  'ascend-910',
  'ascend-910b',
  'gpu',
] as const;
/** What sort of organization built a model. */
export const ORGANIZATION_KIND = ['company', 'lab', 'university', 'collective'] as const;
/** ISO 3166-1 alpha-2 codes of the countries organizations are based in. */
export const COUNTRY = ['AE', 'AT', 'CA', 'CH', 'CN', 'CZ', 'DE', 'FR', 'GB', 'IL', 'IN', 'JP', 'KR', 'NL', 'RU', 'SG', 'US'] as const;
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
  | (typeof HARDWARE)[number]
  | (typeof ORGANIZATION_KIND)[number]
  | (typeof COUNTRY)[number]
  | (typeof REFERENCE_KIND)[number]
  | (typeof STATUS)[number]
  | (typeof SURVEY_TABLE_KIND)[number]
  | (typeof SURVEY_GROUP)[number]
  | (typeof DERIVED_VALUES)[number];

/** Accelerator model names, written the same in both languages; each adds what it says of unknown memory. */
const ACCELERATOR_NAMES = {
  'a100-40gb': 'A100 40GB',
  'a100-80gb': 'A100 80GB',
  'a800-80gb': 'A800 80GB',
  'h100-80gb': 'H100 80GB',
  v100: 'V100',
  h800: 'H800',
  h20: 'H20',
  h200: 'H200',
  b200: 'B200',
  gb200: 'GB200',
  mi250x: 'MI250X',
  mi300x: 'MI300X',
  'tpu-v2': 'TPU v2',
  'tpu-v3': 'TPU v3',
  'tpu-v4': 'TPU v4',
  'tpu-v5e': 'TPU v5e',
  'tpu-v5p': 'TPU v5p',
  'tpu-v6e': 'TPU v6e',
} as const;

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
  xielu: 'xIELU',
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
  ...ACCELERATOR_NAMES,
  a100: 'A100（显存未注明）',
  a800: 'A800（显存未注明）',
  h100: 'H100（显存未注明）',
  'ascend-910': '昇腾 910',
  'ascend-910b': '昇腾 910B',
  gpu: 'GPU（型号未知）',
  company: '公司',
  lab: '研究机构',
  university: '大学',
  collective: '协作组织',
  AE: '阿联酋',
  AT: '奥地利',
  CA: '加拿大',
  CH: '瑞士',
  CN: '中国',
  CZ: '捷克',
  DE: '德国',
  FR: '法国',
  GB: '英国',
  IL: '以色列',
  IN: '印度',
  JP: '日本',
  KR: '韩国',
  NL: '荷兰',
  RU: '俄罗斯',
  SG: '新加坡',
  US: '美国',
} as const satisfies Record<EnumValue, string>;

/**
 * English labels for the values whose slug does not read as English (hardware, countries); every
 * other value is shown in English as written in the CSV.
 */
export const ENUM_LABELS_EN = {
  ...ACCELERATOR_NAMES,
  xielu: 'xIELU',
  a100: 'A100 (memory not stated)',
  a800: 'A800 (memory not stated)',
  h100: 'H100 (memory not stated)',
  'ascend-910': 'Ascend 910',
  'ascend-910b': 'Ascend 910B',
  gpu: 'GPU (type not stated)',
  AE: 'United Arab Emirates',
  AT: 'Austria',
  CA: 'Canada',
  CH: 'Switzerland',
  CN: 'China',
  CZ: 'Czechia',
  DE: 'Germany',
  FR: 'France',
  GB: 'United Kingdom',
  IL: 'Israel',
  IN: 'India',
  JP: 'Japan',
  KR: 'South Korea',
  NL: 'Netherlands',
  RU: 'Russia',
  SG: 'Singapore',
  US: 'United States',
} as const satisfies Partial<Record<EnumValue, string>>;

export type Access = (typeof ACCESS)[number];
export type Status = (typeof STATUS)[number];
export type CuratedTable = (typeof CURATED_TABLES)[number];
export type SurveyTableKind = (typeof SURVEY_TABLE_KIND)[number];
