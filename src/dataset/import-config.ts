/**
 * The config.json importer's pure part: a Hugging Face-style `config.json` (already parsed) →
 * the values of an architectures.csv row, each with the key it came from, its status and, for a
 * computed value, the formula. It knows both the current columns and those being added; it
 * proposes only the columns the schema has when it runs (`ArchitectureRowSchema.shape`).
 * No file, network or console here: `scripts/import-config.ts` does that.
 */
import { ArchitectureRowSchema } from '../schemas/architectures.ts';
import type { ProvenanceRowInput } from '../schemas/provenance.ts';

export type Family =
  | 'llama'
  | 'llama4'
  | 'mistral'
  | 'mixtral'
  | 'qwen2'
  | 'qwen2_moe'
  | 'qwen3'
  | 'qwen3_moe'
  | 'qwen3_next'
  | 'deepseek_v2'
  | 'deepseek_v3'
  | 'kimi_k2'
  | 'gemma2'
  | 'gemma3'
  | 'phi3'
  | 'olmo2'
  | 'glm4_moe'
  | 'gpt_oss';

/** `model_type` values (and the prefix of an `architectures` class) of each family. */
const MODEL_TYPES: Record<string, Family> = {
  llama: 'llama',
  llama4: 'llama4',
  llama4_text: 'llama4',
  mistral: 'mistral',
  mixtral: 'mixtral',
  qwen2: 'qwen2',
  qwen2_moe: 'qwen2_moe',
  qwen3: 'qwen3',
  qwen3_moe: 'qwen3_moe',
  qwen3_next: 'qwen3_next',
  deepseek_v2: 'deepseek_v2',
  deepseek_v3: 'deepseek_v3',
  kimi_k2: 'kimi_k2',
  gemma2: 'gemma2',
  gemma3: 'gemma3',
  gemma3_text: 'gemma3',
  phi3: 'phi3',
  olmo2: 'olmo2',
  glm4_moe: 'glm4_moe',
  gpt_oss: 'gpt_oss',
};

const ARCHITECTURE_CLASSES: Record<string, Family> = {
  LlamaForCausalLM: 'llama',
  Llama4ForCausalLM: 'llama4',
  Llama4ForConditionalGeneration: 'llama4',
  MistralForCausalLM: 'mistral',
  MixtralForCausalLM: 'mixtral',
  Qwen2ForCausalLM: 'qwen2',
  Qwen2MoeForCausalLM: 'qwen2_moe',
  Qwen3ForCausalLM: 'qwen3',
  Qwen3MoeForCausalLM: 'qwen3_moe',
  Qwen3NextForCausalLM: 'qwen3_next',
  DeepseekV2ForCausalLM: 'deepseek_v2',
  DeepseekV3ForCausalLM: 'deepseek_v3',
  Gemma2ForCausalLM: 'gemma2',
  Gemma3ForCausalLM: 'gemma3',
  Gemma3ForConditionalGeneration: 'gemma3',
  Phi3ForCausalLM: 'phi3',
  Olmo2ForCausalLM: 'olmo2',
  Glm4MoeForCausalLM: 'glm4_moe',
  GptOssForCausalLM: 'gpt_oss',
};

export const FAMILIES: readonly Family[] = [...new Set(Object.values(MODEL_TYPES))];

const GEMMA: ReadonlySet<Family> = new Set(['gemma2', 'gemma3']);
/** Families whose attention normalises queries and keys (RMSNorm on each head). */
const QK_NORM: ReadonlySet<Family> = new Set(['qwen3', 'qwen3_moe', 'qwen3_next', 'gemma3', 'olmo2']);
/** Families where every decoder layer is a mixture of experts unless a key says otherwise. */
const ALL_MOE_BY_DEFAULT: ReadonlySet<Family> = new Set(['mixtral', 'qwen2_moe', 'qwen3_moe', 'qwen3_next', 'gpt_oss']);

