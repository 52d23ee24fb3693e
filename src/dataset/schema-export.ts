/**
 * Machine-readable descriptions generated from the zod schemas' column metadata: a JSON Schema
 * per table (for rows of the JSON download) and a Frictionless Data Package (for the CSVs).
 */
import type { ColumnMeta } from '../schemas/cells.ts';
import { CORE_TABLES, columnMetas, type TableDef } from '../schemas/tables.ts';

type Json = Record<string, unknown>;

const DATE_PATTERN = '^\\d{4}(-\\d{2}(-\\d{2})?)?$';

function jsonType(meta: ColumnMeta): Json {
  switch (meta.kind) {
    case 'number':
      return { type: 'number' };
    case 'integer':
      return { type: 'integer' };
    case 'boolean':
      return { type: 'boolean' };
    case 'enum':
      return { type: 'string', enum: [...(meta.values ?? [])] };
    case 'date':
      return { type: 'string', pattern: DATE_PATTERN };
    case 'url':
      return { type: 'string', format: 'uri' };
    case 'ramp':
      return {
        type: 'object',
        properties: { start: { type: 'number' }, end: { type: 'number' } },
        required: ['start', 'end'],
        additionalProperties: false,
      };
    default:
      return { type: 'string' };
  }
}

/** JSON Schema (2020-12) of one table's rows as they appear in the JSON download. */
export function tableJsonSchema(def: TableDef, siteUrl: string): Json {
  const properties: Json = {};
  const required: string[] = [];
  for (const [name, meta] of columnMetas(def.schema)) {
    const base = jsonType(meta);
    const type = meta.notApplicable ? { anyOf: [base, { type: 'null', description: 'not applicable' }] } : base;
    properties[name] = { ...type, description: meta.description + (meta.unit ? ` Unit: ${meta.unit}.` : ''), examples: [meta.example] };
    if (meta.required) required.push(name);
  }
  return {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    $id: new URL(`/data/schema/${def.name}.schema.json`, siteUrl).href,
    title: `LLM Atlas ${def.title}`,
    description: def.description,
    type: 'object',
    properties,
    required,
    additionalProperties: false,
  };
}

function frictionlessField(name: string, meta: ColumnMeta): Json {
  const field: Json = { name, description: meta.description, example: meta.example };
  const constraints: Json = {};
  if (meta.required) constraints.required = true;
  switch (meta.kind) {
    case 'number':
      field.type = 'number';
      break;
    case 'integer':
      field.type = 'integer';
      break;
    case 'boolean':
      Object.assign(field, { type: 'boolean', trueValues: ['yes'], falseValues: ['no'] });
      break;
    case 'enum':
      field.type = 'string';
      constraints.enum = [...(meta.values ?? [])];
      break;
    case 'date':
      field.type = 'string';
      constraints.pattern = DATE_PATTERN;
      break;
    case 'url':
      Object.assign(field, { type: 'string', format: 'uri' });
      break;
    default:
      field.type = 'string';
  }
  if (meta.unit) field.unit = meta.unit;
  if (Object.keys(constraints).length > 0) field.constraints = constraints;
  return field;
}

const KEY_TABLE = { models: 'models', organizations: 'organizations', references: 'references', surveys: 'surveys' } as const;
const KEY_FIELD = { models: 'id', organizations: 'id', references: 'id', surveys: 'id' } as const;

/** A Frictionless Data Package describing the curated CSVs and the survey tables as printed. */
export function dataPackage(siteUrl: string, version: string, surveyTables: readonly TableDef[] = []): Json {
  return {
    profile: 'tabular-data-package',
    name: 'llm-atlas',
    title: 'LLM Atlas',
    description: 'Typed, sourced data on large language models: statistics, architectures and training recipes, with per-cell provenance and survey tables as printed.',
    version,
    homepage: siteUrl,
    licenses: [{ name: 'CC-BY-4.0', path: 'https://creativecommons.org/licenses/by/4.0/', title: 'Creative Commons Attribution 4.0' }],
    resources: [...CORE_TABLES, ...surveyTables].map((def) => {
      const metas = columnMetas(def.schema);
      return {
        name: def.name.replace(/[^a-z0-9._-]/g, '-'),
        path: def.file.startsWith('surveys/') ? def.file : `${def.name}.csv`,
        profile: 'tabular-data-resource',
        format: 'csv',
        mediatype: 'text/csv',
        encoding: 'utf-8',
        title: def.title,
        description: def.description,
        schema: {
          fields: metas.map(([name, meta]) => frictionlessField(name, meta)),
          missingValues: ['', 'n/a'],
          primaryKey: [...def.key],
          foreignKeys: metas
            .filter(([, meta]) => meta.references)
            .map(([name, meta]) => ({
              fields: name,
              reference: { resource: KEY_TABLE[meta.references!] === def.name ? '' : KEY_TABLE[meta.references!], fields: KEY_FIELD[meta.references!] },
            })),
        },
      };
    }),
  };
}
