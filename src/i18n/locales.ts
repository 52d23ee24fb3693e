/** The site's languages: English at `/`, Simplified Chinese at `/zh/`. */
export const LOCALES = ['en', 'zh'] as const;
export type Locale = (typeof LOCALES)[number];

export const LANGUAGE_NAMES: Record<Locale, string> = { en: 'English', zh: '中文' };
