/**
 * `npm run check:params` — recompute each model's size from its architecture and list every model
 * whose stated size lies more than 5 % outside the estimate, with the reason recorded in
 * size-differences.csv or "UNEXPLAINED" (exit 1 if any is unexplained).
 */
import { sizeOutliers } from '../src/dataset/size-outliers.ts';
import { runOnData } from './run-on-data.ts';

runOnData('check:params', (dataset) => {
  const { checked, outliers } = sizeOutliers(dataset);
  for (const o of outliers) {
    const range = o.estimate.low === o.estimate.high ? o.estimate.low.toFixed(2) : `${o.estimate.low.toFixed(2)}–${o.estimate.high.toFixed(2)}`;
    const notes = o.estimate.notes ? ` [estimate: ${o.estimate.notes.join('; ')}]` : '';
    console.log(`${o.modelId}: stated ${o.stated}B, computed ${range}B${notes} (${(o.difference * 100).toFixed(1)} %): ${o.reason ?? 'UNEXPLAINED'}`);
  }
  const unexplained = outliers.filter((o) => !o.reason).length;
  console.log(`${checked} models checked, ${outliers.length} differ by more than 5 %, ${unexplained} unexplained`);
  return unexplained > 0 ? 1 : 0;
});
