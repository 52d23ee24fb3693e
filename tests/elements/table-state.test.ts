import { describe, expect, test } from 'vitest';
import {
  emptyState,
  facetCounts,
  ignoredInQuery,
  invalidBounds,
  shownColumns,
  validBound,
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
  index: 0,
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

describe('chosen columns and invalid bounds', () => {
  test('a chosen column set round-trips in its order; unknown keys and the name column are dropped', () => {
    const state = { ...emptyState(), cols: ['release_date', 'params_billion'] };
    expect(stateToQuery(state)).toBe('cols=release_date%2Cparams_billion');
    expect(queryToState(stateToQuery(state), columns).cols).toEqual(['release_date', 'params_billion']);
    expect(queryToState('cols=bogus,name,activation,activation', columns).cols).toEqual(['activation']);
    expect(ignoredInQuery('cols=bogus,activation', columns, rows)).toEqual(['cols=bogus']);
  });
  test('the shown columns are the chosen ones, else the preset less the hidden ones', () => {
    const preset = ['position_encoding', 'activation', 'params_billion'];
    expect(shownColumns(emptyState(), preset)).toEqual(preset);
    expect(shownColumns({ ...emptyState(), hidden: ['activation'] }, preset)).toEqual(['position_encoding', 'params_billion']);
    expect(shownColumns({ ...emptyState(), cols: ['release_date'] }, preset)).toEqual(['release_date']);
  });
  test('a bound that is not a number or a date is marked and not applied; a valid one still filters', () => {
    const state = { ...emptyState(), ranges: { params_billion: { min: 'ten', max: '70' }, release_date: { min: '2023-1' } } };
    expect(invalidBounds(state, columns)).toEqual([
      { key: 'params_billion', bound: 'min', value: 'ten' },
      { key: 'release_date', bound: 'min', value: '2023-1' },
    ]);
    expect(viewIndices(rows, state, columns).map((i) => rows[i]!.id)).toEqual(['llama-7b', 'llama-65b']);
    expect([validBound('1e3', 'range'), validBound('2024', 'date'), validBound('2024-13-01x', 'date'), validBound('', 'range')]).toEqual([true, true, false, true]);
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
    // Values no row has match nothing and throw nothing; the bounds that are not numbers or dates
    // (1e400, abc, soon) are named as invalid and not applied, so only the rope filter narrows.
    expect(viewIndices(rows, state, columns)).toEqual([0, 2, 3]);
    expect(invalidBounds(state, columns)).toEqual([
      { key: 'params_billion', bound: 'min', value: '1e400' },
      { key: 'params_billion', bound: 'max', value: 'abc' },
      { key: 'release_date', bound: 'min', value: 'soon' },
    ]);
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
    const evil: TableRow = { id: 'x', index: 0, search: '', values: { name: '=HYPERLINK("http://x")' }, nums: {} };
    expect(viewToCsv([evil], [0], ['name'])).toBe('id,name\nx,"\'=HYPERLINK(""http://x"")"\n');
  });
  test('the JSON types numbers and marks unknown as null', () => {
    expect(JSON.parse(viewToJson(rows, [3], ['name', 'params_billion'], new Set(['params_billion'])))).toEqual([{ id: 'mystery', name: 'mystery', params_billion: null }]);
  });
});

describe('sorting many rows', () => {
  test('known values in order, ties in table order, unknown values last in table order, both directions', () => {
    const many: TableRow[] = Array.from({ length: 2000 }, (_, i) => {
      const nums: Record<string, number> = {};
      if (i % 5 !== 0) nums.params_billion = i % 37;
      return { id: `m${i}`, index: i, search: '', values: { name: `m${i}`, params_billion: i % 5 === 0 ? '' : String(i % 37) }, nums };
    });
    const cols: TableColumn[] = [{ key: 'params_billion', label: 'P', numeric: true, facet: 'range' }];
    for (const dir of ['asc', 'desc'] as const) {
      const order = viewIndices(many, { ...emptyState(), sort: { key: 'params_billion', dir } }, cols);
      expect(order).toHaveLength(2000);
      const known = order.filter((i) => i % 5 !== 0);
      const unknown = order.slice(known.length);
      expect(unknown.every((i) => i % 5 === 0)).toBe(true);
      expect(unknown).toEqual([...unknown].sort((a, b) => a - b));
      for (let n = 1; n < known.length; n++) {
        const [a, b] = [many[known[n - 1]!]!.nums.params_billion!, many[known[n]!]!.nums.params_billion!];
        expect(dir === 'asc' ? a <= b : a >= b).toBe(true);
        if (a === b) expect(known[n - 1]!).toBeLessThan(known[n]!);
      }
    }
  });
});
