/** The units of numeric columns, in words, with their Chinese names. A column's `unit` is one of these keys. */
export const UNITS = {
  accelerators: '块加速卡',
  'billions of tokens': '十亿词元',
  billions: '十亿',
  days: '天',
  dimensions: '维',
  experts: '个专家',
  gigabytes: 'GB',
  heads: '个头',
  layers: '层',
  row: '行',
  rows: '行',
  steps: '步',
  tokens: '词元',
  ranks: '维',
  modules: '个模块',
  ratio: '比例',
  bytes: '字节',
  FLOP: 'FLOP',
  'tokens per parameter': '词元 / 参数',
  year: '年',
} as const;

export type Unit = keyof typeof UNITS;
