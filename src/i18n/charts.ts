/**
 * The strings chart components draw on the server (the `chart` part of each language's
 * dictionary; what the chart elements write in the browser is in its `client` groups). Data values
 * (model and organization names, numbers) are never translated; enum values get their label
 * (`enumLabel`), while URLs and filters keep the raw value.
 */
import { enumLabel } from '../schemas/facts.ts';
import type { en } from './en.ts';
import { fill, type Vars } from './fill.ts';
import type { Locale } from './locales.ts';
import { DICTIONARIES } from './ui.ts';

export type ChartUiKey = keyof typeof en.chart;

/** A chart string rendered on the server, with `{name}` placeholders filled from `vars`. */
export function ct(lang: Locale, key: ChartUiKey, vars?: Vars): string {
  return fill(DICTIONARIES[lang].chart[key], vars);
}

/**
 * The `data-labels` attribute of a chart element: value → label for the values whose label
 * differs, as JSON; undefined (no attribute) in English, where labels are the values.
 */
export function labelsAttribute(lang: Locale, values: Iterable<string>): string | undefined {
  if (lang === 'en') return undefined;
  const labels: Record<string, string> = {};
  for (const v of values) {
    const label = enumLabel(lang, v);
    if (label !== v) labels[v] = label;
  }
  return JSON.stringify(labels);
}
