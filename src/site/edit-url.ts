/** Site-wide constants. */
export const REPO_URL = 'https://github.com/llm-atlas/llm-atlas';

/** A prefilled "fix a value" issue for one cell. */
export function suggestEditUrl(modelId: string, table: string, column: string, current: string): string {
  // Built by hand rather than with URLSearchParams: every model page has dozens of these, and at
  // 10,000 models the difference shows in the build time. Same encoding for these values.
  const params: [string, string][] = [
    ['template', 'fix-a-value.yml'],
    ['title', `Fix ${table}.${column} of ${modelId}`],
    ['model_id', modelId],
    ['field', `${table}.${column}`],
    ['current', current === '' ? '(empty)' : current],
  ];
  return `${REPO_URL}/issues/new?${params.map(([k, v]) => `${k}=${formEncode(v)}`).join('&')}`;
}

/** application/x-www-form-urlencoded, as URLSearchParams writes it. */
export const formEncode = (value: string) =>
  encodeURIComponent(value)
    .replace(/[!'()~]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`)
    .replace(/%20/g, '+');
