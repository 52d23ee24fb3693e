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
  /** Whether at least two of the models have different known values (an unknown value is not a difference). */
  differs: boolean;
  /** Whether some model's value is unknown. */
  unknown: boolean;
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
      const known = values.filter((v) => v !== '');
      return { field, values, differs: new Set(known).size > 1, unknown: known.length < values.length };
    })
    .filter((row) => row.values.some((v) => v !== ''));
}

export const MAX_COMPARE = 6;

const squash = (text: string) => text.toLowerCase().replace(/[\s\-_.]+/g, '');

/**
 * The model a reader typed: an id, or a name (any case; spaces, hyphens, dots and underscores
 * ignored), when exactly one model has it.
 */
export function resolveModel(data: CompareData, typed: string): CompareModel | undefined {
  const text = typed.trim();
  if (text === '') return undefined;
  const byId = compareModel(data, text) ?? compareModel(data, text.toLowerCase());
  if (byId) return byId;
  const models = Object.values(data.models);
  const exact = models.filter((m) => m.name.toLowerCase() === text.toLowerCase());
  if (exact.length === 1) return exact[0];
  const loose = models.filter((m) => squash(m.name) === squash(text));
  return loose.length === 1 ? loose[0] : undefined;
}

/** Whether a compare query asks for only the rows that differ (`only=diff`). */
export const onlyDifferences = (query: string): boolean => new URLSearchParams(query).get('only') === 'diff';

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
