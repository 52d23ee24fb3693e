import { cell } from './cells.ts';

/** The row's default source: it covers every cell that provenance.csv does not override. */
export const reference = cell
  .id({ description: "Id (in references.csv) of the row's default source, which covers every cell without a provenance override.", example: 'touvron-2023-llama2', references: 'references' })
  .required();

/** Where in the default source the row's values are printed. */
export const locator = cell
  .text({ description: 'Where in the default source the values stand (table, section or file).', example: 'Table 1' })
  .optional();

/** Key of a curated row in another table. */
export const modelId = cell
  .id({ description: 'Id of the model (in models.csv) this row describes.', example: 'llama-2-70b', references: 'models' })
  .required();
