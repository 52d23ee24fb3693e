/** The guide section that explains each column (headings of src/content/guide/en/*.mdx). */
const SECTIONS: Record<string, string> = {
  category: 'architecture/#three-layouts',
  norm_type: 'architecture/#normalization-where-and-which',
  norm_position: 'architecture/#normalization-where-and-which',
  position_encoding: 'architecture/#position-encodings',
  activation: 'architecture/#activations',
  bias: 'architecture/#bias',
  attention_heads: 'architecture/#attention-heads-mha-mqa-gqa',
  kv_heads: 'architecture/#attention-heads-mha-mqa-gqa',
  context_tokens: 'architecture/#context-length',
  moe_experts: 'architecture/#mixture-of-experts',
  moe_active_experts: 'architecture/#mixture-of-experts',
  moe_shared_experts: 'architecture/#mixture-of-experts',
  moe_ffn_size: 'architecture/#mixture-of-experts',
  active_params_billion: 'architecture/#mixture-of-experts',
  batch_tokens: 'training/#batch-size',
  peak_lr: 'training/#learning-rate-warmup-and-decay',
  warmup: 'training/#learning-rate-warmup-and-decay',
  warmup_steps: 'training/#learning-rate-warmup-and-decay',
  decay_schedule: 'training/#learning-rate-warmup-and-decay',
  decay_floor_ratio: 'training/#learning-rate-warmup-and-decay',
  optimizer: 'training/#optimizers',
  adam_beta1: 'training/#optimizers',
  adam_beta2: 'training/#optimizers',
  precision: 'training/#mixed-precision',
  weight_decay: 'training/#regularization-and-stability',
  grad_clip: 'training/#regularization-and-stability',
  dropout: 'training/#regularization-and-stability',
  instruction_tuned: 'adaptation/#instruction-tuning',
  rlhf: 'adaptation/#alignment-with-rlhf',
  base_model: 'adaptation/',
  pretrain_tokens_billion: 'pretraining-data/#how-much',
  pretrain_data_gb: 'pretraining-data/#how-much',
  eval_icl: 'language-models/#what-changed-with-scale',
  eval_cot: 'language-models/#what-changed-with-scale',
};

/** Link to the guide section about a column, or undefined when the guide has none. */
export function guideLink(column: string, base = '/guide/'): string | undefined {
  const section = SECTIONS[column];
  return section ? `${base}${section}` : undefined;
}
