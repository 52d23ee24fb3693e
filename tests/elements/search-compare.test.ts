import { describe, expect, test } from 'vitest';
import { compareRows, onlyDifferences, parseCompareQuery, readCompareQuery, resolveModel, type CompareData } from '../../src/elements/compare.ts';
import { searchModels, type SearchEntry } from '../../src/elements/search.ts';

describe('searchModels', () => {
  const index: SearchEntry[] = [
    ['llama-2-70b', 'Llama 2 70B', 'Meta AI', 'llama', '2023-07-18'],
    ['code-llama-34b', 'Code Llama 34B', 'Meta AI', 'llama', '2023-08-24'],
    ['mixtral-8x7b', 'Mixtral 8x7B', 'Mistral AI', 'mistral', '2023-12-11'],
    ['opt-175b', 'OPT-175B', 'Meta AI', 'opt', '2022-05'],
  ];
  const ids = (r: { matches: SearchEntry[] }) => r.matches.map((e) => e[0]);
  test('names that start with the query come first', () => {
    expect(ids(searchModels(index, 'llama'))).toEqual(['llama-2-70b', 'code-llama-34b']);
  });
  test('every word must match, in any field', () => {
    expect(ids(searchModels(index, 'meta opt'))).toEqual(['opt-175b']);
    expect(ids(searchModels(index, 'mistral 8x7'))).toEqual(['mixtral-8x7b']);
  });
  test('an empty query finds nothing; the limit holds and the total counts every match', () => {
    expect(searchModels(index, '  ')).toEqual({ matches: [], total: 0 });
    expect(searchModels(index, 'meta', 2)).toMatchObject({ total: 3 });
    expect(searchModels(index, 'meta', 2).matches).toHaveLength(2);
    expect(searchModels(index, 'no such model')).toEqual({ matches: [], total: 0 });
  });
  test('within one quality, newest first: "qwen" shows the newest Qwen models, not the oldest eight', () => {
    const qwen: SearchEntry[] = [
      ['qwen-7b', 'Qwen-7B', 'Qwen Team', 'qwen', '2023-08-03'],
      ['qwen1.5-72b', 'Qwen1.5-72B', 'Qwen Team', 'qwen', '2024-02-05'],
      ['qwen2-72b', 'Qwen2-72B', 'Qwen Team', 'qwen', '2024-06-07'],
      ['qwen2.5-72b', 'Qwen2.5-72B', 'Qwen Team', 'qwen', '2024-09-19'],
      ['qwen3-235b-a22b', 'Qwen3-235B-A22B', 'Qwen Team', 'qwen', '2025-04-29'],
      ['qwen3-next-80b-a3b', 'Qwen3-Next-80B-A3B', 'Qwen Team', 'qwen', '2025-09-11'],
      ['qwq-32b', 'QwQ-32B', 'Qwen Team', 'qwen', '2025-03-06'],
      ['undated-qwen', 'Qwen (undated)', 'Qwen Team', 'qwen', ''],
    ];
    const result = searchModels(qwen, 'qwen', 3);
    expect(ids(result)).toEqual(['qwen3-next-80b-a3b', 'qwen3-235b-a22b', 'qwen2.5-72b']);
    expect(result.total).toBe(8);
    expect(ids(searchModels(qwen, 'qwen')).at(-2)).toBe('undated-qwen');
    // QwQ matches only through its family, so it comes after every name that starts with "qwen".
    expect(ids(searchModels(qwen, 'qwen')).at(-1)).toBe('qwq-32b');
  });
  test('an exact name beats a longer one, and a word of the name beats a substring', () => {
    const entries: SearchEntry[] = [
      ['gpt-3', 'GPT-3', 'OpenAI', 'gpt', '2020-05'],
      ['gpt-3.5-turbo', 'GPT-3.5 Turbo', 'OpenAI', 'gpt', '2022-11'],
      ['instructgpt', 'InstructGPT', 'OpenAI', 'gpt', '2022-01'],
      ['chatgpt', 'ChatGPT', 'OpenAI', 'gpt', '2022-11-30'],
    ];
    expect(ids(searchModels(entries, 'gpt-3'))).toEqual(['gpt-3', 'gpt-3.5-turbo']);
    expect(ids(searchModels(entries, 'gpt'))).toEqual(['gpt-3.5-turbo', 'gpt-3', 'chatgpt', 'instructgpt']);
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

describe('compare: unknown values, typed names, only differences', () => {
  const data: CompareData = {
    fields: [
      { key: 'a.x', label: 'X', group: 'G' },
      { key: 'a.y', label: 'Y', group: 'G' },
    ],
    models: {
      'llama-2-70b': { id: 'llama-2-70b', name: 'Llama 2 70B', values: { 'a.x': '70', 'a.y': '4096' } },
      'llama-2-70b-chat': { id: 'llama-2-70b-chat', name: 'Llama 2 70B Chat', values: { 'a.x': '70' } },
      'gpt-3': { id: 'gpt-3', name: 'GPT-3 175B', values: { 'a.x': '175' } },
    },
  };
  test('an unknown value is marked as unknown, not counted as a difference', () => {
    const rows = compareRows(data, ['llama-2-70b', 'llama-2-70b-chat']);
    expect(rows.map((r) => [r.field.key, r.differs, r.unknown])).toEqual([
      ['a.x', false, false],
      ['a.y', false, true],
    ]);
    expect(compareRows(data, ['llama-2-70b', 'gpt-3']).map((r) => r.differs)).toEqual([true, false]);
  });
  test('a typed name finds its model, whatever the case and spacing; an ambiguous or unknown text finds none', () => {
    expect(resolveModel(data, 'gpt-3')?.id).toBe('gpt-3');
    expect(resolveModel(data, 'GPT-3 175B')?.id).toBe('gpt-3');
    expect(resolveModel(data, 'gpt3 175b')?.id).toBe('gpt-3');
    expect(resolveModel(data, '  llama 2 70b chat ')?.id).toBe('llama-2-70b-chat');
    expect(resolveModel(data, 'Llama 2 70B')?.id).toBe('llama-2-70b');
    expect(resolveModel(data, 'constructor')).toBeUndefined();
    expect(resolveModel(data, 'llama')).toBeUndefined();
    expect(resolveModel(data, '')).toBeUndefined();
  });
  test('"only differences" is read from the address', () => {
    expect(onlyDifferences('?models=a,b&only=diff')).toBe(true);
    expect(onlyDifferences('?models=a,b')).toBe(false);
  });
});
