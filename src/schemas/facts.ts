/**
 * What every view needs to know about a column — its label, description, unit and enum values in
 * each language — read from the one place each is defined: the column's `.meta()` (labels and
 * descriptions), `units.ts` and `enums.ts`. Tables, facets, the dictionary, model pages, compare,
 * charts and the guide all read these.
 */
import type { z } from 'astro/zod';
import { columnMeta, type ColumnMeta } from './cells.ts';
import { ENUM_LABELS_ZH, ENUM_LABELS_EN } from './enums.ts';
import { CORE_TABLES, type TableDef } from './tables.ts';
import { UNITS } from './units.ts';
import { DERIVED_COLUMNS } from '../values/derived-columns.ts';
import type { Locale } from '../i18n/locales.ts';

type Lang = Locale;

/** Column metadata by bare column name (the first table that defines it; shared columns agree). */
const BY_COLUMN = new Map<string, ColumnMeta>();
for (const def of CORE_TABLES) for (const [key, schema] of Object.entries(def.schema.shape)) if (!BY_COLUMN.has(key)) BY_COLUMN.set(key, columnMeta(schema as z.ZodType));
for (const derived of DERIVED_COLUMNS) BY_COLUMN.set(derived.key, derived.meta);

const has = <T extends object>(record: T, key: PropertyKey): key is keyof T => Object.hasOwn(record, key);

/** A column's short label in a language; an unknown name is shown as it is. */
export function columnLabelIn(lang: Lang, column: string): string {
  const meta = BY_COLUMN.get(column);
  if (!meta) return column;
  return lang === 'zh' ? meta.zh.label : meta.label;
}

/** A column's one-sentence description in a language. */
export function describeColumn(lang: Lang, meta: Pick<ColumnMeta, 'description' | 'zh'>): string {
  return lang === 'zh' ? meta.zh.description : meta.description;
}

/** A table's description in a language. */
export function describeTable(lang: Lang, def: Pick<TableDef, 'description' | 'zh'>): string {
  return lang === 'zh' ? def.zh.description : def.description;
}

/** An enum value's label in a language (English shows the value as written in the CSV unless it has a label). */
export function enumLabel(lang: Lang, value: string): string {
  if (lang === 'zh') return has(ENUM_LABELS_ZH, value) ? ENUM_LABELS_ZH[value] : value;
  return has(ENUM_LABELS_EN, value) ? ENUM_LABELS_EN[value] : value;
}

/** A unit's name in a language. */
export function unitLabel(lang: Lang, unit: string): string {
  return lang === 'zh' && has(UNITS, unit) ? UNITS[unit] : unit;
}
