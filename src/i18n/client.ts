/**
 * Strings the custom elements write in the browser ("Showing 12 of 172", tooltips, notes): the
 * `client` part of each language's dictionary, one group per element. The server renders the
 * page's language into the element's `data-i18n` (`clientStrings`); the browser reads it with
 * `translator` from `runtime.ts`, so no dictionary ships in the bundles.
 */
import type { en } from './en.ts';
import { fill, type Vars } from './fill.ts';
import type { Locale } from './locales.ts';
import { DICTIONARIES } from './ui.ts';

export type ClientGroup = keyof typeof en.client;
/** The keys of one or more groups (a union of groups gives the union of their keys). */
export type ClientKey<G extends ClientGroup> = G extends ClientGroup ? keyof (typeof en.client)[G] & string : never;

/**
 * One of an element's strings, rendered by the server: the text an element shows before its
 * script runs is the same string the script writes later ("Showing 172 of 172").
 */
export function clientText<G extends ClientGroup>(lang: Locale, group: G, key: ClientKey<G>, vars?: Vars): string {
  return fill(groupStrings(lang, group)[key]!, vars);
}

function groupStrings(lang: Locale, group: ClientGroup): Readonly<Record<string, string>> {
  return DICTIONARIES[lang].client[group];
}

/** The JSON for a `data-i18n` attribute: the groups' strings in one language. */
export function clientStrings(lang: Locale, ...groups: ClientGroup[]): string {
  return JSON.stringify(Object.assign({}, ...groups.map((g) => groupStrings(lang, g))));
}
