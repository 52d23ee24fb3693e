import { z } from 'astro/zod';
import { cell } from './cells.ts';
import { REFERENCE_KIND } from './enums.ts';

/** `data/references.csv`: the bibliography every value points into. */
export const ReferenceRowSchema = z.strictObject({
  id: cell
    .id({
      label: 'Id',
      zh: { label: '标识', description: '唯一的文献标识：论文由第一作者、年份和简称组成。' },
      description: 'Unique reference id: first author, year and a short name for papers.',
      example: 'touvron-2023-llama2',
    })
    .required(),
  title: cell
    .text({
      label: 'Title',
      zh: { label: '标题', description: '论文、报告、网页或文件的标题。' },
      description: 'Title of the paper, report, page or file.',
      example: 'Llama 2: Open Foundation and Fine-Tuned Chat Models',
    })
    .required(),
  authors: cell
    .text({
      label: 'Authors',
      zh: { label: '作者', description: '作者（写作 "First Author et al."）或发布机构。' },
      description: 'Authors ("First Author et al.") or the publishing organization.',
      example: 'Hugo Touvron et al.',
    })
    .required(),
  year: cell
    .integer({ label: 'Year', zh: { label: '年份', description: '发表年份。' }, description: 'Year of publication.', unit: 'year', example: '2023' }, { min: 1900, max: 2999 })
    .optional(),
  kind: cell.oneOf(REFERENCE_KIND, { label: 'Kind', zh: { label: '类型', description: '来源的类型。' }, description: 'What sort of source it is.', example: 'paper' }).required(),
  url: cell
    .url({
      label: 'URL',
      zh: { label: '网址', description: '阅读地址：arXiv 摘要页、官方模型卡、配置文件或博客文章。' },
      description: 'Where to read it: arXiv abstract, official model card, config file or blog post.',
      example: 'https://arxiv.org/abs/2307.09288',
    })
    .required(),
});

export type ReferenceRow = z.output<typeof ReferenceRowSchema>;
export type ReferenceRowInput = z.input<typeof ReferenceRowSchema>;
