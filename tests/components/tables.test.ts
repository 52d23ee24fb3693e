import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { describe, expect, test } from 'vitest';
import CompareTable from '../../src/components/CompareTable.astro';
import DataTable from '../../src/components/DataTable.astro';
import { curatedView, type ViewInput } from '../../src/site/curated-view.ts';
import { explorerView } from '../../src/site/explorer.ts';
import { PAGE_SIZE } from '../../src/site/table-payload.ts';
import { indexProvenance } from '../../src/site/provenance.ts';
import type { ModelRow } from '../../src/schemas/models.ts';

const evil = '<img src=x onerror=alert(1)>';
/** The markup outside attribute values (inside a quoted attribute, `<` is inert text). */
const markup = (html: string) => html.replace(/="[^"]*"/g, '=""');
const models: ModelRow[] = [
  { id: 'base-7b', name: 'Base 7B', family: 'base', organization: evil, release_date: '2023-02', params_billion: 7, access: 'open-weights', base_model: null, reference: 'ref-a' },
  { id: 'chat-7b', name: `Chat ${evil}`, family: 'base', organization: 'Lab', params_billion: 7, base_model: 'base-7b', reference: 'ref-a' },
];
const provenance = indexProvenance([{ table: 'models', model_id: 'chat-7b', column: 'params_billion', status: 'estimated', note: 'a guess by a blog' }]);
const organizations = new Map([['Lab', { id: 'Lab', name: 'Example Lab' }]]);
const input = { models, organizations, architectures: new Map(), training: new Map(), provenance };
const joined = (i: ViewInput) => explorerView({ models: curatedView('models', i), architectures: curatedView('architectures', i), training: curatedView('training', i) }, i);

describe('DataTable', () => {
  test('renders every row server-side, with the data the enhancement reads', async () => {
    const container = await AstroContainer.create();
    const html = await container.renderToString(DataTable, { props: { view: joined(input), preset: 'models', caption: 'Models' } });
    expect(html.match(/<tr data-id=/g)).toHaveLength(2);
    expect(html).toContain('data-n="7"');
    expect(html).toContain('<a href="/models/base-7b/">Base 7B</a>');
    // The table marks the status and names the source; the note itself is on the model page.
    expect(html).toMatch(/class="status-estimated" title="estimated \(source: ref-a\)"/);
    expect(html).not.toContain('a guess by a blog');
  });
  test('a table longer than a page renders one page, says which rows, and links the other pages', async () => {
    const many: ModelRow[] = Array.from({ length: 120 }, (_, i) => ({ id: `m-${i}`, name: `Model ${i}`, family: 'm', organization: 'Lab', reference: 'ref-a' }));
    const view = joined({ ...input, models: many });
    const container = await AstroContainer.create();
    const first = await container.renderToString(DataTable, { props: { view, preset: 'models', caption: 'Models' } });
    expect(first.match(/<tr data-id=/g)).toHaveLength(PAGE_SIZE);
    expect(first).toContain('Rows 1–50 of 120');
    expect(first).toContain('data-payload="/data/tables/explore.json"');
    expect(first).toContain('<a href="/models/page/2/" rel="next">');
    expect(first).toContain('<a href="/models/page/3/">3</a>');
    const last = await container.renderToString(DataTable, { props: { view, preset: 'models', caption: 'Models', page: 3, lang: 'zh' } });
    expect(last.match(/<tr data-id=/g)).toHaveLength(20);
    expect(last).toContain('data-id="m-100"');
    expect(last).toContain('第 101–120 行，共 120 行');
    expect(last).toContain('<a href="/zh/models/page/2/" rel="prev">');
    expect(last).not.toContain('rel="next"');
  });
  test('data is text: HTML in a value is escaped, never markup', async () => {
    const container = await AstroContainer.create();
    const html = await container.renderToString(DataTable, { props: { view: joined(input), preset: 'models', caption: 'Models' } });
    expect(markup(html)).not.toContain('<img');
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;');
  });
});

describe('CompareTable', () => {
  test('marks the rows whose values differ', async () => {
    const container = await AstroContainer.create();
    const data = {
      fields: [
        { key: 'models.params_billion', label: 'Params', group: 'Identity' },
        { key: 'models.organization', label: 'Organization', group: 'Identity' },
      ],
      models: {
        a: { id: 'a', name: 'A', values: { 'models.params_billion': '7', 'models.organization': 'X' } },
        b: { id: 'b', name: 'B', values: { 'models.params_billion': '7', 'models.organization': evil } },
      },
    };
    const html = await container.renderToString(CompareTable, { props: { data, ids: ['a', 'b'] } });
    expect(html.match(/<tr class="differs"/g)).toHaveLength(1);
    expect(markup(html)).not.toContain('<img');
  });
});
