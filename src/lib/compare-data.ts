/** The comparison data of every model, with display text computed once at build time. */
import { viewCell, viewColumns } from '../data/curated-view.ts';
import type { CellValue } from '../data/format-value.ts';
import type { CompareData } from '../data/compare.ts';
import type { CuratedTable } from '../schemas/enums.ts';
import type { SiteData } from './site-data.ts';
import { columnLabelIn } from '../i18n/columns.ts';
import { t, type Locale } from '../i18n/ui.ts';

const GROUPS: CuratedTable[] = ['models', 'architectures', 'training'];

const cache = new WeakMap<SiteData, CompareData>();

/** Computed once per build (every comparison page reads it). */
export function compareData(data: SiteData): CompareData {
  const cached = cache.get(data);
  if (cached) return cached;
  const result = buildCompareData(data);
  cache.set(data, result);
  return result;
}

function buildCompareData(data: SiteData): CompareData {
  const fields = GROUPS.flatMap((table) => viewColumns(table).map((c) => ({ key: `${table}.${c.key}`, label: c.label, group: t('en', `group.${table}`), column: c })));
  const models: CompareData['models'] = {};
  for (const model of data.models) {
    const rows = { models: model, architectures: data.architectures.get(model.id), training: data.training.get(model.id) };
    const values: Record<string, string> = {};
    for (const f of fields) {
      const table = f.key.split('.')[0] as CuratedTable;
      const row = rows[table];
      if (!row) continue;
      const cell = viewCell(table, row, model.id, f.column.key, f.column.meta, (row as unknown as Record<string, CellValue>)[f.column.key], data.provenance);
      if (cell.text !== '') values[f.key] = cell.text;
    }
    models[model.id] = { id: model.id, name: model.name, values };
  }
  return { fields: fields.map(({ key, label, group }) => ({ key, label, group })), models };
}

const fieldsCache = new WeakMap<CompareData, Map<Locale, CompareData['fields']>>();

/** The comparison's fields with names and groups in a language (once per build and language). */
export function compareFields(data: CompareData, lang: Locale): CompareData['fields'] {
  const byLang = fieldsCache.get(data) ?? new Map<Locale, CompareData['fields']>();
  fieldsCache.set(data, byLang);
  let fields = byLang.get(lang);
  if (!fields) {
    fields = data.fields.map((f) => {
      const [table, column] = f.key.split('.') as [CuratedTable, string];
      return { key: f.key, label: columnLabelIn(lang, column), group: t(lang, `group.${table}`) };
    });
    byLang.set(lang, fields);
  }
  return fields;
}
