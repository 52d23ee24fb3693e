import { z } from 'astro/zod';
import { cell } from './cells.ts';
import { ACTIVATION, CATEGORY, NORM_POSITION, NORM_TYPE, POSITION_ENCODING } from './enums.ts';
import { locator, modelId, reference } from './shared-columns.ts';

/** `data/architectures.csv`: one row per model whose architecture is published. */
export const ArchitectureRowSchema = z.strictObject({
  model_id: modelId,
  category: cell.oneOf(CATEGORY, { description: 'Transformer layout: causal decoder, prefix decoder or encoder-decoder.', example: 'causal-decoder' }).optional(),
  norm_type: cell.oneOf(NORM_TYPE, { description: 'Normalization layer.', example: 'rmsnorm' }).optional(),
  norm_position: cell.oneOf(NORM_POSITION, { description: 'Where the normalization sits relative to each sub-layer: before (pre), after (post) or both (sandwich).', example: 'pre' }).optional(),
  position_encoding: cell.oneOf(POSITION_ENCODING, { description: 'How token positions are encoded.', example: 'rope' }).optional(),
  activation: cell.oneOf(ACTIVATION, { description: 'Activation of the feed-forward network (gated variants: SwiGLU, GeGLU).', example: 'swiglu' }).optional(),
  bias: cell.yesNo({ description: 'Whether the linear layers have bias terms.', example: 'no' }).optional(),
  layers: cell.integer({ description: 'Number of transformer layers (for encoder-decoders, per stack).', unit: 'layers', example: '80' }, { min: 1 }).optional(),
  attention_heads: cell.integer({ description: 'Number of attention (query) heads per layer.', unit: 'heads', example: '64' }, { min: 1 }).optional(),
  kv_heads: cell.integer({ description: 'Number of key-value heads: equal to the heads for MHA, 1 for MQA, in between for GQA.', unit: 'heads', example: '8' }, { min: 1 }).optional(),
  head_dim: cell.integer({ description: 'Dimension of one attention head, where it is not d_model / heads or is stated.', unit: 'dimensions', example: '128' }, { min: 1 }).optional(),
  d_model: cell.integer({ description: 'Hidden size (model dimension).', unit: 'dimensions', example: '8192' }, { min: 1 }).optional(),
  ffn_size: cell.integer({ description: 'Inner size of the dense feed-forward network.', unit: 'dimensions', example: '28672' }, { min: 1 }).optional(),
  vocab_size: cell.integer({ description: 'Vocabulary size.', unit: 'tokens', example: '32000' }, { min: 1 }).optional(),
  context_tokens: cell.integer({ description: 'Maximum context length the model was trained or released with.', unit: 'tokens', example: '4096' }, { min: 1 }).optional(),
  tied_embeddings: cell.yesNo({ description: 'Whether the input embedding and the output projection share weights.', example: 'no' }).optional(),
  moe_experts: cell.integer({ description: 'Routed experts per mixture-of-experts layer; n/a for dense models.', unit: 'experts', example: '8' }, { min: 1 }).optionalOrNA(),
  moe_active_experts: cell.integer({ description: 'Routed experts active per token; n/a for dense models.', unit: 'experts', example: '2' }, { min: 1 }).optionalOrNA(),
  moe_shared_experts: cell.integer({ description: 'Shared experts every token passes through; n/a for dense models.', unit: 'experts', example: '1' }).optionalOrNA(),
  moe_ffn_size: cell.integer({ description: 'Inner size of one expert; n/a for dense models.', unit: 'dimensions', example: '2048' }, { min: 1 }).optionalOrNA(),
  reference,
  locator,
});

export type ArchitectureRow = z.output<typeof ArchitectureRowSchema>;
export type ArchitectureRowInput = z.input<typeof ArchitectureRowSchema>;
