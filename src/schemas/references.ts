import { z } from 'astro/zod';
import { cell } from './cells.ts';
import { REFERENCE_KIND } from './enums.ts';

/** `data/references.csv`: the bibliography every value points into. */
export const ReferenceRowSchema = z.strictObject({
  id: cell.id({ description: 'Unique reference id: first author, year and a short name for papers.', example: 'touvron-2023-llama2' }).required(),
  title: cell.text({ description: 'Title of the paper, report, page or file.', example: 'Llama 2: Open Foundation and Fine-Tuned Chat Models' }).required(),
  authors: cell.text({ description: 'Authors ("First Author et al.") or the publishing organization.', example: 'Hugo Touvron et al.' }).required(),
  year: cell.integer({ description: 'Year of publication.', unit: 'year', example: '2023' }, { min: 1900, max: 2999 }).optional(),
  kind: cell.oneOf(REFERENCE_KIND, { description: 'What sort of source it is.', example: 'paper' }).required(),
  url: cell.url({ description: 'Where to read it: arXiv abstract, official model card, config file or blog post.', example: 'https://arxiv.org/abs/2307.09288' }).required(),
});

export type ReferenceRow = z.output<typeof ReferenceRowSchema>;
export type ReferenceRowInput = z.input<typeof ReferenceRowSchema>;
