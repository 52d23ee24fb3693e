/** Site-wide constants. */
export const REPO_URL = 'https://github.com/llm-atlas/llm-atlas';

/** A prefilled "fix a value" issue for one cell. */
export function suggestEditUrl(modelId: string, table: string, column: string, current: string): string {
  const params = new URLSearchParams({
    template: 'fix-a-value.yml',
    title: `Fix ${table}.${column} of ${modelId}`,
    model_id: modelId,
    field: `${table}.${column}`,
    current: current === '' ? '(empty)' : current,
  });
  return `${REPO_URL}/issues/new?${params}`;
}
