import { cell } from './cells.ts';

/** The row's default source: it covers every cell that provenance.csv does not override. */
export const reference = cell
  .id({
    label: 'Reference',
    zh: { label: '参考文献', description: '本行默认来源的标识（见 references.csv）；所有未经 provenance 覆盖的单元格都以它为来源。' },
    description: "Id (in references.csv) of the row's default source, which covers every cell without a provenance override.",
    example: 'touvron-2023-llama2',
    references: 'references',
  })
  .required();

/** Where in the default source the row's values are printed. */
export const locator = cell
  .text({
    label: 'Locator',
    zh: { label: '出处位置', description: '这些取值在默认来源中的位置（表格、章节或文件）。' },
    description: 'Where in the default source the values stand (table, section or file).',
    example: 'Table 1',
  })
  .optional();

/** Key of a curated row in another table. */
export const modelId = cell
  .id({
    label: 'Model',
    zh: { label: '模型', description: '本行所描述模型的标识（见 models.csv）。' },
    description: 'Id of the model (in models.csv) this row describes.',
    example: 'llama-2-70b',
    references: 'models',
  })
  .required();
