import { z } from 'astro/zod';
import { cell } from './cells.ts';
import { COUNTRY, ORGANIZATION_KIND } from './enums.ts';

/**
 * `data/organizations.csv`: the companies, labs, universities and collaborations that build models.
 * Models name their organization by id, so one lab has one spelling everywhere.
 */
export const OrganizationRowSchema = z.strictObject({
  id: cell
    .id({
      label: 'Id',
      zh: { label: '标识', description: '唯一的机构标识，由小写字母、数字及 "-" 组成。' },
      description: 'Unique organization id: lowercase letters, digits and "-".',
      example: 'meta-ai',
    })
    .required(),
  name: cell
    .text({
      label: 'Organization',
      zh: { label: '机构', description: '机构名称，采用它自己的写法。' },
      description: 'Name as the organization writes it.',
      example: 'Meta AI',
    })
    .required(),
  name_zh: cell
    .text({
      label: 'Chinese name',
      zh: { label: '中文名', description: '机构自己使用的中文名；没有时留空，中文页面显示原名。' },
      description: 'The Chinese name the organization itself uses; empty when it has none, and the Chinese pages show its name.',
      example: '智谱',
    })
    .optional(),
  country: cell
    .oneOf(COUNTRY, {
      label: 'Country',
      zh: { label: '国家或地区', description: '总部所在地（ISO 3166-1 二字母代码）；跨国协作组织留空。' },
      description: 'Where it is headquartered (ISO 3166-1 alpha-2 code); empty for a collaboration without one.',
      example: 'US',
    })
    .optional(),
  kind: cell
    .oneOf(ORGANIZATION_KIND, {
      label: 'Kind',
      zh: { label: '类型', description: '公司、研究机构（含企业内的研究部门）、大学，或多家机构的协作组织。' },
      description: 'A company, a lab (including a research unit of a company), a university, or a collective of several institutions.',
      example: 'company',
    })
    .optional(),
  url: cell
    .url({
      label: 'URL',
      zh: { label: '网址', description: '机构的官方网站；没有时为其代码或模型托管页面。' },
      description: 'Official website; where there is none, its code or model-hosting page.',
      example: 'https://ai.meta.com',
    })
    .optional(),
  reference: cell
    .id({
      label: 'Reference',
      zh: { label: '参考文献', description: '本行事实的来源（见 references.csv）；留空时来源是 url 所指的官方网站。' },
      description: "Id (in references.csv) of the source of this row's facts; when empty, the source is the official site its url names.",
      example: 'touvron-2023-llama2',
      references: 'references',
    })
    .optional(),
  note: cell
    .text({
      label: 'Note',
      zh: { label: '备注', description: '需要说明的情况：改名、合并、与其他机构的关系。' },
      description: 'What a reader should know: renames, mergers, how it relates to other organizations.',
      example: 'Formed in April 2023 by merging DeepMind and Google Brain.',
    })
    .optional(),
});

export type OrganizationRow = z.output<typeof OrganizationRowSchema>;
export type OrganizationRowInput = z.input<typeof OrganizationRowSchema>;
