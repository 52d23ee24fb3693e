/**
 * The pages' interface strings (the `ui` part of each language's dictionary, `en.ts` and `zh.ts`)
 * and the helpers that go with them. Data values are never translated.
 */
import { en } from './en.ts';
import { fill, type Vars } from './fill.ts';
import type { Locale } from './locales.ts';
import { zh } from './zh.ts';

export { LANGUAGE_NAMES, LOCALES, type Locale } from './locales.ts';

/** One dictionary per language. */
export const DICTIONARIES = { en, zh } as const;

export type UiKey = keyof typeof en.ui;

/** An interface string, with `{name}` placeholders filled from `vars`. */
export function t(locale: Locale, key: UiKey, vars?: Vars): string {
  return fill(DICTIONARIES[locale].ui[key], vars);
}

/** `lang` attribute value of a locale. */
export const htmlLang = (locale: Locale) => (locale === 'zh' ? 'zh-Hans' : 'en');

/** The path of the same page in another language (`/guide/x/` ↔ `/zh/guide/x/`). */
export function localizedPath(path: string, locale: Locale): string {
  const bare = path.replace(/^\/zh(?=\/|$)/, '') || '/';
  return locale === 'en' ? bare : `/zh${bare}`;
}

/** The page's locale from its path. */
export const localeOf = (path: string): Locale => (/^\/zh(\/|$)/.test(path) ? 'zh' : 'en');
