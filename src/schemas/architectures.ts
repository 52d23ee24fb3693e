import { z } from 'astro/zod';
import { cell } from './cells.ts';
import { ACTIVATION, CATEGORY, NORM_POSITION, NORM_TYPE, POSITION_ENCODING } from './enums.ts';
import { locator, modelId, reference } from './shared-columns.ts';

/** `data/architectures.csv`: one row per model whose architecture is published. */
export const ArchitectureRowSchema = z.strictObject({
  model_id: modelId,
  category: cell
    .oneOf(CATEGORY, {
      label: 'Category',
      zh: { label: '类别', description: 'Transformer 结构：因果解码器、前缀解码器或编码器-解码器。' },
      description: 'Transformer layout: causal decoder, prefix decoder or encoder-decoder.',
      example: 'causal-decoder',
    })
    .optional(),
  norm_type: cell.oneOf(NORM_TYPE, { label: 'Norm', zh: { label: '归一化', description: '归一化层。' }, description: 'Normalization layer.', example: 'rmsnorm' }).optional(),
  norm_position: cell
    .oneOf(NORM_POSITION, {
      label: 'Norm position',
      zh: { label: '归一化位置', description: '归一化相对于每个子层的位置：之前（pre）、之后（post）或前后都有（sandwich）。' },
      description: 'Where the normalization sits relative to each sub-layer: before (pre), after (post) or both (sandwich).',
      example: 'pre',
    })
    .optional(),
  position_encoding: cell
    .oneOf(POSITION_ENCODING, { label: 'PE', zh: { label: '位置编码', description: '词元位置的编码方式。' }, description: 'How token positions are encoded.', example: 'rope' })
    .optional(),
  activation: cell
    .oneOf(ACTIVATION, {
      label: 'Activation',
      zh: { label: '激活函数', description: '前馈网络的激活函数（门控变体：SwiGLU、GeGLU）。' },
      description: 'Activation of the feed-forward network (gated variants: SwiGLU, GeGLU).',
      example: 'swiglu',
    })
    .optional(),
  bias: cell
    .yesNo({ label: 'Bias', zh: { label: '偏置', description: '线性层是否带偏置项。' }, description: 'Whether the linear layers have bias terms.', example: 'no' })
    .optional(),
  layers: cell
    .integer(
      {
        label: '#L',
        zh: { label: '层数', description: 'Transformer 层数（编码器-解码器模型按每个堆栈计）。' },
        description: 'Number of transformer layers (for encoder-decoders, per stack).',
        unit: 'layers',
        example: '80',
      },
      { min: 1 },
    )
    .optional(),
  attention_heads: cell
    .integer(
      {
        label: '#H',
        zh: { label: '注意力头数', description: '每层的注意力（查询）头数。' },
        description: 'Number of attention (query) heads per layer.',
        unit: 'heads',
        example: '64',
      },
      { min: 1 },
    )
    .optional(),
  kv_heads: cell
    .integer(
      {
        label: 'KV heads',
        zh: { label: '键值头数', description: '键值头数：MHA 中等于注意力头数，MQA 中为 1，GQA 介于两者之间。' },
        description: 'Number of key-value heads: equal to the heads for MHA, 1 for MQA, in between for GQA.',
        unit: 'heads',
        example: '8',
      },
      { min: 1 },
    )
    .optional(),
  head_dim: cell
    .integer(
      {
        label: 'Head dim',
        zh: { label: '头维度', description: '单个注意力头的维度，在它不等于 d_model / heads 或来源明确给出时填写。' },
        description: 'Dimension of one attention head, where it is not d_model / heads or is stated.',
        unit: 'dimensions',
        example: '128',
      },
      { min: 1 },
    )
    .optional(),
  d_model: cell
    .integer(
      { label: 'd_model', zh: { label: '隐藏维度', description: '隐藏层大小（模型维度）。' }, description: 'Hidden size (model dimension).', unit: 'dimensions', example: '8192' },
      { min: 1 },
    )
    .optional(),
  ffn_size: cell
    .integer(
      {
        label: 'FFN',
        zh: { label: '前馈维度', description: '稠密前馈网络的中间层大小；每一层都是混合专家层的模型填 n/a。' },
        description: 'Inner size of the dense feed-forward network; n/a when every layer is mixture-of-experts.',
        unit: 'dimensions',
        example: '28672',
      },
      { min: 1 },
    )
    .optionalOrNA(),
  vocab_size: cell
    .integer({ label: 'Vocab', zh: { label: '词表大小', description: '词表大小。' }, description: 'Vocabulary size.', unit: 'tokens', example: '32000' }, { min: 1 })
    .optional(),
  context_tokens: cell
    .integer(
      {
        label: 'Context',
        zh: { label: '上下文长度', description: '模型训练或发布时的最大上下文长度。' },
        description: 'Maximum context length the model was trained or released with.',
        unit: 'tokens',
        example: '4096',
      },
      { min: 1 },
    )
    .optional(),
  tied_embeddings: cell
    .yesNo({
      label: 'Tied emb.',
      zh: { label: '共享嵌入', description: '输入嵌入与输出投影是否共享权重。' },
      description: 'Whether the input embedding and the output projection share weights.',
      example: 'no',
    })
    .optional(),
  moe_experts: cell
    .integer(
      {
        label: 'Experts',
        zh: { label: '专家数', description: '每个混合专家层的路由专家数；稠密模型填 n/a。' },
        description: 'Routed experts per mixture-of-experts layer; n/a for dense models.',
        unit: 'experts',
        example: '8',
      },
      { min: 1 },
    )
    .optionalOrNA(),
  moe_active_experts: cell
    .integer(
      {
        label: 'Active experts',
        zh: { label: '激活专家数', description: '每个词元激活的路由专家数；稠密模型填 n/a。' },
        description: 'Routed experts active per token; n/a for dense models.',
        unit: 'experts',
        example: '2',
      },
      { min: 1 },
    )
    .optionalOrNA(),
  moe_shared_experts: cell
    .integer({
      label: 'Shared experts',
      zh: { label: '共享专家数', description: '每个词元都要经过的共享专家数；稠密模型填 n/a。' },
      description: 'Shared experts every token passes through; n/a for dense models.',
      unit: 'experts',
      example: '1',
    })
    .optionalOrNA(),
  moe_ffn_size: cell
    .integer(
      {
        label: 'Expert FFN',
        zh: { label: '专家前馈维度', description: '单个专家的中间层大小；稠密模型填 n/a。' },
        description: 'Inner size of one expert; n/a for dense models.',
        unit: 'dimensions',
        example: '2048',
      },
      { min: 1 },
    )
    .optionalOrNA(),
  reference,
  locator,
});

export type ArchitectureRow = z.output<typeof ArchitectureRowSchema>;
export type ArchitectureRowInput = z.input<typeof ArchitectureRowSchema>;
