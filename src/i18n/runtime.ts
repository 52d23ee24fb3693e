/**
 * The browser side of the interface strings. A custom element's server-rendered markup carries
 * its strings, in the page's language, as JSON in `data-i18n` (see `clientStrings` in
 * `client.ts`), so no dictionary ships in the bundles. Only types are imported from the
 * dictionaries: a key that does not exist is a type error.
 */
import type { ClientGroup, ClientKey } from './client.ts';
import { fill, type Vars } from './fill.ts';

export { fill, type Vars };

/** A string map the server rendered as JSON into one of `root`'s data attributes ({} if absent or broken). */
export function datasetStrings(root: HTMLElement, name: string): Record<string, string> {
  try {
    return JSON.parse(root.dataset[name] ?? '{}') as Record<string, string>;
  } catch {
    return {};
  }
}

/** The strings of `group` that the server rendered into `root`'s `data-i18n`. */
export function translator<G extends ClientGroup>(root: HTMLElement): (key: ClientKey<G>, vars?: Vars) => string {
  const strings = datasetStrings(root, 'i18n');
  return (key, vars) => fill(strings[key] ?? key, vars);
}

/** The path prefix of the page's language: '' for English, '/zh' for Chinese. */
export function localePrefix(): string {
  return document.documentElement.lang.startsWith('zh') ? '/zh' : '';
}
