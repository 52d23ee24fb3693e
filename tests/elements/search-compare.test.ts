import { describe, expect, test } from 'vitest';
import { compareRows, parseCompareQuery, readCompareQuery, type CompareData } from '../../src/elements/compare.ts';
import { searchModels, type SearchEntry } from '../../src/elements/search.ts';

describe('searchModels', () => {
  const index: SearchEntry[] = [
    ['llama-2-70b', 'Llama 2 70B', 'Meta AI', 'llama'],
    ['code-llama-34b', 'Code Llama 34B', 'Meta AI', 'llama'],
    ['mixtral-8x7b', 'Mixtral 8x7B', 'Mistral AI', 'mistral'],
    ['opt-175b', 'OPT-175B', 'Meta AI', 'opt'],
  ];
  test('names that start with the query come first', () => {
    expect(searchModels(index, 'llama').map((e) => e[0])).toEqual(['llama-2-70b', 'code-llama-34b']);
  });
  test('every word must match, in any field', () => {
    expect(searchModels(index, 'meta opt').map((e) => e[0])).toEqual(['opt-175b']);
    expect(searchModels(index, 'mistral 8x7').map((e) => e[0])).toEqual(['mixtral-8x7b']);
  });
  test('an empty query finds nothing, and the limit holds', () => {
    expect(searchModels(index, '  ')).toEqual([]);
    expect(searchModels(index, 'meta', 2)).toHaveLength(2);
  });
});

describe('compare', () => {
  const data: CompareData = {
    fields: [
      { key: 'models.params_billion', label: 'Params', group: 'Identity' },
      { key: 'models.access', label: 'Access', group: 'Identity' },
      { key: 'training.peak_lr', label: 'Peak LR', group: 'Training' },
    ],
    models: {
      a: { id: 'a', name: 'A', values: { 'models.params_billion': '7', 'models.access': 'api' } },
      b: { id: 'b', name: 'B', values: { 'models.params_billion': '7', 'models.access': 'open-weights' } },
    },
  };
  test('rows are fields, marked where the models differ; fields nobody knows are left out', () => {
    expect(compareRows(data, ['a', 'b']).map((r) => [r.field.key, r.values, r.differs])).toEqual([
      ['models.params_billion', ['7', '7'], false],
      ['models.access', ['api', 'open-weights'], true],
    ]);
  });
  test('the query keeps known ids, once each, at most six', () => {
    const known = (id: string) => id !== 'zzz';
    expect(parseCompareQuery('?models=a,b,a,zzz,,c', known)).toEqual(['a', 'b', 'c']);
    expect(parseCompareQuery('?models=1,2,3,4,5,6,7', known)).toHaveLength(6);
    expect(parseCompareQuery('', known)).toEqual([]);
  });
  test('ids from the URL that are prototype keys are unknown models, reported and never looked up', () => {
    // As the page gets it: parsed JSON, whose prototype answers to these names.
    const json = JSON.parse(JSON.stringify(data)) as CompareData;
    const known = (id: string) => Object.hasOwn(json.models, id);
    expect(readCompareQuery('?models=constructor,__proto__,toString,a,b', known)).toEqual({ ids: ['a', 'b'], unknown: ['constructor', '__proto__', 'toString'] });
    expect(compareRows(json, ['constructor', '__proto__', 'a']).map((r) => r.values)).toEqual([['7'], ['api']]);
  });
  test('a model whose id is "constructor" is found as itself', () => {
    const json = JSON.parse(
      '{"fields":[{"key":"models.access","label":"Access","group":"Identity"}],"models":{"constructor":{"id":"constructor","name":"C","values":{"models.access":"api"}}}}',
    ) as CompareData;
    expect(compareRows(json, ['constructor']).map((r) => r.values)).toEqual([['api']]);
  });
});
