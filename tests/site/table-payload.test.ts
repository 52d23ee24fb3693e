import { describe, expect, test } from 'vitest';
import { curatedView } from '../../src/site/curated-view.ts';
import { explorerView, presetColumns, presetRows } from '../../src/site/explorer.ts';
import { indexProvenance } from '../../src/site/provenance.ts';
import { pageCount, pagePath, pageRows, tablePayload } from '../../src/site/table-payload.ts';
import { narrowsRows, tableFromPayload, emptyState, viewIndices, viewToCsv, type TableColumn } from '../../src/elements/table-state.ts';
import type { ModelRow } from '../../src/schemas/models.ts';
import type { OrganizationRow } from '../../src/schemas/organizations.ts';
import type { ArchitectureRow } from '../../src/schemas/architectures.ts';
import type { TrainingRow } from '../../src/schemas/training.ts';

const models: ModelRow[] = [
  { id: 'a-7b', name: 'A 7B', family: 'a', organization: 'zhipu-ai', params_billion: 7, hardware_type: 'a100-80gb', release_date: '2024-05-02', reference: 'ref-a' },
  { id: 'b-70b', name: 'B 70B', family: 'b', organization: 'meta-ai', params_billion: 70, base_model: 'a-7b', release_date: '2023-07', reference: 'ref-b' },
  { id: 'c', name: 'C', family: 'c', organization: 'meta-ai', reference: 'ref-b' },
];
const organizations = new Map<string, OrganizationRow>([
  ['zhipu-ai', { id: 'zhipu-ai', name: 'Zhipu AI', name_zh: '智谱' }],
  ['meta-ai', { id: 'meta-ai', name: 'Meta AI' }],
]);
const provenance = indexProvenance([{ table: 'models', model_id: 'b-70b', column: 'params_billion', status: 'estimated', reference: 'ref-c', note: 'a guess' }]);
const architectures = new Map<string, ArchitectureRow>([
  ['a-7b', { model_id: 'a-7b', position_encoding: 'rope', attention_heads: 32, kv_heads: 8, moe_experts: null, reference: 'ref-a' }],
  ['b-70b', { model_id: 'b-70b', position_encoding: 'alibi', moe_experts: 8, reference: 'ref-b' }],
]);
const training = new Map<string, TrainingRow>([['b-70b', { model_id: 'b-70b', peak_lr: 0.0003, reference: 'ref-b' }]]);
const input = { models, organizations, architectures, training, provenance };
const views = { models: curatedView('models', input), architectures: curatedView('architectures', input), training: curatedView('training', input) };
const view = explorerView(views, input);

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
    // Every column of the three tables is in it, detail columns too: the explorer can show any of them.
    expect(payload.columns.co_organization!.v).toEqual(['', '', '']);
    expect(payload.columns.peak_lr!.v).toEqual(['', '0.0003', '']);
    expect(payload.member).toEqual({ architectures: '110', training: '010' });
  });
  test('joins the tables on the model and adds the derived columns, marked derived', () => {
    expect(payload.columns.position_encoding!.v).toEqual(['rope', 'alibi', '']);
    expect(payload.columns.attention_kind!.v).toEqual(['gqa', '', '']);
    expect(payload.columns.dense_or_moe!.v).toEqual(['dense', 'moe', '']);
    expect(payload.columns.release_year!.n).toEqual([2024, 2023, null]);
    expect(payload.columns.release_year!.s).toEqual({ 0: ['derived', 'ref-a'], 1: ['derived', 'ref-b'] });
  });
  test('presets: a table’s own columns, and only the models that have a row in it', () => {
    expect(presetRows('architectures', view).map((r) => r.id)).toEqual(['a-7b', 'b-70b']);
    expect(presetRows('training', view).map((r) => r.id)).toEqual(['b-70b']);
    expect(presetRows('models', view).map((r) => r.id)).toEqual(['a-7b', 'b-70b', 'c']);
    expect(presetColumns('training', view)).toContain('peak_lr');
    expect(presetColumns('training', view)).not.toContain('params_billion');
    expect(presetColumns('models', view)).not.toContain('release_year');
    expect(presetColumns('explore', view)).toEqual(expect.arrayContaining(['params_billion', 'attention_kind', 'dense_or_moe', 'training_compute_flop']));
    expect(tableFromPayload(payload, 'training').rows.map((r) => [r.id, r.index])).toEqual([['b-70b', 1]]);
  });
  test('its rows filter, sort and export as the server rows would', () => {
    const data = tableFromPayload(JSON.parse(JSON.stringify(payload)));
    const columns: TableColumn[] = [
      { key: 'name', label: 'Model' },
      ...view.columns.map((c) => ({ key: c.key, label: c.label, ...(c.facet ? { facet: c.facet } : {}), ...(c.numeric ? { numeric: true } : {}) })),
    ];
    const state = { ...emptyState(), sets: { organization: ['meta-ai'] }, sort: { key: 'params_billion', dir: 'desc' as const } };
    const indices = viewIndices(data, state, columns);
    expect(indices.map((i) => data.rows[i]!.id)).toEqual(['b-70b', 'c']);
    expect(viewToCsv(data, indices, ['organization', 'params_billion'])).toBe('id,organization,params_billion\nb-70b,meta-ai,70\nc,meta-ai,\n');
    expect(data.text('name')?.[0]).toBe('A 7B');
    // A preset's rows are a subset: each reads its cells at its payload index, not its position.
    const training = tableFromPayload(payload, 'training');
    expect(viewToCsv(training, viewIndices(training, { ...emptyState(), sort: { key: 'params_billion', dir: 'asc' } }, columns), ['params_billion'])).toBe(
      'id,params_billion\nb-70b,70\n',
    );
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
