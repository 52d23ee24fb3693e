import { expect, test } from 'vitest';
import { formatGithubAnnotation, formatIssue, sortIssues } from '../../src/dataset/issues.ts';

const issue = { file: 'data/models.csv', line: 14, column: 7, message: 'params_billion: expected a plain number in billions, got "175B" — drop the unit' };

test('formatIssue prints file:line:column: message', () => {
  expect(formatIssue(issue)).toMatchInlineSnapshot(`"data/models.csv:14:7: params_billion: expected a plain number in billions, got "175B" — drop the unit"`);
});

test('formatGithubAnnotation escapes what GitHub would misread', () => {
  expect(formatGithubAnnotation({ ...issue, message: 'a: 50%\nb' })).toMatchInlineSnapshot(`"::error file=data/models.csv,line=14,col=7::a: 50%25%0Ab"`);
});

test('sortIssues orders by file, line, column', () => {
  const a = { file: 'a.csv', line: 2, column: 1, message: 'x' };
  const b = { file: 'a.csv', line: 10, column: 1, message: 'x' };
  const c = { file: 'b.csv', line: 1, column: 1, message: 'x' };
  expect(sortIssues([c, b, a])).toEqual([a, b, c]);
});
