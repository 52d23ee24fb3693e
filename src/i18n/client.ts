/**
 * Strings the custom elements write in the browser ("Showing 12 of 172", tooltips, notes), by
 * element and language. The server renders the page's language into the element's `data-i18n`
 * (`clientStrings`); the browser reads it with `translator` from `runtime.ts`. Placeholders are
 * `{name}`; both languages must use the same ones (tests/i18n.test.ts checks).
 */
import type { Locale } from './ui.ts';
import { CHART_STRINGS } from './charts.ts';
import { fill, type Vars } from './runtime.ts';

export const CLIENT = {
  table: {
    en: {
      showing: 'Showing {n} of {total}',
      'showing-limited': 'Showing {shown} of {matching} matching ({total} in all)',
      filters: 'Filters',
      'filters-active': 'Filters ({n})',
      'show-all': 'Show all {n} rows',
      ignored: 'not understood in the address: {items}',
      from: 'from',
      to: 'to',
      min: 'min',
      max: 'max',
    },
    zh: {
      showing: '显示 {n} 条，共 {total} 条',
      'showing-limited': '显示 {shown} 条（匹配 {matching} 条，共 {total} 条）',
      filters: '筛选',
      'filters-active': '筛选（{n}）',
      'show-all': '显示全部 {n} 行',
      ignored: '地址中无法识别：{items}',
      from: '从',
      to: '到',
      min: '最小',
      max: '最大',
    },
  },
  compare: {
    en: {
      'no-model': 'No model with the id “{id}”. Pick one from the list.',
      already: '{name} is already in the comparison.',
      'at-most': 'At most {max} models; remove one first.',
      remove: 'Remove {name}',
      'add-two': 'Add two or more models to compare them.',
      'add-one': 'Add one more model to compare.',
      summary: '{n} models, {differ} of {fields} fields differ.',
      field: 'Field',
      comparison: 'Comparison',
      group: '({group})',
    },
    zh: {
      'no-model': '没有标识为“{id}”的模型，请从列表中选择。',
      already: '{name} 已在比较中。',
      'at-most': '最多比较 {max} 个模型，请先移除一个。',
      remove: '移除 {name}',
      'add-two': '添加两个或更多模型进行比较。',
      'add-one': '再添加一个模型即可比较。',
      summary: '{n} 个模型，{fields} 个字段中有 {differ} 个不同。',
      field: '字段',
      comparison: '比较',
      group: '（{group}）',
    },
  },
  header: {
    en: {
      theme: 'Colour theme: {theme}. Change it.',
      system: 'system',
      light: 'light',
      dark: 'dark',
    },
    zh: {
      theme: '配色：{theme}。点击切换。',
      system: '跟随系统',
      light: '浅色',
      dark: '深色',
    },
  },
  ...CHART_STRINGS,
} as const satisfies Record<string, Record<Locale, Record<string, string>>>;

export type ClientGroup = keyof typeof CLIENT;
/** The keys of one or more groups (a union of groups gives the union of their keys). */
export type ClientKey<G extends ClientGroup> = G extends ClientGroup ? keyof (typeof CLIENT)[G]['en'] & string : never;

/**
 * One of an element's strings, rendered by the server: the text an element shows before its
 * script runs is the same string the script writes later ("Showing 172 of 172").
 */
export function clientText<G extends ClientGroup>(lang: Locale, group: G, key: keyof (typeof CLIENT)[G]['en'] & string, vars?: Vars): string {
  return fill((CLIENT[group][lang] as Record<string, string>)[key]!, vars);
}

/** The JSON for a `data-i18n` attribute: the group's strings in one language. */
export function clientStrings(lang: Locale, ...groups: ClientGroup[]): string {
  const key = `${lang}:${groups.join()}`;
  let json = cache.get(key);
  if (json === undefined) cache.set(key, (json = JSON.stringify(Object.assign({}, ...groups.map((g) => CLIENT[g][lang])))));
  return json;
}

/** Every page renders the header's strings: computed once per language and group list. */
const cache = new Map<string, string>();
