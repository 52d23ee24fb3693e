/**
 * `npm run survey:diff` — compare every printed survey cell with the curated data and list the
 * differences that survey-differences.csv does not explain yet (exit 1 if there are any).
 */
import { resolve } from 'node:path';
import { loadDataset } from '../src/data/load-dataset.ts';
import { compareSurveys, type Comparison } from '../src/data/survey-compare.ts';

const comparisons = compareSurveys(loadDataset(resolve('data')).dataset);
const counts: Record<Comparison, number> = { agree: 0, differ: 0, 'no-curated': 0, unread: 0 };
const unexplained = comparisons.filter((c) => c.result === 'differ' && !c.reason);
for (const c of comparisons) counts[c.result]++;
for (const c of unexplained) console.log(`${c.file}: ${c.modelId} ${c.column}: printed ${JSON.stringify(c.printed)}`);
console.log(`agree ${counts.agree}, differ ${counts.differ} (${unexplained.length} unexplained), not curated ${counts['no-curated']}, not parsed ${counts.unread}`);
process.exitCode = unexplained.length > 0 ? 1 : 0;
