/** One problem found in the data, located in its file. */
export interface Issue {
  /** Path as shown to the user, e.g. `data/models.csv`. */
  file: string;
  /** 1-based line. */
  line: number;
  /** 1-based column (the field's position in the row). */
  column: number;
  message: string;
  /**
   * A warning is printed but does not fail validation or the build (an uncited reference: the
   * row that will cite it may come in the next pull request). Absent: an error.
   */
  severity?: 'warning';
}

export function compareIssues(a: Issue, b: Issue): number {
  return (a.file < b.file ? -1 : a.file > b.file ? 1 : 0) || a.line - b.line || a.column - b.column || (a.message < b.message ? -1 : a.message > b.message ? 1 : 0);
}

export function sortIssues(issues: readonly Issue[]): Issue[] {
  return [...issues].sort(compareIssues);
}

/** `data/models.csv:14:7: params_billion: expected …` */
export function formatIssue(issue: Issue): string {
  return `${issue.file}:${issue.line}:${issue.column}: ${issue.severity === 'warning' ? 'warning: ' : ''}${issue.message}`;
}

const escapeData = (s: string) => s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
const escapeProperty = (s: string) => escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');

/** A GitHub Actions workflow command that annotates the line in a pull request (an error or a warning). */
export function formatGithubAnnotation(issue: Issue): string {
  return `::${issue.severity === 'warning' ? 'warning' : 'error'} file=${escapeProperty(issue.file)},line=${issue.line},col=${issue.column}::${escapeData(issue.message)}`;
}
