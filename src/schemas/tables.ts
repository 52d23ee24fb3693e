/**
 * The registry of CSV tables: file, schema, key and a description for each. Everything that
 * walks the data (validator, formatter, loader, dictionary, JSON Schema, datapackage) starts here.
 */
import type { z } from 'astro/zod';
import { ArchitectureRowSchema } from './architectures.ts';
import { columnMeta, type ColumnMeta } from './cells.ts';
import { ModelRowSchema } from './models.ts';
import { ProvenanceRowSchema } from './provenance.ts';
import { ReferenceRowSchema } from './references.ts';
import { SURVEY_TABLE_SCHEMAS, SurveyDifferenceRowSchema, SurveyRowSchema, SurveyTableRowSchema } from './surveys.ts';
import { TrainingRowSchema } from './training.ts';
import { OrganizationRowSchema } from './organizations.ts';
import { SizeDifferenceRowSchema } from './size-differences.ts';
import { ENUM_LABELS_ZH, type SurveyTableKind } from './enums.ts';

const SURVEY_KIND_ZH = (kind: SurveyTableKind) => ENUM_LABELS_ZH[kind];

export interface TableDef {
  /** Short name, also the collection name. */
  name: string;
  /** Path relative to the data folder. */
  file: string;
  title: string;
  description: string;
  /** Title and description in Simplified Chinese. */
  zh: { title: string; description: string };
  schema: z.ZodObject;
  /** Columns that identify a row; rows are sorted by them. */
  key: readonly string[];
  /** Whether canonical order is the key order (false: keep the order of a printed table). */
  sortByKey: boolean;
}

export const CORE_TABLES = [
  {
    name: 'models',
    file: 'models.csv',
    title: 'Models',
    description: 'Identity and statistics: one row per model.',
    schema: ModelRowSchema,
    key: ['id'],
    sortByKey: true,
    zh: { title: '模型', description: '标识信息与统计数据：每个模型一行。' },
  },
  {
    name: 'architectures',
    file: 'architectures.csv',
    title: 'Architectures',
    description: 'Model cards: the transformer configuration of each model whose architecture is published.',
    schema: ArchitectureRowSchema,
    key: ['model_id'],
    sortByKey: true,
    zh: { title: '架构', description: '模型卡：每个公开了架构的模型的 Transformer 配置。' },
  },
  {
    name: 'training',
    file: 'training.csv',
    title: 'Training',
    description: 'Optimization settings of pre-training, where a paper or report publishes them.',
    schema: TrainingRowSchema,
    key: ['model_id'],
    sortByKey: true,
    zh: { title: '训练', description: '论文或报告中公开的预训练优化设置。' },
  },
  {
    name: 'organizations',
    file: 'organizations.csv',
    title: 'Organizations',
    description: 'The companies, labs, universities and collaborations that build models; models name theirs by id.',
    schema: OrganizationRowSchema,
    key: ['id'],
    sortByKey: true,
    zh: { title: '机构', description: '构建模型的公司、研究机构、大学与协作组织；模型以标识指向它们。' },
  },
  {
    name: 'references',
    file: 'references.csv',
    title: 'References',
    description: 'The bibliography every value points into.',
    schema: ReferenceRowSchema,
    key: ['id'],
    sortByKey: true,
    zh: { title: '参考文献', description: '所有取值所指向的参考文献目录。' },
  },
  {
    name: 'provenance',
    file: 'provenance.csv',
    title: 'Provenance',
    description: "Per-cell overrides of a row's default source and status.",
    schema: ProvenanceRowSchema,
    key: ['table', 'model_id', 'column'],
    sortByKey: true,
    zh: { title: '来源', description: '逐单元格覆盖所在行的默认来源和状态。' },
  },
  {
    name: 'surveys',
    file: 'surveys.csv',
    title: 'Surveys',
    description: 'Surveys whose tables are reproduced as printed.',
    schema: SurveyRowSchema,
    key: ['id'],
    sortByKey: true,
    zh: { title: '综述', description: '表格按原样转录的综述。' },
  },
  {
    name: 'survey-tables',
    file: 'survey-tables.csv',
    title: 'Survey tables',
    description: 'Each reproduced survey table: label, paper version and where it was read.',
    schema: SurveyTableRowSchema,
    key: ['survey_id', 'table_id'],
    sortByKey: true,
    zh: { title: '综述表格', description: '每张转录的综述表格：编号、论文版本及阅读出处。' },
  },
  {
    name: 'size-differences',
    file: 'size-differences.csv',
    title: 'Size differences',
    description: "Why a model's stated size differs from the size its architecture adds up to.",
    schema: SizeDifferenceRowSchema,
    key: ['model_id'],
    sortByKey: true,
    zh: { title: '规模差异', description: '模型声明的规模为何与按其架构累加得到的规模不同。' },
  },
  {
    name: 'survey-differences',
    file: 'survey-differences.csv',
    title: 'Survey differences',
    description: 'Why a curated value differs from what a survey printed.',
    schema: SurveyDifferenceRowSchema,
    key: ['survey_id', 'table_id', 'model_id', 'column'],
    sortByKey: true,
    zh: { title: '综述差异', description: '整理值为何与综述所印的值不同。' },
  },
] as const satisfies readonly TableDef[];

/** The definition of one printed survey table, found through survey-tables.csv. */
export function surveyTableDef(surveyId: string, tableId: string, kind: SurveyTableKind): TableDef {
  return {
    name: `survey:${surveyId}/${tableId}`,
    file: `surveys/${surveyId}/${tableId}.csv`,
    title: `${surveyId} ${tableId}`,
    description: `The ${kind} table of survey ${surveyId}, as printed.`,
    zh: { title: `${surveyId} ${tableId}`, description: `综述 ${surveyId} 的${SURVEY_KIND_ZH(kind)}，按原样转录。` },
    schema: SURVEY_TABLE_SCHEMAS[kind],
    key: ['row'],
    sortByKey: true,
  };
}

export type CoreTableName = (typeof CORE_TABLES)[number]['name'];

export function columnsOf(schema: z.ZodObject): string[] {
  return Object.keys(schema.shape);
}

export function columnMetas(schema: z.ZodObject): [string, ColumnMeta][] {
  return Object.entries(schema.shape).map(([name, s]) => [name, columnMeta(s as z.ZodType)]);
}
