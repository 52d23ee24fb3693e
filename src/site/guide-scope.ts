/** The `scope` of a guide number: which models it counts. */
import type { StatQuery } from './guide-stats.ts';

export type Scope = Pick<StatQuery, 'ids' | 'years'>;

/**
 * `survey` — only the models printed in Zhao et al.'s tables; `since:YYYY` — released that year or
 * later; absent — every model. Anything else is a mistake in the MDX and fails the build.
 */
export function parseScope(scope: string | undefined, surveyIds: ReadonlySet<string>): Scope {
  if (scope === undefined || scope === '') return {};
  if (scope === 'survey') return { ids: surveyIds };
  const since = /^since:(\d{4})$/.exec(scope);
  if (since) return { years: [Number(since[1]), 9999] };
  throw new Error(`guide scope "${scope}": expected "survey" or "since:YYYY"`);
}
