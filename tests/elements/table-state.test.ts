import { describe, expect, test } from 'vitest';
import {
  emptyState,
  facetCounts,
  ignoredInQuery,
  matchRow,
  neutraliseFormula,
  queryToState,
  stateToQuery,
  viewIndices,
  viewToCsv,
  viewToJson,
  type TableColumn,
  type TableRow,
  type TableState,
} from '../../src/elements/table-state.ts';

const columns: TableColumn[] = [
  { key: 'name', label: 'Model' },
  { key: 'position_encoding', label: 'PE', facet: 'set' },
  { key: 'activation', label: 'Activation', facet: 'set' },
  { key: 'params_billion', label: 'Params', facet: 'range', numeric: true },
  { key: 'release_date', label: 'Released', facet: 'date' },
];
const row = (id: string, pe: string, act: string, params: number | undefined, date: string): TableRow => ({
  id,
  search: `${id} ${pe}`.toLowerCase(),
  values: { name: id, position_encoding: pe, activation: act, params_billion: params === undefined ? '' : String(params), release_date: date },
  nums: params === undefined ? {} : { params_billion: params },
});
const rows = [
  row('llama-7b', 'rope', 'swiglu', 7, '2023-02'),
  row('bloom', 'alibi', 'gelu', 176, '2022-11'),
  row('llama-65b', 'rope', 'swiglu', 65, '2023-02-24'),
  row('mystery', 'rope', 'swiglu', undefined, ''),
  row('gpt-3', 'learned', 'gelu', 175, '2020-05'),
];

describe('URL state', () => {
  const state: TableState = {
    q: 'llama',
    sort: { key: 'params_billion', dir: 'desc' },
    sets: { position_encoding: ['rope'], activation: ['swiglu'] },
    ranges: { params_billion: { min: '10' }, release_date: { min: '2023', max: '2023-06' } },
    hidden: ['activation'],
  };
  test('state → URL → state round-trips', () => {
    expect(queryToState(stateToQuery(state), columns)).toEqual(state);
  });
  test('the URL is short and readable', () => {
    expect(stateToQuery(state)).toBe('q=llama&sort=-params_billion&activation=swiglu&position_encoding=rope&params_billion=10..&release_date=2023..2023-06&hide=activation');
  });
  test('an empty state gives an empty query, and unknown keys are ignored', () => {
    expect(stateToQuery(emptyState())).toBe('');
    expect(queryToState('bogus=1&sort=-bogus&hide=bogus', columns)).toEqual(emptyState());
  });
});

describe('URL values that name prototype keys or nothing at all', () => {
  const hostile =
    '__proto__=x&constructor=y&toString=z&sort=-constructor&hide=__proto__,hasOwnProperty&position_encoding=constructor,__proto__,rope&params_billion=1e400..abc&release_date=soon..';
  test('are looked up by own key: no phantom state, no polluted prototype, no throw', () => {
    const state = queryToState(hostile, columns);
    expect(state.sort).toBeUndefined();
    expect(state.hidden).toEqual([]);
    expect(Object.keys(state.sets)).toEqual(['position_encoding']);
    expect(({} as Record<string, unknown>).x).toBeUndefined();
    // Filtering on values no row has shows nothing rather than throwing.
    expect(viewIndices(rows, state, columns)).toEqual([]);
    expect(viewIndices(rows, { ...emptyState(), sort: { key: 'constructor', dir: 'asc' } }, columns)).toEqual([0, 1, 2, 3, 4]);
  });
  test('are named for the page, except parameters the table does not own', () => {
    expect(ignoredInQuery(hostile, columns, rows)).toEqual([
      'sort=-constructor',
      'hide=__proto__',
      'hide=hasOwnProperty',
      'position_encoding=constructor',
      'position_encoding=__proto__',
      'params_billion=1e400..abc',
      'release_date=soon..',
    ]);
    const fine: TableState = {
      q: 'llama',
      sort: { key: 'params_billion', dir: 'desc' },
      sets: { position_encoding: ['rope'] },
      ranges: { params_billion: { min: '10' }, release_date: { max: '2023-06' } },
      hidden: ['activation'],
    };
    expect(ignoredInQuery(stateToQuery(fine), columns, rows)).toEqual([]);
  });
});

describe('filter and sort', () => {
  const ids = (state: Partial<TableState>) => viewIndices(rows, { ...emptyState(), ...state }, columns).map((i) => rows[i]!.id);
  test('filtering to RoPE and SwiGLU keeps only those rows', () => {
    expect(ids({ sets: { position_encoding: ['rope'], activation: ['swiglu'] } })).toEqual(['llama-7b', 'llama-65b', 'mystery']);
  });
  test('free-text search matches every word', () => {
    expect(ids({ q: 'LLaMA rope' })).toEqual(['llama-7b', 'llama-65b']);
  });
  test('a numeric range excludes unknown values', () => {
    expect(ids({ ranges: { params_billion: { min: '60', max: '175' } } })).toEqual(['llama-65b', 'gpt-3']);
  });
  test('a date range compares by prefix', () => {
    expect(ids({ ranges: { release_date: { min: '2023', max: '2023' } } })).toEqual(['llama-7b', 'llama-65b']);
  });
  test('sorting by parameters puts unknown values last in both directions', () => {
    expect(ids({ sort: { key: 'params_billion', dir: 'asc' } })).toEqual(['llama-7b', 'llama-65b', 'gpt-3', 'bloom', 'mystery']);
    expect(ids({ sort: { key: 'params_billion', dir: 'desc' } })).toEqual(['bloom', 'gpt-3', 'llama-65b', 'llama-7b', 'mystery']);
  });
  test('text sorts in natural order', () => {
    expect(ids({ sort: { key: 'name', dir: 'asc' } })).toEqual(['bloom', 'gpt-3', 'llama-7b', 'llama-65b', 'mystery']);
  });
  test('matchRow with an empty state passes every row', () => {
    expect(rows.every((r) => matchRow(r, emptyState(), columns))).toBe(true);
  });
  test('facetCounts counts each value, most common first', () => {
    expect(facetCounts(rows, 'position_encoding')).toEqual([
      ['rope', 3],
      ['alibi', 1],
      ['learned', 1],
    ]);
  });
});

describe('export', () => {
  test('the CSV has exactly the visible rows and columns', () => {
    expect(viewToCsv(rows, [0, 4], ['name', 'params_billion'])).toBe('id,name,params_billion\nllama-7b,llama-7b,7\ngpt-3,gpt-3,175\n');
  });
  test('cells that look like formulas are neutralised', () => {
    expect(['=1+1', '+x', '-2', '@SUM(A1)', 'safe'].map(neutraliseFormula)).toEqual(["'=1+1", "'+x", "'-2", "'@SUM(A1)", 'safe']);
    const evil: TableRow = { id: 'x', search: '', values: { name: '=HYPERLINK("http://x")' }, nums: {} };
    expect(viewToCsv([evil], [0], ['name'])).toBe('id,name\nx,"\'=HYPERLINK(""http://x"")"\n');
  });
  test('the JSON types numbers and marks unknown as null', () => {
    expect(JSON.parse(viewToJson(rows, [3], ['name', 'params_billion'], new Set(['params_billion'])))).toEqual([{ id: 'mystery', name: 'mystery', params_billion: null }]);
  });
});
