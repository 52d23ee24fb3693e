import type { z } from 'astro/zod';
import { expect, test } from 'vitest';
import { columnMeta } from '../../src/schemas/cells.ts';
import { describeColumn, describeTable } from '../../src/schemas/facts.ts';
import { CORE_TABLES } from '../../src/schemas/tables.ts';

const columns = CORE_TABLES.flatMap((d) => Object.entries(d.schema.shape).map(([column, schema]) => ({ key: `${d.name}.${column}`, meta: columnMeta(schema as z.ZodType) })));

test('every table of the data dictionary has a Chinese description', () => {
  expect(CORE_TABLES.filter((d) => !d.zh.description.trim()).map((d) => d.name)).toEqual([]);
});

test('every column of every table has a Chinese description', () => {
  expect(columns.filter((c) => !c.meta.zh.description.trim()).map((c) => c.key)).toEqual([]);
});

test('the Chinese text keeps the literal values of the English', () => {
  // `n/a`, file names, quoted formats and β1/β2 are written as in the CSV, so they must survive.
  const LITERAL = /n\/a|[\w<>./-]+\.csv|"[^"]*"|β\d/g;
  const lost = columns.flatMap(({ key, meta }) =>
    (meta.description.match(LITERAL) ?? []).filter((literal) => !meta.zh.description.includes(literal)).map((literal) => `${key}: ${literal}`),
  );
  expect(lost).toEqual([]);
});

test('describeTable and describeColumn pick the language', () => {
  const models = CORE_TABLES.find((d) => d.name === 'models')!;
  const id = columnMeta(models.schema.shape.id);
  expect(describeTable('en', models)).toBe(models.description);
  expect(describeTable('zh', models)).toBe('标识信息与统计数据：每个模型一行。');
  expect(describeColumn('en', id)).toBe(id.description);
  expect(describeColumn('zh', id)).toBe('唯一的模型标识，由小写字母、数字及 "-"、"_"、"." 组成。');
});