/** One proposed cell: its value as written in the CSV and where it came from. */
export interface ProposedValue {
  column: string;
  value: string;
  status: 'reported' | 'derived';
  /** The config keys it was read or computed from. */
  keys: string[];
  /** For a derived value, the formula or the reason; for a reported one, what to know. */
  note?: string;
}

export interface ImportResult {
  family: Family | undefined;
  /** How the family was recognised (`model_type "llama"`), or why it was not. */
  familyFrom: string;
  /** Values for columns the schema has, in schema order. */
  values: ProposedValue[];
  /** Columns the importer knows but the schema does not have yet (not proposed). */
  skippedColumns: string[];
  /** Keys of the config the importer did not use or recognise. */
  unknownKeys: string[];
}

/** Keys read for a value somewhere below, or known to say nothing about the architecture. */
const IGNORED_KEYS = new Set([
  '_name_or_path',
  'architectures',
  'model_type',
  'auto_map',
  'bos_token_id',
  'eos_token_id',
  'pad_token_id',
  'torch_dtype',
  'dtype',
  'transformers_version',
  'use_cache',
  'initializer_range',
  'attention_dropout',
  'embd_pdrop',
  'resid_pdrop',
  'rms_norm_eps',
  'rope_scaling',
  'rope_parameters',
  'quantization_config',
  'pretraining_tp',
  'original_max_position_embeddings',
  'output_router_logits',
  'router_aux_loss_coef',
  'router_jitter_noise',
  'aux_loss_alpha',
  'seq_aux',
  'norm_topk_prob',
  'routed_scaling_factor',
  'n_group',
  'topk_group',
  'topk_method',
  'ep_size',
  'moe_layer_freq',
  'decoder_sparse_step',
  'mlp_only_layers',
  'query_pre_attn_scalar',
  'attn_logit_softcapping',
  'cache_implementation',
  'max_window_layers',
  'use_sliding_window',
  'rope_local_base_freq',
  'swiglu_limit',
  'initial_context_length',
  'image_token_index',
  'boi_token_index',
  'eoi_token_index',
  'mm_tokens_per_image',
  'vision_config',
  'text_config',
  'tie_word_embeddings',
  'use_qk_norm',
  'head_dim',
  'full_attention_interval',
  'layer_types',
  'sliding_window',
  'sliding_window_pattern',
]);

type Config = Record<string, unknown>;

const isObject = (v: unknown): v is Config => typeof v === 'object' && v !== null && !Array.isArray(v);
const num = (v: unknown): number | undefined => (typeof v === 'number' && Number.isFinite(v) ? v : undefined);
const str = (n: number) => String(n);

/** Find the family from `model_type` (also of a nested `text_config`) or the first `architectures` class. */
export function detectFamily(config: Config): { family: Family | undefined; from: string } {
  const types = [config.model_type, isObject(config.text_config) ? config.text_config.model_type : undefined];
  for (const t of types) if (typeof t === 'string' && MODEL_TYPES[t]) return { family: MODEL_TYPES[t], from: `model_type "${t}"` };
  const classes = Array.isArray(config.architectures) ? config.architectures : [];
  for (const c of classes) if (typeof c === 'string' && ARCHITECTURE_CLASSES[c]) return { family: ARCHITECTURE_CLASSES[c], from: `architectures "${c}"` };
  const shown = typeof config.model_type === 'string' ? `model_type "${config.model_type}"` : 'no model_type';
  return { family: undefined, from: `${shown}${classes.length ? ` and architectures ${JSON.stringify(classes)}` : ''}` };
}

/** The columns of architectures.csv at run time. */
export const schemaColumns = (): string[] => Object.keys(ArchitectureRowSchema.shape);

/**
 * Map a parsed config to proposed values. `columns` defaults to the schema's; a test can pass
 * another list to see the importer before and after new columns arrive.
 */
