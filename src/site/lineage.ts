/** Base-model chains and derived models, from the base_model column. */
import type { ModelRow } from '../schemas/models.ts';

/** The chain of base models, nearest first (stops at a cycle or an unknown id). */
export function baseChain(id: string, byId: ReadonlyMap<string, ModelRow>): ModelRow[] {
  const chain: ModelRow[] = [];
  const seen = new Set([id]);
  let next = byId.get(id)?.base_model;
  while (typeof next === 'string' && !seen.has(next) && byId.has(next)) {
    const model = byId.get(next)!;
    chain.push(model);
    seen.add(next);
    next = model.base_model;
  }
  return chain;
}

/** Order models by release date, unknown dates last, then by name. */
export function compareByRelease(a: ModelRow, b: ModelRow): number {
  const da = a.release_date ?? '9999';
  const db = b.release_date ?? '9999';
  return da < db ? -1 : da > db ? 1 : a.name < b.name ? -1 : a.name > b.name ? 1 : 0;
}
