import { ModelRowSchema, type ModelRowInput } from '../src/schemas/models.ts';

/** A minimal valid models.csv row (all strings, as read from CSV), with overrides. */
export function makeModelRow(overrides: Partial<Record<keyof ModelRowInput, string | undefined>> = {}): Record<string, string> {
  const row: Record<string, string | undefined> = {
    id: 'llama-2-70b',
    name: 'LLaMA 2 70B',
    family: 'llama',
    organization: 'meta-ai',
    release_date: '2023-07-18',
    params_billion: '70',
    access: 'open-weights',
    reference: 'touvron-2023-llama2',
    ...overrides,
  };
  return Object.fromEntries(Object.entries(row).filter((e): e is [string, string] => e[1] !== undefined));
}

/** The first issue of parsing `row` with the models schema, as `column: message`. */
export function firstModelIssue(row: Record<string, string>): string | undefined {
  const result = ModelRowSchema.safeParse(row);
  if (result.success) return undefined;
  const issue = result.error.issues[0]!;
  return `${String(issue.path[0])}: ${issue.message}`;
}
