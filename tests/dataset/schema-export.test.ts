import { expect, test } from 'vitest';
import { dataPackage, tableJsonSchema } from '../../src/dataset/schema-export.ts';
import { CORE_TABLES, surveyTableDef } from '../../src/schemas/tables.ts';

test('the data package describes every curated table and each survey table, with keys', () => {
  const pkg = dataPackage('https://example.org/', '1.0.0', [surveyTableDef('zhao-2023', 'statistics', 'statistics')]) as {
    resources: { name: string; path: string; schema: { primaryKey: string[]; foreignKeys: { fields: string }[]; fields: { name: string }[] } }[];
  };
  expect(pkg.resources.map((r) => r.path)).toEqual([...CORE_TABLES.map((d) => `${d.name}.csv`), 'surveys/zhao-2023/statistics.csv']);
  const models = pkg.resources.find((r) => r.name === 'models')!;
  expect(models.schema.primaryKey).toEqual(['id']);
  expect(models.schema.foreignKeys.map((k) => k.fields)).toEqual(['organization', 'base_model', 'reference', 'co_organization']);
  expect(pkg.resources.at(-1)!.name).toBe('survey-zhao-2023-statistics');
});

test('the JSON Schema of a table lists its columns, types and required ones', () => {
  const schema = tableJsonSchema(CORE_TABLES[0], 'https://example.org/') as { required: string[]; properties: Record<string, { type?: string; anyOf?: unknown[] }> };
  expect(schema.required).toEqual(['id', 'name', 'family', 'organization', 'reference']);
  expect(schema.properties.params_billion!.type).toBe('number');
  expect(schema.properties.active_params_billion!.anyOf).toHaveLength(2);
});
