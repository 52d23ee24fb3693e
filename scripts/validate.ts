/**
 * `npm run data:validate [-- --data DIR] [--format text|github]`
 * Checks every data file and prints all problems, sorted, as `file:line:column: message`.
 * Exit 0 with a one-line summary when the data is clean, 1 when there is any problem.
 * Under GitHub Actions (or with --format github) it also prints `::error` annotations.
 */
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { formatGithubAnnotation, formatIssue } from '../src/dataset/issues.ts';
import { loadDataset } from '../src/dataset/load-dataset.ts';

function main(): number {
  const { values } = parseArgs({
    options: {
      data: { type: 'string', default: process.env.LLM_ATLAS_DATA ?? 'data' },
      format: { type: 'string' },
      today: { type: 'string' },
    },
  });
  const format = values.format ?? (process.env.GITHUB_ACTIONS === 'true' ? 'github' : 'text');
  if (format !== 'text' && format !== 'github') {
    console.error(`validate: --format must be "text" or "github", got "${format}"`);
    return 2;
  }
  const dir = values.data!;
  const { issues, warnings, stats } = loadDataset(resolve(dir), { displayDir: dir.replace(/\/+$/, ''), today: values.today });
  for (const issue of [...issues, ...warnings]) {
    console.log(formatIssue(issue));
    if (format === 'github') console.log(formatGithubAnnotation(issue));
  }
  const also = warnings.length > 0 ? `, ${warnings.length} ${warnings.length === 1 ? 'warning' : 'warnings'}` : '';
  if (issues.length > 0) {
    console.log(`${issues.length} ${issues.length === 1 ? 'problem' : 'problems'}${also} in ${dir}/ (${stats.files} files, ${stats.rows} rows)`);
    return 1;
  }
  console.log(`ok: ${stats.files} files, ${stats.rows} rows, no problems${also}`);
  return 0;
}

try {
  process.exitCode = main();
} catch (error) {
  console.error(`validate: internal error: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 2;
}
