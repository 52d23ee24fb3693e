/** Allowed values of the enum columns, one list each, in display order. */
export const ACCESS = ['open-weights', 'api', 'closed'] as const;
export const CATEGORY = ['causal-decoder', 'prefix-decoder', 'encoder-decoder'] as const;
export const NORM_TYPE = ['layernorm', 'rmsnorm', 'deepnorm'] as const;
export const NORM_POSITION = ['pre', 'post', 'sandwich'] as const;
export const POSITION_ENCODING = ['learned', 'sinusoidal', 'relative', 'rope', 'alibi', 'none'] as const;
export const ACTIVATION = ['relu', 'gelu', 'swiglu', 'geglu', 'squared-relu', 'silu'] as const;
export const DECAY_SCHEDULE = ['cosine', 'linear', 'inverse-sqrt', 'constant', 'exponential', 'step', 'wsd'] as const;
export const OPTIMIZER = ['adam', 'adamw', 'adafactor', 'sgd', 'lion', 'lamb', 'muon'] as const;
export const PRECISION = ['fp32', 'fp16', 'bf16', 'fp8', 'mixed'] as const;
export const REFERENCE_KIND = ['paper', 'report', 'model-card', 'config', 'blog', 'survey', 'code'] as const;
export const STATUS = ['reported', 'derived', 'estimated'] as const;
export const CURATED_TABLES = ['models', 'architectures', 'training'] as const;
export const SURVEY_TABLE_KIND = ['statistics', 'model-cards', 'optimization', 'timeline'] as const;
export const SURVEY_GROUP = ['publicly-available', 'closed-source'] as const;

export type Access = (typeof ACCESS)[number];
export type Status = (typeof STATUS)[number];
export type CuratedTable = (typeof CURATED_TABLES)[number];
export type SurveyTableKind = (typeof SURVEY_TABLE_KIND)[number];
