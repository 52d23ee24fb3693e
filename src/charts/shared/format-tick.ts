/** A number as an axis or tooltip shows it: four significant digits, exponents for the very small or large. */
export function formatTick(v: number): string {
  const abs = Math.abs(v);
  if (abs !== 0 && (abs < 1e-3 || abs >= 1e6)) {
    const [m, e] = v.toExponential().split('e') as [string, string];
    return `${Number(Number(m).toPrecision(2))}e${Number(e)}`;
  }
  return String(Number(v.toPrecision(4)));
}
