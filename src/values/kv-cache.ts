/**
 * Key-value cache size from the architecture, in bf16 (2 bytes a value): a derived figure, never a
 * reported one. Standard attention caches a key and a value per key-value head per layer; latent
 * attention (MLA) caches one compressed latent plus the shared RoPE key per layer; sliding-window
 * layers stop growing at their window; linear-attention and state-space layers keep a state of
 * constant size, which is reported apart and counts 0 per token.
 */
import type { ArchitectureRow } from '../schemas/architectures.ts';
import { attentionKindOf } from './attention-kind.ts';

/** Bytes of one cached value in bf16. */
export const BF16_BYTES = 2;

type KvColumns = Pick<
  ArchitectureRow,
  | 'category'
  | 'layers'
  | 'attention_heads'
  | 'kv_heads'
  | 'head_dim'
  | 'd_model'
  | 'context_tokens'
  | 'attention_kind'
  | 'full_attention_layers'
  | 'sliding_window_layers'
  | 'sliding_window_tokens'
  | 'linear_attention_layers'
  | 'linear_attention_kind'
  | 'layer_pattern'
  | 'kv_lora_rank'
  | 'qk_rope_head_dim'
>;

/** How the layers divide: each kind caches differently. */
export interface LayerMix {
  /** Layers attending over the whole context. */
  full: number;
  /** Layers attending within a window of `window` tokens. */
  sliding: number;
  window?: number;
  /** Linear-attention or state-space layers: no per-token cache. */
  linear: number;
  /**
   * Layers of no recorded kind, left over when full_attention_layers is given but the parts fall short
   * of `layers` (e.g. the MLP-only blocks Nemotron-H counts as layers); not counted as caching.
   */
  other: number;
}

export interface KvCache {
  ok: true;
  /** `standard` caches keys and values per head; `mla` caches the latent (kv_lora_rank + qk_rope_head_dim). */
  scheme: 'standard' | 'mla';
  mix: LayerMix;
  /** Values one caching layer stores per token (2 × kv_heads × head_dim, or kv_lora_rank + qk_rope_head_dim). */
  valuesPerLayer: number;
  /** Bytes each token adds while the context is within every window: full and sliding layers. */
  perToken: number;
  /** Bytes each token adds once the context is past the window: full-attention layers only. */
  perTokenBeyondWindow: number;
  /** Bytes the sliding-window layers hold at most (their window full), or 0 without them. */
  slidingCapBytes: number;
  /** Linear / state-space layers keep a constant state, not per token; its size needs columns the data does not have. */
  constantState?: { layers: number; kind?: string; bytes: undefined; note: string };
  /** The cache at a context (the one asked for, else the model's full context), sliding layers at min(window, context). */
  atContext?: { tokens: number; bytes: number };
  /** The computation in words and numbers, for display beside the figure. */
  formula: string;
  /** Assumptions the figure rests on, in words (absent when it made none). */
  notes?: string[];
}

export interface KvCacheUnknown {
  ok: false;
  /** The columns that would be needed, by name. */
  missing: string[];
  reason: string;
}

export type KvCacheResult = KvCache | KvCacheUnknown;

const unknown = (missing: string[], reason?: string): KvCacheUnknown => ({ ok: false, missing, reason: reason ?? `needs ${missing.join(', ')}` });

/** The layer mix: the columns when given, else every layer is full attention. */
export function layerMix(
  a: Pick<KvColumns, 'layers' | 'full_attention_layers' | 'sliding_window_layers' | 'sliding_window_tokens' | 'linear_attention_layers'>,
): LayerMix | KvCacheUnknown {
  if (a.layers === undefined) return unknown(['layers']);
  const sliding = a.sliding_window_layers ?? 0;
  const linear = a.linear_attention_layers ?? 0;
  const full = a.full_attention_layers ?? a.layers - sliding - linear;
  const other = a.layers - full - sliding - linear;
  if (full < 0 || other < 0) return unknown([], `the layer mix (${full} full + ${sliding} sliding + ${linear} linear) is more than ${a.layers} layers`);
  if (sliding > 0 && a.sliding_window_tokens === undefined) return unknown(['sliding_window_tokens']);
  return sliding > 0 ? { full, sliding, window: a.sliding_window_tokens, linear, other } : { full, sliding, linear, other };
}

const group = (n: number) => n.toLocaleString('en-US');

/** Bytes of the cache at `tokens` tokens of context, sliding layers counted at min(window, tokens). */
function bytesAt(mix: LayerMix, valuesPerLayer: number, tokens: number): number {
  const perLayerToken = valuesPerLayer * BF16_BYTES;
  const slidingTokens = mix.sliding > 0 ? Math.min(mix.window!, tokens) : 0;
  return perLayerToken * (mix.full * tokens + mix.sliding * slidingTokens);
}

/**
 * KV-cache bytes per token in bf16, with the cache at a context: `options.contextTokens`, else the
 * row's `context_tokens` (omitted when neither is known). Missing values give a typed reason, never NaN.
 */
