/**
 * `npm run check:params` — recompute each model's size from its architecture and list every model
 * whose stated size differs by more than 5 %, so each gets fixed or explained.
 */
import { resolve } from 'node:path';
import { loadDataset } from '../src/data/load-dataset.ts';
import { estimateParams, relativeDifference } from '../src/data/param-count.ts';

const { dataset } = loadDataset(resolve('data'));
const stated = new Map(dataset.models.map((m) => [m.data.id, m.data.params_billion]));
let checked = 0;
const outliers: string[] = [];
for (const { data: a } of dataset.architectures) {
  const size = stated.get(a.model_id);
  const estimate = estimateParams(a);
  if (size === undefined || !('billions' in estimate)) continue;
  checked++;
  const diff = relativeDifference(estimate.billions, size);
  if (Math.abs(diff) > 0.05) outliers.push(`${a.model_id}: stated ${size}B, computed ${estimate.billions.toFixed(2)}B (${(diff * 100).toFixed(1)} %)`);
}
for (const line of outliers) console.log(line);
console.log(`${checked} models checked, ${outliers.length} differ by more than 5 %`);
