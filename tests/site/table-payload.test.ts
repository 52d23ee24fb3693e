import { describe, expect, test } from 'vitest';
import { curatedView } from '../../src/site/curated-view.ts';
import { indexProvenance } from '../../src/site/provenance.ts';
import { pageCount, pagePath, pageRows, tablePayload } from '../../src/site/table-payload.ts';
import { narrowsRows, rowsFromPayload, emptyState, viewIndices, viewToCsv, type TableColumn } from '../../src/elements/table-state.ts';
import type { ModelRow } from '../../src/schemas/models.ts';
import type { OrganizationRow } from '../../src/schemas/organizations.ts';

const models: ModelRow[] = [
  { id: 'a-7b', name: 'A 7B', family: 'a', organization: 'zhipu-ai', params_billion: 7, hardware_type: 'a100-80gb', reference: 'ref-a' },
  { id: 'b-70b', name: 'B 70B', family: 'b', organization: 'meta-ai', params_billion: 70, base_model: 'a-7b', reference: 'ref-b' },
  { id: 'c', name: 'C', family: 'c', organization: 'meta-ai', reference: 'ref-b' },
];
const organizations = new Map<string, OrganizationRow>([
  ['zhipu-ai', { id: 'zhipu-ai', name: 'Zhipu AI', name_zh: '智谱' }],
  ['meta-ai', { id: 'meta-ai', name: 'Meta AI' }],
]);
const provenance = indexProvenance([{ table: 'models', model_id: 'b-70b', column: 'params_billion', status: 'estimated', reference: 'ref-c', note: 'a guess' }]);
const view = curatedView('models', { models, organizations, architectures: new Map(), training: new Map(), provenance });

describe('paging', () => {
  test('pages of a fixed size; the first page is the table itself', () => {
    expect([0, 1, 50, 51, 382].map((n) => pageCount(n))).toEqual([1, 1, 1, 2, 8]);
    expect(pageRows([1, 2, 3, 4, 5], 2, 2)).toEqual([3, 4]);
    expect(pageRows([1, 2, 3, 4, 5], 3, 2)).toEqual([5]);
    expect([pagePath('/models/', 1), pagePath('/zh/models/', 4)]).toEqual(['/models/', '/zh/models/page/4/']);
  });
});

describe('the table payload', () => {
  const payload = tablePayload(view);
  test('holds every row, column by column: CSV text, numbers, display text where it differs, status and source', () => {
    expect(payload.ids).toEqual(['a-7b', 'b-70b', 'c']);
    expect(payload.columns.params_billion!.v).toEqual(['7', '70', '']);
    expect(payload.columns.params_billion!.n).toEqual([7, 70, null]);
    expect(payload.columns.params_billion!.s).toEqual({ 1: ['estimated', 'ref-c'] });
    expect(payload.columns.hardware_type!.t).toEqual({ 0: 'A100 80GB' });
    expect(payload.columns.organization!.v).toEqual(['zhipu-ai', 'meta-ai', 'meta-ai']);
    expect(payload.search[0]).toBe('a 7b zhipu ai 智谱 a a-7b');
    // A detail column the table pages leave out is not in the payload either.
    expect(payload.columns.co_organization).toBeUndefined();
  });
  test('its rows filter, sort and export as the server rows would', () => {
    const rows = rowsFromPayload(JSON.parse(JSON.stringify(payload)));
    const columns: TableColumn[] = [
      { key: 'name', label: 'Model' },
      ...view.columns
        .filter((c) => c.meta.inTable !== false)
        .map((c) => ({ key: c.key, label: c.label, ...(c.facet ? { facet: c.facet } : {}), ...(c.numeric ? { numeric: true } : {}) })),
    ];
    const state = { ...emptyState(), sets: { organization: ['meta-ai'] }, sort: { key: 'params_billion', dir: 'desc' as const } };
    const indices = viewIndices(rows, state, columns);
    expect(indices.map((i) => rows[i]!.id)).toEqual(['b-70b', 'c']);
    expect(viewToCsv(rows, indices, ['organization', 'params_billion'])).toBe('id,organization,params_billion\nb-70b,meta-ai,70\nc,meta-ai,\n');
    expect(rows[0]!.values.name).toBe('A 7B');
  });
  test('hiding a column does not narrow the rows; a search, a filter or a sort does', () => {
    expect(narrowsRows({ ...emptyState(), hidden: ['params_billion'] })).toBe(false);
    expect(narrowsRows({ ...emptyState(), q: '  ' })).toBe(false);
    expect(narrowsRows({ ...emptyState(), q: 'llama' })).toBe(true);
    expect(narrowsRows({ ...emptyState(), sort: { key: 'name', dir: 'asc' } })).toBe(true);
    expect(narrowsRows({ ...emptyState(), ranges: { params_billion: { min: '', max: '10' } } })).toBe(true);
    expect(narrowsRows({ ...emptyState(), sets: { access: [] } })).toBe(false);
  });
});
