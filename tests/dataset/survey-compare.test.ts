import { resolve } from 'node:path';
import { expect, test } from 'vitest';
import { loadDataset } from '../../src/dataset/load-dataset.ts';
import { compareCell, compareSurveys } from '../../src/dataset/survey-compare.ts';

test('a printed cell agrees, differs, or has no curated counterpart', () => {
  const architecture = { model_id: 'm', reference: 'r', bias: false, norm_type: 'rmsnorm' as const };
  expect(compareCell('model-cards', 'bias', '×', { architecture })).toBe('agree');
  expect(compareCell('model-cards', 'bias', '✓', { architecture })).toBe('differ');
  expect(compareCell('model-cards', 'layers', '96', { architecture })).toBe('no-curated');
  expect(compareCell('model-cards', 'normalization', 'Pre RMS Norm', { architecture })).toBe('agree');
  expect(compareCell('model-cards', 'bias', '-', { architecture })).toBeUndefined();
});

test('release dates compare at the coarser precision', () => {
  const model = { id: 'm', name: 'M', family: 'm', organization: 'o', reference: 'r', release_date: '2022' };
  expect(compareCell('statistics', 'release_time', 'Feb-2022', { model })).toBe('agree');
  expect(compareCell('statistics', 'release_time', 'Feb-2021', { model })).toBe('differ');
});

test('every printed survey cell that differs from the curated data has a recorded reason', () => {
  const comparisons = compareSurveys(loadDataset(resolve('data')).dataset);
  expect(comparisons.filter((c) => c.result === 'agree').length).toBeGreaterThan(200);
  const unexplained = comparisons.filter((c) => c.result === 'differ' && !c.reason).map((c) => `${c.file}: ${c.modelId} ${c.column} printed ${c.printed}`);
  expect(unexplained).toEqual([]);
});
