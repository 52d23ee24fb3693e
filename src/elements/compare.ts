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

/**
 * The model of an id, by own key only: ids come from the URL, and `models` is parsed JSON whose
 * prototype answers to `constructor`, `__proto__` and `toString`.
 */
export function compareModel(data: CompareData, id: string): CompareModel | undefined {
  return Object.hasOwn(data.models, id) ? data.models[id] : undefined;
}

export function compareRows(data: CompareData, ids: readonly string[]): CompareRow[] {
  const models = ids.map((id) => compareModel(data, id)).filter((m): m is CompareModel => m !== undefined);
  return data.fields
    .map((field) => {
      const values = models.map((m) => m.values[field.key] ?? '');
      return { field, values, differs: new Set(values).size > 1 };
    })
    .filter((row) => row.values.some((v) => v !== ''));
}

export const MAX_COMPARE = 6;

/**
 * The model ids of a `?models=a,b,c` query: known ids, no repeats, at most six; and the ids it
 * named that are not models, for the page to say so.
 */
export function readCompareQuery(query: string, known: (id: string) => boolean): { ids: string[]; unknown: string[] } {
  const raw = new URLSearchParams(query).get('models') ?? '';
  const named = [
    ...new Set(
      raw
        .split(',')
        .map((s) => s.trim())
        .filter((id) => id !== ''),
    ),
  ];
  return { ids: named.filter(known).slice(0, MAX_COMPARE), unknown: named.filter((id) => !known(id)) };
}

/** The model ids of a `?models=a,b,c` query: known ids only, no repeats, at most six. */
export function parseCompareQuery(query: string, known: (id: string) => boolean): string[] {
  return readCompareQuery(query, known).ids;
}