export function kvCacheBytesPerToken(arch: KvColumns, options?: { contextTokens?: number }): KvCacheResult {
  if (arch.category === 'encoder-decoder') return unknown([], 'encoder-decoder models are not computed (their decoder also caches cross-attention)');
  const mix = layerMix(arch);
  if ('ok' in mix) return mix;
  const kind = attentionKindOf(arch);
  let scheme: KvCache['scheme'];
  let valuesPerLayer: number;
  let perLayerText: string;
  if (kind === 'mla') {
    const missing = [typeof arch.kv_lora_rank !== 'number' && 'kv_lora_rank', typeof arch.qk_rope_head_dim !== 'number' && 'qk_rope_head_dim'].filter((m) => m !== false);
    if (missing.length > 0) return unknown(missing, `needs ${missing.join(' and ')} (latent attention caches kv_lora_rank + qk_rope_head_dim per layer)`);
    scheme = 'mla';
    valuesPerLayer = (arch.kv_lora_rank as number) + (arch.qk_rope_head_dim as number);
    perLayerText = `(kv_lora_rank ${arch.kv_lora_rank} + qk_rope_head_dim ${arch.qk_rope_head_dim})`;
  } else {
    const kvHeads = arch.kv_heads ?? (kind === 'mqa' ? 1 : kind === 'mha' ? arch.attention_heads : undefined);
    const headDim = arch.head_dim ?? (arch.d_model !== undefined && arch.attention_heads !== undefined ? arch.d_model / arch.attention_heads : undefined);
    const missing = [kvHeads === undefined && 'kv_heads', headDim === undefined && 'head_dim (or d_model and attention_heads)'].filter((m) => m !== false);
    if (missing.length > 0 || kvHeads === undefined || headDim === undefined) return unknown(missing);
    scheme = 'standard';
    valuesPerLayer = 2 * kvHeads * headDim;
    perLayerText = `2 (key and value) × kv_heads ${kvHeads} × head_dim ${headDim}${arch.head_dim === undefined ? ' (d_model / heads)' : ''}`;
  }
  const perLayerToken = valuesPerLayer * BF16_BYTES;
  const perToken = perLayerToken * (mix.full + mix.sliding);
  const perTokenBeyondWindow = perLayerToken * mix.full;
  const slidingCapBytes = mix.sliding > 0 ? perLayerToken * mix.sliding * mix.window! : 0;

  const parts = [`${perLayerText} × ${mix.full + mix.sliding} caching layers × 2 bytes = ${group(perToken)} bytes/token`];
  if (mix.sliding > 0) {
    parts.push(
      `of which ${mix.sliding} sliding-window layers stop at ${group(mix.window!)} tokens; past it each token adds ${group(perTokenBeyondWindow)} bytes (${mix.full} full-attention layers)`,
    );
  }
  if (mix.linear > 0) parts.push(`${mix.linear} ${arch.linear_attention_kind ?? 'linear-attention'} layers keep a constant state (0 bytes/token)`);

  const result: KvCache = { ok: true, scheme, mix, valuesPerLayer, perToken, perTokenBeyondWindow, slidingCapBytes, formula: parts.join('; ') };
  if (mix.linear > 0) {
    result.constantState = {
      layers: mix.linear,
      ...(typeof arch.linear_attention_kind === 'string' ? { kind: arch.linear_attention_kind } : {}),
      bytes: undefined,
      note: 'a state of constant size per layer (its dimensions are not recorded), not counted per token',
    };
  }
  const notes: string[] = [];
  const mixGiven = arch.full_attention_layers !== undefined || arch.sliding_window_layers !== undefined || arch.linear_attention_layers !== undefined;
  if (!mixGiven && (arch.sliding_window_tokens !== undefined || arch.layer_pattern !== undefined)) {
    notes.push('a window or layer pattern is recorded but not the layer counts: every layer counted as full attention (an upper bound)');
  }
  if (mix.other > 0) {
    notes.push(`${mix.other} layers of no recorded kind (not full, sliding-window or linear attention, e.g. MLP-only blocks) counted as not caching`);
  }
  if (notes.length > 0) result.notes = notes;
  const tokens = options?.contextTokens ?? arch.context_tokens;
  if (tokens !== undefined) {
    result.atContext = { tokens, bytes: bytesAt(mix, valuesPerLayer, tokens) };
    result.formula += `; at ${group(tokens)} tokens: ${group(result.atContext.bytes)} bytes`;
  }
  return result;
}

export type KvCacheAtContext = { ok: true; tokens: number; bytes: number; formula: string } | KvCacheUnknown;

/** The KV cache at `tokens` tokens of context, sliding-window layers counted at min(window, tokens). */
export function kvCacheAtContext(arch: KvColumns, tokens: number): KvCacheAtContext {
  if (!Number.isFinite(tokens) || tokens < 0) return unknown([], `a context of ${tokens} tokens is not a length`);
  const r = kvCacheBytesPerToken(arch, { contextTokens: tokens });
  if (!r.ok) return r;
  const at = r.atContext!;
  return { ok: true, tokens: at.tokens, bytes: at.bytes, formula: r.formula };
}
