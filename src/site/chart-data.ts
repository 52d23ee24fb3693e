/** Chart payloads computed at build time from the site data. */
import { columnLabelIn } from '../schemas/facts.ts';
import type { Locale } from '../i18n/ui.ts';
import type { CellValue } from '../values/format-value.ts';
import { attentionKindOf } from '../values/attention-kind.ts';
import { kvCacheBytesPerToken } from '../values/kv-cache.ts';
import { denseOrMoe } from '../values/moe.ts';
import { decimalYear, releaseYear } from '../values/partial-date.ts';
import type { ScatterDatum } from '../charts/scatter/scatter-payload.ts';
import type { SiteModel } from './site-model.ts';

type Point = ScatterDatum;

/** A numeric field a scatter can put on an axis, labelled in one language. */
export interface ChartField {
  key: string;
  label: string;
  /** Whether the field is drawn on a log axis by default. */
  log: boolean;
  /** False for a field whose linear axis should not start at zero (a date). */
  zero?: false;
}

type Labels = Record<Locale, string>;
const field = (key: string, log: boolean, en: string, zh: string) => ({ key, log, label: { en, zh } as Labels });
const inLanguage = (fields: readonly { key: string; log: boolean; label: Labels; zero?: false }[], lang: Locale): ChartField[] =>
  fields.map((f) => ({ key: f.key, label: f.label[lang], log: f.log, ...(f.zero === false ? { zero: false as const } : {}) }));

const TRAINING = [
  field('params_billion', true, 'Parameters (B)', '参数量（十亿）'),
  field('pretrain_tokens_billion', true, 'Pre-training tokens (B)', '预训练词元（十亿）'),
  field('batch_tokens', true, 'Batch size (tokens, final)', '批大小（词元，最终值）'),
  field('peak_lr', true, 'Peak learning rate', '峰值学习率'),
  field('warmup_steps', true, 'Warmup steps', '预热步数'),
  field('weight_decay', false, 'Weight decay', '权重衰减'),
  field('grad_clip', false, 'Gradient clipping', '梯度裁剪'),
  field('dropout', false, 'Dropout', 'Dropout'),
  field('layers', false, 'Layers', '层数'),
  field('d_model', true, 'd_model', 'd_model'),
];

const ARCHITECTURE = [
  { ...field('release', false, 'Release (year)', '发布时间（年）'), zero: false as const },
  field('context_tokens', true, 'Context length (tokens)', '上下文长度（词元）'),
  field('layers', false, 'Layers', '层数'),
  field('d_model', true, 'd_model', 'd_model'),
  field('attention_heads', true, 'Attention heads', '注意力头数'),
  field('params_billion', true, 'Parameters (B)', '参数量（十亿）'),
  field('vocab_size', true, 'Vocabulary', '词表大小'),
  // Derived: its label is the derived column's own (values/derived-columns.ts).
  field('kv_cache_bytes_per_token', true, columnLabelIn('en', 'kv_cache_bytes_per_token'), columnLabelIn('zh', 'kv_cache_bytes_per_token')),
];

/** The training scatter's fields, labelled in `lang`. */
export const trainingFields = (lang: Locale = 'en'): ChartField[] => inLanguage(TRAINING, lang);
/** The architecture scatters' fields, labelled in `lang`. */
export const architectureFields = (lang: Locale = 'en'): ChartField[] => inLanguage(ARCHITECTURE, lang);

/** Colour-by choices of a scatter: the columns' names ("position encoding" in English, the column label in Chinese). */
export const colourChoices = (keys: readonly string[], lang: Locale = 'en') =>
  keys.map((key) => ({ key, label: lang === 'en' ? key.replace(/_/g, ' ') : columnLabelIn(lang, key) }));

const num = (v: unknown): number | undefined => (typeof v === 'number' ? v : v && typeof v === 'object' && 'end' in v ? (v as { end: number }).end : undefined);

/** One point per model with a training row: its numeric settings, coloured by optimizer or precision. */
export function trainingPoints(data: SiteModel): Point[] {
  return data.models.flatMap((m) => {
    const t = data.training.get(m.id);
    if (!t) return [];
    const a = data.architectures.get(m.id);
    const source: Record<string, unknown> = { ...a, ...m, ...t };
    const values: Record<string, number> = {};
    for (const f of TRAINING) {
      const v = num(source[f.key]);
      if (v !== undefined) values[f.key] = v;
    }
    const groups: Record<string, string> = {};
    if (t.optimizer) groups.optimizer = t.optimizer;
    if (t.precision) groups.precision = t.precision;
    return [[m.id, m.name, values, groups] as Point];
  });
}

/** One point per model with an architecture row, coloured by category or position encoding. */
export function architecturePoints(data: SiteModel): Point[] {
  return data.models.flatMap((m) => {
    const a = data.architectures.get(m.id);
    if (!a) return [];
    const arch: Readonly<Record<string, CellValue>> = a;
    const model: Readonly<Record<string, CellValue>> = m;
    const values: Record<string, number> = {};
    const release = m.release_date === undefined ? undefined : decimalYear(m.release_date);
    if (release !== undefined) values.release = release;
    for (const f of ARCHITECTURE) {
      const v = num(arch[f.key] ?? model[f.key]);
      if (v !== undefined) values[f.key] = v;
    }
    const kv = kvCacheBytesPerToken(a);
    if (kv.ok) values.kv_cache_bytes_per_token = kv.perToken;
    const groups: Record<string, string> = {};
    if (a.position_encoding) groups.position_encoding = a.position_encoding;
    if (a.category) groups.category = a.category;
    if (a.activation) groups.activation = a.activation;
    return [[m.id, m.name, values, groups] as Point];
  });
}

export interface TrendChoice {
  key: string;
  label: string;
  column: boolean;
  /** [release year, value or null when unknown] per model with an architecture row and a release date. */
  items: [number, string | null][];
}

/** The architecture choices whose convergence over the years is charted, labelled in `lang`. */
export function architectureChoices(data: SiteModel, lang: Locale = 'en'): TrendChoice[] {
  const rows = data.models.flatMap((m) => {
    const a = data.architectures.get(m.id);
    const year = releaseYear(m.release_date);
    return a && year !== undefined ? [{ year, a }] : [];
  });
  const choice = (key: string, label: Labels, column: boolean, pick: (a: (typeof rows)[number]['a']) => string | undefined): TrendChoice => ({
    key,
    label: label[lang],
    column,
    items: rows.map(({ year, a }) => [year, pick(a) ?? null]),
  });
  const yesNo = (v: boolean | undefined) => (v === undefined ? undefined : v ? 'yes' : 'no');
  return [
    choice('norm_type', { en: 'Normalization', zh: '归一化' }, true, (a) => a.norm_type),
    choice('norm_position', { en: 'Normalization position', zh: '归一化位置' }, true, (a) => a.norm_position),
    choice('position_encoding', { en: 'Position encoding', zh: '位置编码' }, true, (a) => a.position_encoding),
    choice('activation', { en: 'Activation', zh: '激活函数' }, true, (a) => a.activation),
    choice('attention', { en: 'Attention kind (recorded, or from key-value heads)', zh: '注意力类型（已记录，或由键值头数推断）' }, false, (a) => attentionKindOf(a)),
    choice('bias', { en: 'Bias in linear layers', zh: '线性层偏置' }, true, (a) => yesNo(a.bias)),
    choice('moe', { en: 'Dense or mixture of experts', zh: '稠密或混合专家' }, false, (a) => denseOrMoe(a.moe_experts)),
  ];
}
