/**
 * Columns the atlas computes rather than records: each defined once — its labels and descriptions
 * in both languages, its unit, and the pure function that computes it with its formula. The
 * curated views append them to their table (status derived, the formula as the note), so tables,
 * model pages and compare show them like any column.
 */
import type { ColumnMeta } from '../schemas/cells.ts';
import type { ArchitectureRow } from '../schemas/architectures.ts';
import type { ModelRow } from '../schemas/models.ts';
import { kvCacheBytesPerToken } from './kv-cache.ts';
import { trainingCompute } from './training-compute.ts';
import { denseOrMoe } from './moe.ts';

export interface DerivedValue {
  /** A number, or an enum value for a derived category (dense or MoE). */
  value: number | string;
  /** Display text (large numbers in exponent form). */
  text: string;
  /** How it was computed, with the numbers. */
  formula: string;
}

export interface DerivedColumn {
  key: string;
  table: 'models' | 'architectures';
  meta: ColumnMeta;
  compute: (row: { model: ModelRow; architecture?: ArchitectureRow }) => DerivedValue | undefined;
  /** Shown by the explorer only: the curated tables, model pages and compare already say it another way. */
  explorerOnly?: true;
}

const grouped = new Intl.NumberFormat('en-US', { maximumFractionDigits: 1 });
const exponent = (n: number) => n.toExponential(2).replace('e+', 'e');

const meta = (m: Omit<ColumnMeta, 'kind' | 'required'>, kind: ColumnMeta['kind'] = 'number'): ColumnMeta => ({ ...m, kind, required: false });

export const DERIVED_COLUMNS: readonly DerivedColumn[] = [
  {
    key: 'training_compute_flop',
    table: 'models',
    meta: meta({
      label: 'Compute (FLOP)',
      zh: { label: '训练算力（FLOP）', description: '预训练算力的估计：6 × 参数量（混合专家模型取激活参数）× 预训练词元数。' },
      description: 'Estimated pre-training compute: 6 × parameters (active parameters for mixture-of-experts) × pre-training tokens.',
      unit: 'FLOP',
      example: '3.29e24',
    }),
    compute: ({ model }) => {
      const c = trainingCompute(model);
      return c.ok ? { value: c.flop, text: exponent(c.flop), formula: c.formula } : undefined;
    },
  },
  {
    key: 'tokens_per_parameter',
    table: 'models',
    meta: meta({
      label: 'Tokens / param',
      zh: { label: '词元 / 参数', description: '预训练词元数除以参数量（混合专家模型取激活参数）。' },
      description: 'Pre-training tokens divided by parameters (active parameters for mixture-of-experts).',
      unit: 'tokens per parameter',
      example: '20',
    }),
    compute: ({ model }) => {
      const c = trainingCompute(model);
      return c.ok
        ? {
            value: c.tokensPerParameter,
            text: grouped.format(c.tokensPerParameter),
            formula: `${grouped.format(c.tokensBillion)}B tokens / ${grouped.format(c.paramsBillion)}B ${c.params} parameters`,
          }
        : undefined;
    },
  },
  {
    key: 'kv_cache_bytes_per_token',
    table: 'architectures',
    meta: meta({
      label: 'KV cache / token',
      zh: {
        label: '每词元 KV 缓存',
        description:
          '每个词元在 bf16 下占用的键值缓存字节数：标准注意力为 2 × 层数 × 键值头数 × 头维度 × 2 字节，MLA 为（kv_lora_rank + qk_rope_head_dim）× 层数 × 2 字节；线性注意力层不计。',
      },
      description:
        'Key-value cache each token adds, in bf16: 2 × layers × kv-heads × head dim × 2 bytes for standard attention, (kv_lora_rank + qk_rope_head_dim) × layers × 2 bytes for MLA; linear-attention layers add none.',
      unit: 'bytes',
      example: '131072',
    }),
    compute: ({ architecture }) => {
      if (!architecture) return undefined;
      const kv = kvCacheBytesPerToken(architecture);
      if (!kv.ok) return undefined;
      const notes = kv.notes?.length ? ` (${kv.notes.join('; ')})` : '';
      return { value: kv.perToken, text: grouped.format(kv.perToken), formula: `${kv.formula}${notes}` };
    },
  },
  {
    key: 'release_year',
    table: 'models',
    explorerOnly: true,
    meta: meta(
      {
        label: 'Year',
        zh: { label: '年份', description: '发布日期所在的年份。' },
        description: 'The year of the release date.',
        example: '2024',
      },
      'integer',
    ),
    compute: ({ model }) => {
      const date = typeof model.release_date === 'string' ? model.release_date : undefined;
      if (!date || !/^\d{4}/.test(date)) return undefined;
      const year = Number(date.slice(0, 4));
      return { value: year, text: String(year), formula: `the year of the release date ${date}` };
    },
  },
  {
    key: 'dense_or_moe',
    table: 'architectures',
    explorerOnly: true,
    meta: {
      ...meta(
        {
          label: 'Dense / MoE',
          zh: { label: '稠密 / MoE', description: '稠密模型或混合专家模型：专家数为 n/a 的是稠密模型，有专家数的是混合专家模型。' },
          description: 'Dense or mixture-of-experts: a model whose experts column is n/a is dense, one with an expert count is MoE.',
          example: 'moe',
        },
        'enum',
      ),
      values: ['dense', 'moe'],
    },
    compute: ({ architecture }) => {
      const experts = architecture?.moe_experts;
      const kind = denseOrMoe(experts);
      if (!kind) return undefined;
      return { value: kind, text: kind, formula: kind === 'dense' ? 'moe_experts is n/a: dense' : `moe_experts = ${experts}: mixture-of-experts` };
    },
  },
];

/** The derived columns of one curated table, in display order (the explorer's own ones with `explorer`). */
export const derivedColumnsOf = (table: string, { explorer = false } = {}) => DERIVED_COLUMNS.filter((c) => c.table === table && (explorer || !c.explorerOnly));
