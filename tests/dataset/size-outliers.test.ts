import { resolve } from 'node:path';
import { expect, test } from 'vitest';
import { loadDataset } from '../../src/dataset/load-dataset.ts';
import { sizeOutliers } from '../../src/dataset/size-outliers.ts';

const { dataset } = loadDataset(resolve('data'));

test('every model whose stated size is more than 5 % off its architecture has a recorded reason', () => {
  const { checked, outliers } = sizeOutliers(dataset);
  expect(checked).toBeGreaterThan(30);
  expect(outliers.filter((o) => !o.reason).map((o) => `${o.modelId}: stated ${o.stated}B`)).toEqual([]);
});

test('every recorded size difference is still a difference (no stale explanations)', () => {
  const outliers = new Set(sizeOutliers(dataset).outliers.map((o) => o.modelId));
  expect(dataset['size-differences'].map((r) => r.data.model_id).filter((id) => !outliers.has(id))).toEqual([]);
});
