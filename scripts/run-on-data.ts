/**
 * The frame of every data script (check:params, check:survey-diff): load the data folder as the
 * validator does, report its problems the same way (file:line:column) and stop if there are any,
 * so no script computes on half-read data; never a stack trace.
 */
import { resolve } from 'node:path';
import { formatIssue } from '../src/dataset/issues.ts';
import { loadDataset } from '../src/dataset/load-dataset.ts';
import type { Dataset } from '../src/dataset/dataset.ts';

export function runOnData(name: string, work: (dataset: Dataset) => number): void {
  try {
    const dir = process.env.LLM_ATLAS_DATA ?? 'data';
    const { dataset, issues } = loadDataset(resolve(dir), { displayDir: dir.replace(/\/+$/, '') });
    if (issues.length > 0) {
      for (const issue of issues) console.log(formatIssue(issue));
      console.log(`${name}: ${issues.length} ${issues.length === 1 ? 'problem' : 'problems'} in ${dir}/ (see above); fix them first (npm run data:validate)`);
      process.exitCode = 1;
      return;
    }
    process.exitCode = work(dataset);
  } catch (error) {
    console.error(`${name}: internal error: ${error instanceof Error ? error.message : String(error)}`);
    process.exitCode = 2;
  }
}