export function mapConfig(input: unknown, columns: readonly string[] = schemaColumns()): ImportResult {
  if (!isObject(input)) throw new TypeError('config must be a JSON object');
  // Multimodal configs (Gemma 3, Llama 4) keep the language model under text_config.
  const text = isObject(input.text_config) ? input.text_config : undefined;
  const config: Config = text ? { ...input, ...text } : input;
  const prefix = (key: string) => (text && key in text ? `text_config.${key}` : key);
  const { family, from } = detectFamily(input);
  const used = new Set<string>();
  const out = new Map<string, ProposedValue>();

  const get = (key: string): unknown => {
    if (key in config) used.add(key);
    return config[key];
  };
  const has = (key: string) => config[key] !== undefined && config[key] !== null;
  const reported = (column: string, value: string, key: string, note?: string) =>
    out.set(column, { column, value, status: 'reported', keys: [prefix(key)], ...(note ? { note } : {}) });
  const derived = (column: string, value: string, keys: string[], note: string) => out.set(column, { column, value, status: 'derived', keys: keys.map(prefix), note });
  const familyName = family ?? 'unknown';

  // Category: every class the importer covers is a causal language model.
  const classes = Array.isArray(input.architectures) ? input.architectures.filter((c): c is string => typeof c === 'string') : [];
  if (classes.some((c) => c.endsWith('ForCausalLM'))) reported('category', 'causal-decoder', 'architectures', `${classes.join(', ')}: a causal language model`);
  else if (family) derived('category', 'causal-decoder', ['model_type'], `${familyName} is a decoder-only family`);

  if (has('rms_norm_eps')) reported('norm_type', 'rmsnorm', 'rms_norm_eps', 'rms_norm_eps given: RMSNorm');
  if (family) {
    const position = GEMMA.has(family) ? 'sandwich' : family === 'olmo2' ? 'post' : 'pre';
    const why =
      position === 'sandwich'
        ? 'Gemma 2 and 3 normalise before and after each sub-layer'
        : position === 'post'
          ? 'OLMo 2 normalises the output of each sub-layer, inside the residual'
          : `${familyName} normalises the input of each sub-layer`;
    derived('norm_position', position, ['model_type'], why);
  }

  const ropeParams = isObject(config.rope_parameters) ? config.rope_parameters : undefined;
  const theta = num(get('rope_theta')) ?? num(ropeParams?.rope_theta);
  const thetaKey = num(config.rope_theta) !== undefined ? 'rope_theta' : 'rope_parameters';
  if (theta !== undefined) {
    reported('position_encoding', 'rope', thetaKey, `${thetaKey} given: rotary position embeddings`);
    reported('rope_theta', str(theta), thetaKey);
  } else if (family) {
    derived('position_encoding', 'rope', ['model_type'], `rope_theta absent: ${familyName} uses rotary position embeddings (with the class's default base)`);
  }
  const partial = num(get('partial_rotary_factor'));
  if (partial !== undefined) reported('partial_rotary_factor', str(partial), 'partial_rotary_factor');

  // Activation: silu in a gated MLP (gate_proj, up_proj, down_proj) is SwiGLU; gelu gated is GeGLU.
  const actKey = has('hidden_activation') ? 'hidden_activation' : 'hidden_act';
  const act = get(actKey);
  get('hidden_act');
  if (family === 'gpt_oss') derived('activation', 'swiglu', ['model_type'], 'gpt-oss experts are gated SiLU (SwiGLU) with clamping at swiglu_limit');
  else if (typeof act === 'string' && family) {
    if (act === 'silu' || act === 'swish') derived('activation', 'swiglu', [actKey], `${actKey} "${act}" in the gated MLP of ${familyName} (gate and up projections) = SwiGLU`);
    else if (act.startsWith('gelu') && GEMMA.has(family)) derived('activation', 'geglu', [actKey], `${actKey} "${act}" in Gemma's gated MLP (gate and up projections) = GeGLU`);
  }

  // Bias: attention_bias / mlp_bias where given; Qwen2 puts a bias on q, k and v.
  const attnBias = get('attention_bias');
  const mlpBias = get('mlp_bias');
  if (typeof attnBias === 'boolean' || typeof mlpBias === 'boolean') {
    const keys = ['attention_bias', 'mlp_bias'].filter((k) => typeof config[k] === 'boolean');
    const yes = attnBias === true || mlpBias === true;
    if (keys.length === 1) reported('bias', yes ? 'yes' : 'no', keys[0]!);
    else derived('bias', yes ? 'yes' : 'no', keys, `attention_bias ${String(attnBias)}, mlp_bias ${String(mlpBias)}`);
  } else if (family === 'qwen2' || family === 'qwen2_moe') derived('bias', 'yes', ['model_type'], 'Qwen2 has biases on the q, k and v projections');
  else if (family) derived('bias', 'no', ['model_type'], `attention_bias absent: ${familyName} builds its attention and MLP projections without bias`);

  const layers = num(get('num_hidden_layers'));
  const heads = num(get('num_attention_heads'));
  const hidden = num(get('hidden_size'));
  if (layers !== undefined) reported('layers', str(layers), 'num_hidden_layers');
  if (heads !== undefined) reported('attention_heads', str(heads), 'num_attention_heads');
  if (hidden !== undefined) reported('d_model', str(hidden), 'hidden_size');

  const mla = has('kv_lora_rank');
  const kv = num(get('num_key_value_heads'));
  let kvHeads: number | undefined;
  if (kv !== undefined) {
    kvHeads = kv;
    reported('kv_heads', str(kv), 'num_key_value_heads', mla ? 'MLA: every head has its own keys and values, decompressed from the shared latent' : undefined);
  } else if (heads !== undefined) {
    kvHeads = heads;
    derived('kv_heads', str(heads), ['num_attention_heads'], 'num_key_value_heads absent: kv_heads = num_attention_heads (multi-head attention)');
  }

  const headDim = num(get('head_dim'));
  const vHead = num(get('v_head_dim'));
  if (headDim !== undefined) reported('head_dim', str(headDim), 'head_dim');
  else if (mla && vHead !== undefined) derived('head_dim', str(vHead), ['v_head_dim'], 'MLA: head_dim = v_head_dim (queries and keys add qk_rope_head_dim)');
  else if (hidden !== undefined && heads !== undefined && Number.isInteger(hidden / heads)) {
    derived('head_dim', str(hidden / heads), ['hidden_size', 'num_attention_heads'], `hidden_size / num_attention_heads = ${hidden} / ${heads}`);
  }

  if (mla) derived('attention_kind', 'mla', ['kv_lora_rank'], 'kv_lora_rank given: multi-head latent attention');
  else if (heads !== undefined && kvHeads !== undefined) {
    const kind = kvHeads === heads ? 'mha' : kvHeads === 1 ? 'mqa' : 'gqa';
    derived('attention_kind', kind, ['num_attention_heads', kv !== undefined ? 'num_key_value_heads' : 'num_attention_heads'], `${heads} query heads, ${kvHeads} key-value heads`);
  }
  for (const key of ['q_lora_rank', 'kv_lora_rank', 'qk_rope_head_dim', 'qk_nope_head_dim', 'v_head_dim']) {
    const value = num(get(key));
    if (value !== undefined) reported(key, str(value), key);
    else if (mla && key in config) derived(key, 'n/a', [key], `${key} null: not compressed`);
    else if (!mla && family) derived(key, 'n/a', ['model_type'], `${familyName} does not use multi-head latent attention`);
  }

  const vocab = num(get('vocab_size'));
  if (vocab !== undefined) {
    reported('vocab_size', str(vocab), 'vocab_size', "vocab_size: rows of the embedding matrix, sometimes padded beyond the tokenizer's vocabulary");
  }
  const context = num(get('max_position_embeddings'));
  if (context !== undefined) {
    reported(
      'context_tokens',
      str(context),
      'max_position_embeddings',
      'max_position_embeddings: the longest position the config allows; check the model card for the context it was trained and released with',
    );
  }

  const tie = config.tie_word_embeddings;
  if (typeof tie === 'boolean') reported('tied_embeddings', tie ? 'yes' : 'no', 'tie_word_embeddings');
  else if (family && GEMMA.has(family)) derived('tied_embeddings', 'yes', ['model_type'], 'tie_word_embeddings absent: Gemma configs default to true');

  // Mixture of experts.
  const expertsKey = ['num_experts', 'n_routed_experts', 'num_local_experts'].find((k) => num(config[k]) !== undefined);
  const experts = expertsKey ? num(get(expertsKey)) : undefined;
  const moe = experts !== undefined && experts > 1;
  const dense = (column: string) => derived(column, 'n/a', ['model_type'], `no experts key (num_experts, n_routed_experts, num_local_experts): a dense model`);
  if (moe && expertsKey) {
    reported('moe_experts', str(experts), expertsKey);
    const activeKey = ['num_experts_per_tok', 'experts_per_token'].find((k) => num(config[k]) !== undefined);
    if (activeKey) reported('moe_active_experts', str(num(get(activeKey))!), activeKey);
    const shared = num(get('n_shared_experts'));
    if (shared !== undefined) reported('moe_shared_experts', str(shared), 'n_shared_experts');
    else if (num(get('shared_expert_intermediate_size')) !== undefined)
      derived('moe_shared_experts', '1', ['shared_expert_intermediate_size'], 'one shared expert of shared_expert_intermediate_size');
    else if (family === 'llama4') derived('moe_shared_experts', '1', ['model_type'], 'Llama 4 MoE layers add one shared expert');
    else if (family === 'mixtral' || family === 'qwen3_moe' || family === 'gpt_oss') derived('moe_shared_experts', '0', ['model_type'], `${familyName} has no shared expert`);
    const moeSize = num(get('moe_intermediate_size'));
    if (moeSize !== undefined) reported('moe_ffn_size', str(moeSize), 'moe_intermediate_size');
    else if (family === 'mixtral' || family === 'gpt_oss' || family === 'llama4') {
      reported('moe_ffn_size', str(num(config.intermediate_size)!), 'intermediate_size', `${familyName}: intermediate_size is the size of one expert`);
    }
    // Dense layers before the first MoE layer.
    const firstDense = num(get('first_k_dense_replace'));
    const step = num(get('interleave_moe_layer_step'));
    let denseLayers: number | undefined;
    if (firstDense !== undefined) {
      denseLayers = firstDense;
      reported('moe_dense_layers', str(firstDense), 'first_k_dense_replace');
    } else if (family && (ALL_MOE_BY_DEFAULT.has(family) || (family === 'llama4' && step === 1))) {
      denseLayers = 0;
      derived('moe_dense_layers', '0', [family === 'llama4' ? 'interleave_moe_layer_step' : 'model_type'], `every decoder layer of ${familyName} is a mixture of experts`);
    }
    // The dense FFN size: n/a when every layer is MoE.
    if (denseLayers === 0) derived('ffn_size', 'n/a', ['model_type'], 'every layer is mixture-of-experts');
    else if (family === 'llama4' && num(config.intermediate_size_mlp) !== undefined) {
      used.add('intermediate_size_mlp');
      reported('ffn_size', str(num(config.intermediate_size_mlp)!), 'intermediate_size_mlp', 'dense layers between the MoE layers');
    } else if (denseLayers !== undefined && denseLayers > 0 && num(config.intermediate_size) !== undefined) {
      reported('ffn_size', str(num(get('intermediate_size'))!), 'intermediate_size', `the ${denseLayers} dense layers`);
    }
    const router = get('scoring_func');
    if (router === 'softmax' || router === 'sigmoid') reported('moe_router', router, 'scoring_func');
  } else {
    const ffn = num(get('intermediate_size'));
    if (ffn !== undefined) reported('ffn_size', str(ffn), 'intermediate_size');
    if (family) for (const c of ['moe_experts', 'moe_active_experts', 'moe_shared_experts', 'moe_ffn_size', 'moe_dense_layers', 'moe_router']) dense(c);
  }
  get('intermediate_size');

  // Attention layers: layer_types counts, Gemma patterns, Qwen3-Next's full-attention interval.
  const window = num(get('sliding_window'));
  const layerTypes = Array.isArray(config.layer_types) ? (get('layer_types') as unknown[]) : undefined;
  const pattern = num(get('sliding_window_pattern'));
  const interval = num(get('full_attention_interval'));
  const layerCounts = (full: number, sliding: number, linear: number, keys: string[], note: string) => {
    derived('full_attention_layers', str(full), keys, note);
    derived('sliding_window_layers', str(sliding), keys, note);
    derived('linear_attention_layers', str(linear), keys, note);
  };
  if (layerTypes && layerTypes.length > 0) {
    const count = (t: string) => layerTypes.filter((x) => x === t).length;
    const full = count('full_attention');
    const sliding = count('sliding_attention');
    const linear = count('linear_attention');
    layerCounts(full, sliding, linear, ['layer_types'], `layer_types: ${full} full_attention, ${sliding} sliding_attention, ${linear} linear_attention`);
    if (sliding > 0 && full > 0 && sliding % full === 0) derived('layer_pattern', `${sliding / full}:1`, ['layer_types'], `${sliding} sliding : ${full} full`);
    else if (linear > 0 && full > 0 && linear % full === 0) derived('layer_pattern', `${linear / full}:1`, ['layer_types'], `${linear} linear : ${full} full`);
    if (sliding > 0 && window !== undefined) reported('sliding_window_tokens', str(window), 'sliding_window');
  } else if (family === 'gemma3' && layers !== undefined && window !== undefined) {
    const every = pattern ?? 6;
    const full = Math.floor(layers / every);
    layerCounts(
      full,
      layers - full,
      0,
      pattern ? ['sliding_window_pattern', 'num_hidden_layers'] : ['num_hidden_layers'],
      `every ${every}th layer is global: floor(${layers} / ${every}) = ${full} full, ${layers - full} sliding`,
    );
    derived('layer_pattern', `${every - 1}:1`, pattern ? ['sliding_window_pattern'] : ['model_type'], `${every - 1} sliding layers per global one`);
    reported('sliding_window_tokens', str(window), 'sliding_window');
  } else if (family === 'gemma2' && layers !== undefined && window !== undefined) {
    const full = Math.floor(layers / 2);
    layerCounts(full, layers - full, 0, ['num_hidden_layers'], `Gemma 2 alternates sliding and global layers: ${layers - full} sliding, ${full} full`);
    derived('layer_pattern', '1:1', ['model_type'], 'Gemma 2 alternates sliding and global layers');
    reported('sliding_window_tokens', str(window), 'sliding_window');
  } else if (family === 'qwen3_next' && layers !== undefined && interval !== undefined) {
    const full = Math.floor(layers / interval);
    layerCounts(
      full,
      0,
      layers - full,
      ['full_attention_interval', 'num_hidden_layers'],
      `every ${interval}th layer is full attention: ${full} full, ${layers - full} Gated DeltaNet`,
    );
    derived('layer_pattern', `${interval - 1}:1`, ['full_attention_interval'], `${interval - 1} linear layers per full one`);
  } else if (family === 'mistral' && window !== undefined && layers !== undefined) {
    layerCounts(0, layers, 0, ['sliding_window'], 'sliding_window given: every layer attends within the window');
    reported('sliding_window_tokens', str(window), 'sliding_window');
  } else if (family && layers !== undefined && (window === undefined || config.use_sliding_window === false)) {
    layerCounts(layers, 0, 0, window === undefined ? ['num_hidden_layers'] : ['use_sliding_window'], 'every layer has full attention');
  } else if (family && layers !== undefined && window !== undefined && context !== undefined && window >= context) {
    layerCounts(layers, 0, 0, ['sliding_window', 'max_position_embeddings'], `sliding_window ${window} ≥ max_position_embeddings ${context}: every layer has full attention`);
  }
  if (family === 'qwen3_next') {
    derived('linear_attention_kind', 'gated-deltanet', ['model_type'], 'Qwen3-Next mixes Gated DeltaNet and gated attention layers');
    derived('gated_attention', 'yes', ['model_type'], 'Qwen3-Next gates the output of its full-attention layers');
    for (const k of Object.keys(config)) if (k.startsWith('linear_')) used.add(k);
  }

  // qk norm: GLM-4.5 says so; other families imply it.
  if (typeof config.use_qk_norm === 'boolean') reported('qk_norm', config.use_qk_norm ? 'yes' : 'no', 'use_qk_norm');
  else if (family)
    derived(
      'qk_norm',
      QK_NORM.has(family) ? 'yes' : 'no',
      ['model_type'],
      QK_NORM.has(family) ? `${familyName} normalises queries and keys` : `${familyName} has no query-key norm`,
    );

  const softcap = get('final_logit_softcapping');
  if (typeof softcap === 'number') reported('final_logit_softcap', str(softcap), 'final_logit_softcapping');
  else if (softcap === null) reported('final_logit_softcap', 'n/a', 'final_logit_softcapping', 'final_logit_softcapping null: no soft cap');

  const mtp = num(get('num_nextn_predict_layers'));
  if (mtp !== undefined) reported('mtp_modules', mtp === 0 ? 'n/a' : str(mtp), 'num_nextn_predict_layers');

  const present = new Set(columns);
  const values = columns.flatMap((c) => (out.has(c) ? [out.get(c)!] : []));
  const skippedColumns = [...out.keys()].filter((c) => !present.has(c));
  const unknownKeys = Object.keys(config).filter((k) => !used.has(k) && !IGNORED_KEYS.has(k));
  return { family, familyFrom: from, values, skippedColumns, unknownKeys };
}

