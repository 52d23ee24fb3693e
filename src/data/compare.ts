/** Side-by-side comparison of models: rows are fields, columns are models, differing rows marked. */

export interface CompareField {
  /** `table.column`, e.g. `architectures.d_model`. */
  key: string;
  label: string;
  group: string;
}

export interface CompareModel {
  id: string;
  name: string;
  /** Display text per field key; a missing key is unknown. */
  values: Record<string, string>;
}

export interface CompareData {
  fields: CompareField[];
  models: Record<string, CompareModel>;
}

export interface CompareRow {
  field: CompareField;
  values: string[];
  /** Whether at least two of the models have different values (unknown counts as a value). */
  differs: boolean;
}

export function compareRows(data: CompareData, ids: readonly string[]): CompareRow[] {
  const models = ids.map((id) => data.models[id]).filter((m): m is CompareModel => m !== undefined);
  return data.fields
    .map((field) => {
      const values = models.map((m) => m.values[field.key] ?? '');
      return { field, values, differs: new Set(values).size > 1 };
    })
    .filter((row) => row.values.some((v) => v !== ''));
}

export const MAX_COMPARE = 6;

/** The model ids of a `?models=a,b,c` query: known ids only, no repeats, at most six. */
export function parseCompareQuery(query: string, known: (id: string) => boolean): string[] {
  const raw = new URLSearchParams(query).get('models') ?? '';
  return [...new Set(raw.split(',').map((s) => s.trim()).filter((id) => id !== '' && known(id)))].slice(0, MAX_COMPARE);
}
