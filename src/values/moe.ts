/** Dense or mixture-of-experts, from the experts column: `n/a` (null) is dense, a count is MoE. */
export function denseOrMoe(experts: number | null | undefined): 'dense' | 'moe' | undefined {
  if (experts === undefined) return undefined;
  return experts === null ? 'dense' : 'moe';
}