/** `config.json: num_key_value_heads` (several keys joined by ", "). */
export const locatorOf = (value: ProposedValue, file = 'config.json') => `${file}: ${value.keys.join(', ')}`;

/** One provenance line per proposed value. */
export function provenanceLines(modelId: string, values: readonly ProposedValue[], reference: string, file = 'config.json'): ProvenanceRowInput[] {
  return values.map((v) => ({
    table: 'architectures',
    model_id: modelId,
    column: v.column,
    status: v.status,
    reference,
    locator: locatorOf(v, file),
    ...(v.note ? { note: v.note } : {}),
  }));
}

export type CellChange = { column: string; kind: 'kept' | 'new' | 'differs'; before?: string; after: string };

/** Cell by cell: what the proposal keeps, adds or changes in the existing row (raw CSV values). */
export function diffRow(existing: Readonly<Record<string, string>> | undefined, values: readonly ProposedValue[]): CellChange[] {
  return values.map((v) => {
    const before = existing?.[v.column]?.trim();
    if (before === undefined || before === '') return { column: v.column, kind: 'new', after: v.value };
    return before === v.value ? { column: v.column, kind: 'kept', before, after: v.value } : { column: v.column, kind: 'differs', before, after: v.value };
  });
}

/**
 * The raw URL of a config: a Hugging Face `blob` page (what the browser shows) becomes its
 * `resolve` form (the file itself); other URLs are kept as given.
 */
export function rawConfigUrl(url: string): string {
  const hf = /^https?:\/\/(?:www\.)?huggingface\.co\/(.+?)\/blob\/(.+)$/i.exec(url);
  if (hf) return `https://huggingface.co/${hf[1]}/resolve/${hf[2]}`;
  return url;
}
