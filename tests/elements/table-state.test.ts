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
  tableFromRecords,
  type RowRecord,
  type TableColumn,
  type TableState,
} from '../../src/elements/table-state.ts';

const columns: TableColumn[] = [
  { key: 'name', label: 'Model' },
  { key: 'position_encoding', label: 'PE', facet: 'set' },
  { key: 'activation', label: 'Activation', facet: 'set' },
  { key: 'params_billion', label: 'Params', facet: 'range', numeric: true },
  { key: 'release_date', label: 'Released', facet: 'date' },
];
const row = (id: string, pe: string, act: string, params: number | undefined, date: string): RowRecord => ({
  id,
  search: `${id} ${pe}`.toLowerCase(),
  values: { name: id, position_encoding: pe, activation: act, params_billion: params === undefined ? '' : String(params), release_date: date },
  nums: params === undefined ? {} : { params_billion: params },
});
const data = tableFromRecords([
  row('llama-7b', 'rope', 'swiglu', 7, '2023-02'),
  row('bloom', 'alibi', 'gelu', 176, '2022-11'),
  row('llama-65b', 'rope', 'swiglu', 65, '2023-02-24'),
  row('mystery', 'rope', 'swiglu', undefined, ''),
  row('gpt-3', 'learned', 'gelu', 175, '2020-05'),
]);
const rows = data.rows;

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
    expect(ignoredInQuery('cols=bogus,activation', columns, data)).toEqual(['cols=bogus']);
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
    expect(viewIndices(data, state, columns).map((i) => rows[i]!.id)).toEqual(['llama-7b', 'llama-65b']);
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
    expect(viewIndices(data, state, columns)).toEqual([0, 2, 3]);
    expect(invalidBounds(state, columns)).toEqual([
      { key: 'params_billion', bound: 'min', value: '1e400' },
      { key: 'params_billion', bound: 'max', value: 'abc' },
      { key: 'release_date', bound: 'min', value: 'soon' },
    ]);
    expect(viewIndices(data, { ...emptyState(), sort: { key: 'constructor', dir: 'asc' } }, columns)).toEqual([0, 1, 2, 3, 4]);
  });
  test('are named for the page, except parameters the table does not own', () => {
    expect(ignoredInQuery(hostile, columns, data)).toEqual([
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
    expect(ignoredInQuery(stateToQuery(fine), columns, data)).toEqual([]);
  });
});

describe('filter and sort', () => {
  const ids = (state: Partial<TableState>) => viewIndices(data, { ...emptyState(), ...state }, columns).map((i) => rows[i]!.id);
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
    expect(rows.every((r) => matchRow(r, emptyState(), columns, data))).toBe(true);
  });
  test('facetCounts counts each value, most common first', () => {
    expect(facetCounts(data, 'position_encoding')).toEqual([
      ['rope', 3],
      ['alibi', 1],
      ['learned', 1],
    ]);
  });
});

describe('export', () => {
  test('the CSV has exactly the visible rows and columns', () => {
    expect(viewToCsv(data, [0, 4], ['name', 'params_billion'])).toBe('id,name,params_billion\nllama-7b,llama-7b,7\ngpt-3,gpt-3,175\n');
  });
  test('cells that look like formulas are neutralised', () => {
    expect(['=1+1', '+x', '-2', '@SUM(A1)', 'safe'].map(neutraliseFormula)).toEqual(["'=1+1", "'+x", "'-2", "'@SUM(A1)", 'safe']);
    const evil = tableFromRecords([{ id: 'x', search: '', values: { name: '=HYPERLINK("http://x")' }, nums: {} }]);
    expect(viewToCsv(evil, [0], ['name'])).toBe('id,name\nx,"\'=HYPERLINK(""http://x"")"\n');
  });
  test('the JSON types numbers and marks unknown as null', () => {
    expect(JSON.parse(viewToJson(data, [3], ['name', 'params_billion'], new Set(['params_billion'])))).toEqual([{ id: 'mystery', name: 'mystery', params_billion: null }]);
  });
});

describe('sorting many rows', () => {
  const records: RowRecord[] = Array.from({ length: 2000 }, (_, i) => {
    const nums: Record<string, number> = {};
    if (i % 5 !== 0) nums.params_billion = i % 37;
    // Text in natural order, with gaps (every seventh unknown) and ties (31 distinct values).
    const family = i % 7 === 0 ? '' : `family ${i % 31}`;
    return { id: `m${i}`, search: `m${i}`, values: { name: `m${i}`, family, params_billion: i % 5 === 0 ? '' : String(i % 37) }, nums };
  });
  const many = tableFromRecords(records);
  const cols: TableColumn[] = [
    { key: 'params_billion', label: 'P', numeric: true, facet: 'range' },
    { key: 'family', label: 'F', facet: 'set' },
  ];
  const natural = new Intl.Collator('en', { numeric: true }).compare;
  /** The order a plain comparison sort gives: known values by value (ties in table order), unknown last in table order. */
  const expected = (key: 'params_billion' | 'family', dir: 'asc' | 'desc', keep: (i: number) => boolean) => {
    const value = (i: number) => (key === 'params_billion' ? records[i]!.nums.params_billion : records[i]!.values.family || undefined);
    const all = records.map((_, i) => i).filter(keep);
    const known = all.filter((i) => value(i) !== undefined);
    const sign = dir === 'asc' ? 1 : -1;
    known.sort((a, b) => {
      const [x, y] = [value(a)!, value(b)!];
      return sign * (typeof x === 'number' ? x - (y as number) : natural(x as string, y as string)) || a - b;
    });
    return known.concat(all.filter((i) => value(i) === undefined));
  };
  test('numbers and text sort as a comparison sort would, in both directions, ties and unknown values in table order', () => {
    for (const key of ['params_billion', 'family'] as const)
      for (const dir of ['asc', 'desc', 'asc'] as const) {
        expect(viewIndices(many, { ...emptyState(), sort: { key, dir } }, cols)).toEqual(expected(key, dir, () => true));
      }
    expect(
      viewIndices(many, { ...emptyState(), sort: { key: 'family', dir: 'asc' } }, cols)
        .slice(0, 2)
        .map((i) => records[i]!.values.family),
    ).toEqual(['family 0', 'family 0']);
  });
  test('a sort keeps only the rows the filters keep, whatever was sorted before', () => {
    const sets = { family: ['family 3', 'family 12', 'family 20'] };
    const keep = (i: number) => sets.family.includes(records[i]!.values.family!);
    for (const dir of ['desc', 'asc'] as const) {
      const order = viewIndices(many, { ...emptyState(), sets, sort: { key: 'params_billion', dir } }, cols);
      expect(order).toEqual(expected('params_billion', dir, keep));
      expect(order.length).toBeGreaterThan(100);
    }
  });
});
