import { z } from 'astro/zod';
import { cell } from './cells.ts';
import { ACTIVATION, ATTENTION_KIND, CATEGORY, LINEAR_ATTENTION_KIND, MOE_ROUTER, NORM_POSITION, NORM_TYPE, POSITION_ENCODING, SPARSE_ATTENTION } from './enums.ts';
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
  attention_kind: cell
    .oneOf(ATTENTION_KIND, {
      label: 'Attention',
      zh: { label: '注意力类型', description: '注意力的形式：多头（mha）、多查询（mqa）、分组查询（gqa）或多头潜在注意力（mla）；未填写时由头数与键值头数推导。' },
      description: 'Form of attention: multi-head (mha), multi-query (mqa), grouped-query (gqa) or multi-head latent (mla); when empty, derived from heads and kv-heads.',
      example: 'gqa',
    })
    .optional(),
  full_attention_layers: cell
    .integer(
      {
        inTable: false,
        label: 'Full-attention layers',
        zh: { label: '全注意力层数', description: '对整个上下文做（全局）注意力的层数。' },
        description: 'Layers whose attention spans the whole context (global attention).',
        unit: 'layers',
        example: '15',
      },
      { min: 0 },
    )
    .optional(),
  sliding_window_layers: cell
    .integer(
      {
        inTable: false,
        label: 'Sliding-window layers',
        zh: { label: '滑动窗口层数', description: '只在滑动窗口内做注意力的层数。' },
        description: 'Layers whose attention is limited to a sliding window.',
        unit: 'layers',
        example: '45',
      },
      { min: 0 },
    )
    .optional(),
  sliding_window_tokens: cell
    .integer(
      {
        inTable: false,
        label: 'Window',
        zh: { label: '滑动窗口长度', description: '滑动窗口注意力的窗口大小。' },
        description: 'Size of the sliding attention window.',
        unit: 'tokens',
        example: '4096',
      },
      { min: 1 },
    )
    .optional(),
  linear_attention_layers: cell
    .integer(
      {
        inTable: false,
        label: 'Linear layers',
        zh: { label: '线性注意力层数', description: '线性注意力或状态空间层（无键值缓存）的层数。' },
        description: 'Linear-attention or state-space layers (no key-value cache).',
        unit: 'layers',
        example: '36',
      },
      { min: 0 },
    )
    .optional(),
  linear_attention_kind: cell
    .oneOf(LINEAR_ATTENTION_KIND, {
      label: 'Linear kind',
      zh: { label: '线性层类型', description: '线性注意力或状态空间层的类型。' },
      description: 'Kind of the linear-attention or state-space layers.',
      example: 'gated-deltanet',
    })
    .optionalOrNA(),
  layer_pattern: cell
    .text({
      inTable: false,
      label: 'Layer pattern',
      zh: { label: '层排列', description: '各类层交替的重复比例，按原文写法（如 "3:1"）。' },
      description: 'The repeating ratio of layer kinds as published (e.g. "3:1").',
      example: '3:1',
    })
    .optional(),
  sparse_attention: cell
    .oneOf(SPARSE_ATTENTION, {
      label: 'Sparse attention',
      zh: { label: '稀疏注意力', description: '稀疏注意力的类型；没有稀疏注意力填 n/a。' },
      description: 'Kind of sparse attention; n/a when there is none.',
      example: 'deepseek-sparse',
    })
    .optionalOrNA(),
  sparse_attention_topk: cell
    .integer(
      {
        inTable: false,
        label: 'Sparse top-k',
        zh: { label: '稀疏 top-k', description: '稀疏注意力每个查询选取的词元数。' },
        description: 'Tokens each query attends to under sparse attention.',
        unit: 'tokens',
        example: '2048',
      },
      { min: 1 },
    )
    .optionalOrNA(),
  q_lora_rank: cell
    .integer(
      {
        inTable: false,
        label: 'q LoRA rank',
        zh: { label: 'q 低秩维度', description: '多头潜在注意力中查询的压缩维度；非 MLA 模型填 n/a。' },
        description: 'Compressed dimension of the queries in latent attention; n/a without MLA.',
        unit: 'ranks',
        example: '1536',
      },
      { min: 1 },
    )
    .optionalOrNA(),
  kv_lora_rank: cell
    .integer(
      {
        inTable: false,
        label: 'kv LoRA rank',
        zh: { label: 'kv 低秩维度', description: '多头潜在注意力中键值的潜在维度（缓存的部分）；非 MLA 模型填 n/a。' },
        description: 'Latent dimension of keys and values in latent attention (what is cached); n/a without MLA.',
        unit: 'ranks',
        example: '512',
      },
      { min: 1 },
    )
    .optionalOrNA(),
  qk_rope_head_dim: cell
    .integer(
      {
        inTable: false,
        label: 'RoPE head dim',
        zh: { label: 'RoPE 头维度', description: 'MLA 中携带旋转位置编码的每头维度；非 MLA 模型填 n/a。' },
        description: 'Per-head dimension that carries rotary positions in latent attention; n/a without MLA.',
        unit: 'dimensions',
        example: '64',
      },
      { min: 1 },
    )
    .optionalOrNA(),
  qk_nope_head_dim: cell
    .integer(
      {
        inTable: false,
        label: 'NoPE head dim',
        zh: { label: '无位置头维度', description: 'MLA 中不带位置编码的每头维度；非 MLA 模型填 n/a。' },
        description: 'Per-head dimension without positions in latent attention; n/a without MLA.',
        unit: 'dimensions',
        example: '128',
      },
      { min: 1 },
    )
    .optionalOrNA(),
  v_head_dim: cell
    .integer(
      {
        inTable: false,
        label: 'V head dim',
        zh: { label: 'V 头维度', description: 'MLA 中值向量的每头维度；非 MLA 模型填 n/a。' },
        description: 'Per-head dimension of the values in latent attention; n/a without MLA.',
        unit: 'dimensions',
        example: '128',
      },
      { min: 1 },
    )
    .optionalOrNA(),
  qk_norm: cell
    .yesNo({
      label: 'QK-norm',
      zh: { label: 'QK 归一化', description: '查询和键在注意力前是否各自归一化。' },
      description: 'Whether queries and keys are normalized before attention.',
      example: 'yes',
    })
    .optional(),
  rope_theta: cell
    .number(
      {
        inTable: false,
        label: 'RoPE base',
        zh: { label: 'RoPE 基数', description: '旋转位置编码的基数（theta）。' },
        description: 'Base (theta) of the rotary position encoding.',
        example: '500000',
      },
      { min: 1 },
    )
    .optionalOrNA(),
  partial_rotary_factor: cell
    .number(
      {
        inTable: false,
        label: 'Rotary fraction',
        zh: { label: '旋转比例', description: '每个头中使用旋转位置编码的维度比例（1 表示全部）。' },
        description: 'Fraction of each head’s dimensions that take rotary positions (1 = all).',
        unit: 'ratio',
        example: '0.5',
      },
      { min: 0, max: 1 },
    )
    .optionalOrNA(),
  nope_layers: cell
    .integer(
      {
        inTable: false,
        label: 'NoPE layers',
        zh: { label: '无位置编码层数', description: '不使用任何位置编码的层数。' },
        description: 'Layers that use no position encoding.',
        unit: 'layers',
        example: '12',
      },
      { min: 0 },
    )
    .optional(),
  gated_attention: cell
    .yesNo({
      label: 'Gated attention',
      zh: { label: '门控注意力', description: '注意力输出是否再经过一个门控（逐元素乘以 sigmoid 门）。' },
      description: 'Whether the attention output passes through a gate (multiplied by a sigmoid gate).',
      example: 'yes',
    })
    .optional(),
  final_logit_softcap: cell
    .number(
      {
        inTable: false,
        label: 'Logit soft-cap',
        zh: { label: 'Logit 软上限', description: '输出 logits 的软上限（tanh 截断）；没有则填 n/a。' },
        description: 'Soft cap (tanh) on the output logits; n/a when there is none.',
        example: '30',
      },
      { min: 0 },
    )
    .optionalOrNA(),
  moe_dense_layers: cell
    .integer(
      {
        inTable: false,
        label: 'Dense layers first',
        zh: { label: '前置稠密层数', description: '第一个混合专家层之前的稠密层数；稠密模型填 n/a。' },
        description: 'Dense layers before the first mixture-of-experts layer; n/a for dense models.',
        unit: 'layers',
        example: '3',
      },
      { min: 0 },
    )
    .optionalOrNA(),
  moe_router: cell
    .oneOf(MOE_ROUTER, {
      label: 'Router',
      zh: { label: '路由函数', description: '专家路由打分所用的函数；稠密模型填 n/a。' },
      description: 'Function the expert router scores with; n/a for dense models.',
      example: 'sigmoid',
    })
    .optionalOrNA(),
  mtp_modules: cell
    .integer(
      {
        inTable: false,
        label: 'MTP modules',
        zh: { label: 'MTP 模块数', description: '多词元预测模块的个数；没有则填 n/a。' },
        description: 'Multi-token prediction modules; n/a when there are none.',
        unit: 'modules',
        example: '1',
      },
      { min: 1 },
    )
    .optionalOrNA(),
});

export type ArchitectureRow = z.output<typeof ArchitectureRowSchema>;
export type ArchitectureRowInput = z.input<typeof ArchitectureRowSchema>;
