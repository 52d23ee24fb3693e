/**
 * Pre-training compute from the model row: C ≈ 6 × N × D FLOP (Kaplan et al. 2020; forward 2ND plus
 * backward 4ND), with N the parameters active per token (the total for dense models) and D the
 * pre-training tokens. A derived estimate: it ignores attention FLOP and any recomputation.
 */
import type { ModelRow } from '../schemas/models.ts';

type ComputeColumns = Pick<ModelRow, 'params_billion' | 'active_params_billion' | 'pretrain_tokens_billion'>;

export interface TrainingCompute {
  ok: true;
  /** Estimated pre-training compute in FLOP. */
  flop: number;
  /** Parameters N used in 6ND, in billions, and which column they came from. */
  paramsBillion: number;
  params: 'active' | 'total';
  tokensBillion: number;
  /** Pre-training tokens per parameter N (the same N as in the compute). */
  tokensPerParameter: number;
  formula: string;
}

export interface TrainingComputeUnknown {
  ok: false;
  missing: string[];
  reason: string;
}

export type TrainingComputeResult = TrainingCompute | TrainingComputeUnknown;

const group = (n: number) => n.toLocaleString('en-US', { maximumFractionDigits: 3 });

/** ≈ 6 × (active, else total) parameters × pre-training tokens, or which values are missing. */
export function trainingCompute(model: ComputeColumns): TrainingComputeResult {
  const active = typeof model.active_params_billion === 'number' ? model.active_params_billion : undefined;
  const paramsBillion = active ?? model.params_billion;
  const tokensBillion = model.pretrain_tokens_billion;
  const missing = [paramsBillion === undefined && 'params_billion (or active_params_billion)', tokensBillion === undefined && 'pretrain_tokens_billion'].filter((m) => m !== false);
  if (paramsBillion === undefined || tokensBillion === undefined || missing.length > 0) return { ok: false, missing, reason: `needs ${missing.join(' and ')}` };
  if (!(paramsBillion > 0) || !(tokensBillion > 0)) return { ok: false, missing: [], reason: 'parameters and tokens must be positive' };
  const params = active !== undefined ? 'active' : 'total';
  const flop = 6 * paramsBillion * 1e9 * tokensBillion * 1e9;
  return {
    ok: true,
    flop,
    paramsBillion,
    params,
    tokensBillion,
    tokensPerParameter: tokensBillion / paramsBillion,
    formula: `6 × ${group(paramsBillion)}B ${params} parameters × ${group(tokensBillion)}B tokens ≈ ${flop.toExponential(2).replace('e+', 'e')} FLOP`,
  };
}
