/** Models whose stated size and recomputed size disagree by more than 5 %, with any recorded reason. */
import type { Dataset } from './dataset.ts';
import { checkSizes, type SizeCheck } from './param-count.ts';

export const SIZE_TOLERANCE = 0.05;

export function sizeOutliers(data: Dataset): { checked: number; outliers: (SizeCheck & { reason?: string })[] } {
  const stated = new Map(data.models.map((m) => [m.data.id, m.data.params_billion]));
  const reasons = new Map(data['size-differences'].map((r) => [r.data.model_id, r.data.reason]));
  const checks = checkSizes(
    data.architectures.map((r) => r.data),
    (id) => stated.get(id),
  );
  const outliers = checks.filter((c) => Math.abs(c.difference) > SIZE_TOLERANCE).map((c) => (reasons.has(c.modelId) ? { ...c, reason: reasons.get(c.modelId) } : c));
  return { checked: checks.length, outliers };
}
