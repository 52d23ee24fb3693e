/**
 * `npm run check:survey-diff` — compare every printed survey cell with the curated data and list the
 * differences that survey-differences.csv does not explain yet (exit 1 if there are any).
 */
import { compareSurveys, type Comparison } from '../src/dataset/survey-compare.ts';
import { runOnData } from './run-on-data.ts';

runOnData('check:survey-diff', (dataset) => {
  const comparisons = compareSurveys(dataset);
  const counts: Record<Comparison, number> = { agree: 0, differ: 0, 'no-curated': 0, unread: 0 };
  const unexplained = comparisons.filter((c) => c.result === 'differ' && !c.reason);
  for (const c of comparisons) counts[c.result]++;
  for (const c of unexplained) console.log(`${c.file}: ${c.modelId} ${c.column}: printed ${JSON.stringify(c.printed)}`);
  console.log(`agree ${counts.agree}, differ ${counts.differ} (${unexplained.length} unexplained), not curated ${counts['no-curated']}, not parsed ${counts.unread}`);
  return unexplained.length > 0 ? 1 : 0;
});
