import { describe, expect, test } from 'vitest';
import { ModelRowSchema } from '../../src/schemas/models.ts';
import { firstModelIssue, makeModelRow } from '../helpers.ts';

describe('ModelRowSchema', () => {
  test('accepts the minimal row and types its cells', () => {
    const row = ModelRowSchema.parse(makeModelRow({ active_params_billion: 'n/a', instruction_tuned: 'no' }));
    expect(row.params_billion).toBe(70);
    expect(row.active_params_billion).toBeNull();
    expect(row.instruction_tuned).toBe(false);
  });
  test('an empty cell stays undefined, never 0', () => {
    const row = ModelRowSchema.parse(makeModelRow({ params_billion: undefined }));
    expect(row.params_billion).toBeUndefined();
    expect('params_billion' in row).toBe(false);
  });
  test.each([
    [{ params_billion: '175B' }, 'params_billion: expected a plain number in billions, got "175B" — drop the unit'],
    [{ access: 'Open' }, 'access: expected one of open-weights, api, closed, got "Open"'],
    [{ access: 'API' }, 'access: expected one of open-weights, api, closed, got "API" — did you mean "api"?'],
    [{ release_date: '18/07/2023' }, 'release_date: expected a date as YYYY, YYYY-MM or YYYY-MM-DD, got "18/07/2023"'],
    [{ id: 'Llama 2' }, 'id: expected a lowercase id of letters, digits, "-", "_" and "." (like "llama-2-70b"), got "Llama 2"'],
    [{ name: undefined }, 'name: required, but the cell is empty'],
    [{ reference: undefined }, 'reference: required, but the cell is empty'],
    [{ rlhf: 'true' }, 'rlhf: expected "yes" or "no", got "true"'],
    [{ url: 'huggingface.co/x' }, 'url: expected a URL starting with https://, got "huggingface.co/x"'],
    [{ params_billion: 'n/a' }, 'params_billion: expected a plain number in billions, got "n/a"'],
  ])('rejects %o', (overrides, message) => {
    expect(firstModelIssue(makeModelRow(overrides))).toBe(message);
  });
  test('rejects an unknown column', () => {
    expect(ModelRowSchema.safeParse({ ...makeModelRow(), size: '7' }).success).toBe(false);
  });
});
