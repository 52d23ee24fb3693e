/** The comparison data of every model, taken from the curated views' display text. */
import type { CompareData, CompareField } from '../elements/compare.ts';
import type { CuratedView } from './curated-view.ts';
import { CURATED_TABLES, type CuratedTable } from '../schemas/enums.ts';
import { columnLabelIn } from '../schemas/facts.ts';
import { t, type Locale } from '../i18n/ui.ts';

/** The fields of /compare/ in one language: one per shown column of the three curated tables. */
export function compareFields(views: Readonly<Record<CuratedTable, CuratedView>>, lang: Locale): CompareField[] {
  return CURATED_TABLES.flatMap((table) => views[table].columns.map((c) => ({ key: `${table}.${c.key}`, label: columnLabelIn(lang, c.key), group: t(lang, `group.${table}`) })));
}

export function buildCompareData(views: Readonly<Record<CuratedTable, CuratedView>>): CompareData {
  const models: CompareData['models'] = {};
  for (const row of views.models.rows) models[row.id] = { id: row.id, name: row.name, values: {} };
  for (const table of CURATED_TABLES) {
    for (const row of views[table].rows) {
      const values = models[row.id]?.values;
      if (!values) continue;
      for (const [column, cell] of Object.entries(row.cells)) if (cell.text !== '') values[`${table}.${column}`] = cell.text;
    }
  }
  return { fields: compareFields(views, 'en'), models };
}
