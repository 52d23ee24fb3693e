/** Chart payloads computed at build time from the site data. */
import type { SiteData } from './site-data.ts';

type Point = [string, string, Record<string, number>, Record<string, string>];

export const TRAINING_FIELDS = [
  { key: 'params_billion', label: 'Parameters (B)', log: true },
  { key: 'pretrain_tokens_billion', label: 'Pre-training tokens (B)', log: true },
  { key: 'batch_tokens', label: 'Batch size (tokens, final)', log: true },
  { key: 'peak_lr', label: 'Peak learning rate', log: true },
  { key: 'warmup_steps', label: 'Warmup steps', log: true },
  { key: 'weight_decay', label: 'Weight decay', log: false },
  { key: 'grad_clip', label: 'Gradient clipping', log: false },
  { key: 'dropout', label: 'Dropout', log: false },
  { key: 'layers', label: 'Layers', log: false },
  { key: 'd_model', label: 'd_model', log: true },
];

export const ARCHITECTURE_FIELDS = [
  { key: 'release', label: 'Release (year)', log: false },
  { key: 'context_tokens', label: 'Context length (tokens)', log: true },
  { key: 'layers', label: 'Layers', log: false },
  { key: 'd_model', label: 'd_model', log: true },
  { key: 'attention_heads', label: 'Attention heads', log: true },
  { key: 'params_billion', label: 'Parameters (B)', log: true },
  { key: 'vocab_size', label: 'Vocabulary', log: true },
];

const num = (v: unknown): number | undefined => (typeof v === 'number' ? v : v && typeof v === 'object' && 'end' in v ? (v as { end: number }).end : undefined);

function decimal(date: string | undefined): number | undefined {
  if (!date) return undefined;
  const [y, m] = date.split('-').map(Number) as [number, number?];
  return m === undefined ? y + 0.5 : y + (m - 0.5) / 12;
}

/** One point per model with a training row: its numeric settings, coloured by optimizer or precision. */
export function trainingPoints(data: SiteData): Point[] {
  return data.models.flatMap((m) => {
    const t = data.training.get(m.id);
    if (!t) return [];
    const a = data.architectures.get(m.id);
    const source: Record<string, unknown> = { ...a, ...m, ...t };
    const values: Record<string, number> = {};
    for (const f of TRAINING_FIELDS) {
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
export function architecturePoints(data: SiteData): Point[] {
  return data.models.flatMap((m) => {
    const a = data.architectures.get(m.id);
    if (!a) return [];
    const values: Record<string, number> = {};
    const release = decimal(m.release_date);
    if (release !== undefined) values.release = release;
    for (const f of ARCHITECTURE_FIELDS) {
      const v = num((a as unknown as Record<string, unknown>)[f.key] ?? (m as unknown as Record<string, unknown>)[f.key]);
      if (v !== undefined) values[f.key] = v;
    }
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

/** The architecture choices whose convergence over the years is charted. */
export function architectureChoices(data: SiteData): TrendChoice[] {
  const rows = data.models.flatMap((m) => {
    const a = data.architectures.get(m.id);
    return a && m.release_date ? [{ year: Number(m.release_date.slice(0, 4)), a }] : [];
  });
  const choice = (key: string, label: string, column: boolean, pick: (a: (typeof rows)[number]['a']) => string | undefined): TrendChoice => ({
    key,
    label,
    column,
    items: rows.map(({ year, a }) => [year, pick(a) ?? null]),
  });
  const yesNo = (v: boolean | undefined) => (v === undefined ? undefined : v ? 'yes' : 'no');
  return [
    choice('norm_type', 'Normalization', true, (a) => a.norm_type),
    choice('norm_position', 'Normalization position', true, (a) => a.norm_position),
    choice('position_encoding', 'Position encoding', true, (a) => a.position_encoding),
    choice('activation', 'Activation', true, (a) => a.activation),
    choice('attention', 'Attention (from key-value heads)', false, (a) =>
      a.kv_heads === undefined || a.attention_heads === undefined ? undefined : a.kv_heads === a.attention_heads ? 'MHA' : a.kv_heads === 1 ? 'MQA' : 'GQA',
    ),
    choice('bias', 'Bias in linear layers', true, (a) => yesNo(a.bias)),
    choice('moe', 'Dense or mixture of experts', false, (a) => (typeof a.moe_experts === 'number' ? 'MoE' : a.moe_experts === null ? 'dense' : undefined)),
  ];
}
