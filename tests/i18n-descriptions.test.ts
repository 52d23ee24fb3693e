import { expect, test } from 'vitest';
import { COLUMN_DESCRIPTIONS_ZH, TABLE_DESCRIPTIONS_ZH, describeColumn, describeTable } from '../src/i18n/descriptions.ts';
import { CORE_TABLES, columnMetas } from '../src/schemas/tables.ts';

const tables = CORE_TABLES.map((d) => d.name as string);
const columns = CORE_TABLES.flatMap((d) => columnMetas(d.schema).map(([column, meta]) => ({ key: `${d.name}.${column}`, english: meta.description })));

test('every table of the data dictionary has a Chinese description', () => {
  expect(tables.filter((name) => !TABLE_DESCRIPTIONS_ZH[name]?.trim())).toEqual([]);
});

test('every column of every table has a Chinese description', () => {
  expect(columns.filter((c) => !COLUMN_DESCRIPTIONS_ZH[c.key]?.trim()).map((c) => c.key)).toEqual([]);
});

test('no Chinese description names a table or column that does not exist', () => {
  const keys = new Set(columns.map((c) => c.key));
  const stale = [
    ...Object.keys(TABLE_DESCRIPTIONS_ZH).filter((name) => !tables.includes(name)),
    ...Object.keys(COLUMN_DESCRIPTIONS_ZH).filter((key) => !keys.has(key)),
  ];
  expect(stale).toEqual([]);
});

test('the Chinese text keeps the literal values of the English', () => {
  // `n/a`, file names, quoted formats and β1/β2 are written as in the CSV, so they must survive.
  const LITERAL = /n\/a|[\w<>./-]+\.csv|"[^"]*"|β\d/g;
  const lost = columns.flatMap(({ key, english }) =>
    (english.match(LITERAL) ?? []).filter((literal) => !COLUMN_DESCRIPTIONS_ZH[key]?.includes(literal)).map((literal) => `${key}: ${literal}`),
  );
  expect(lost).toEqual([]);
});

test('describeTable and describeColumn pick the language and fall back to English', () => {
  const models = CORE_TABLES.find((d) => d.name === 'models')!;
  expect(describeTable('en', 'models', models.description)).toBe(models.description);
  expect(describeTable('zh', 'models', models.description)).toBe(TABLE_DESCRIPTIONS_ZH.models);
  expect(describeTable('zh', 'no-such-table', 'English text')).toBe('English text');
  expect(describeColumn('en', 'models', 'id', 'Unique model id.')).toBe('Unique model id.');
  expect(describeColumn('zh', 'models', 'id', 'Unique model id.')).toBe(COLUMN_DESCRIPTIONS_ZH['models.id']);
  expect(describeColumn('zh', 'models', 'no_such_column', 'English text')).toBe('English text');
});
