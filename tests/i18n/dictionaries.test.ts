import type { z } from 'astro/zod';
import { expect, test } from 'vitest';
import { clientText } from '../../src/i18n/client.ts';
import { DICTIONARIES, LOCALES, localeOf, localizedPath, t } from '../../src/i18n/ui.ts';
import { enumLabel } from '../../src/schemas/facts.ts';
import { fill } from '../../src/i18n/runtime.ts';
import { columnMeta } from '../../src/schemas/cells.ts';
import * as enums from '../../src/schemas/enums.ts';
import { CORE_TABLES } from '../../src/schemas/tables.ts';

/** A nested dictionary as `path → string`. */
export function leaves(dict: object, prefix = ''): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(dict)) {
    if (typeof v === 'string') out[prefix + k] = v;
    else Object.assign(out, leaves(v as object, `${prefix}${k}/`));
  }
  return out;
}

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

/** Every key of `dicts.en` in every language, non-empty and with the same placeholders. */
function problems(name: string, dicts: Record<string, Record<string, string>>): string[] {
  const out: string[] = [];
  const en = dicts.en!;
  for (const l of LOCALES) {
    const dict = dicts[l] ?? {};
    for (const k of Object.keys(en)) {
      if (!(k in dict)) out.push(`${name} ${l}: ${k} is missing`);
      else if (dict[k]!.trim() === '') out.push(`${name} ${l}: ${k} is empty`);
      else if (placeholders(dict[k]!).join() !== placeholders(en[k]!).join())
        out.push(`${name} ${l}: ${k} has placeholders {${placeholders(dict[k]!).join('}, {')}}, English has {${placeholders(en[k]!).join('}, {')}}`);
    }
    for (const k of Object.keys(dict)) if (!(k in en)) out.push(`${name} ${l}: ${k} is not in English`);
  }
  return out;
}

test('every string of the dictionaries: same keys and placeholders in both languages, none empty', () => {
  expect(problems('dictionary', { en: leaves(DICTIONARIES.en), zh: leaves(DICTIONARIES.zh) })).toEqual([]);
});

test('the checker catches a missing key and a lost placeholder', () => {
  expect(problems('x', { en: { a: 'Showing {n}', b: 'b' }, zh: { a: '显示' } })).toEqual(['x zh: a has placeholders {}, English has {n}', 'x zh: b is missing']);
});

test('placeholders are filled on both sides the same way', () => {
  expect(t('en', 'models.count', { n: 3 })).toBe('3 models, oldest first.');
  expect(clientText('en', 'table', 'showing', { n: 3, total: 10 })).toBe('Showing 3 of 10');
  expect(clientText('zh', 'table', 'showing', { n: 3, total: 10 })).toBe('显示 3 条，共 10 条');
  expect(fill(DICTIONARIES.zh.client.table.showing, { n: 3, total: 10 })).toBe(clientText('zh', 'table', 'showing', { n: 3, total: 10 }));
  expect(fill('{a} and {b}', { a: 1 })).toBe('1 and {b}');
});

test('every column of every table has a label in both languages', () => {
  const metas = CORE_TABLES.flatMap((d) => Object.entries(d.schema.shape).map(([c, s]) => [`${d.name}.${c}`, columnMeta(s as z.ZodType)] as const));
  expect(metas.filter(([, m]) => !m.label.trim() || !m.zh.label.trim()).map(([k]) => k)).toEqual([]);
});

test('every enum value has a Chinese label', () => {
  const values = Object.values(enums).filter(Array.isArray).flat() as string[];
  const used = CORE_TABLES.flatMap((d) => Object.values(d.schema.shape).flatMap((s) => columnMeta(s as z.ZodType).values ?? []));
  expect([...new Set([...values, ...used])].filter((v) => !Object.hasOwn(enums.ENUM_LABELS_ZH, v) && !['models', 'architectures', 'training'].includes(v))).toEqual([]);
  expect(enumLabel('zh', 'rope')).toBe('RoPE');
  expect(enumLabel('zh', 'constructor')).toBe('constructor');
});

test('localizedPath swaps the language prefix and keeps the page', () => {
  expect(localizedPath('/guide/architecture/', 'zh')).toBe('/zh/guide/architecture/');
  expect(localizedPath('/zh/guide/architecture/', 'en')).toBe('/guide/architecture/');
  expect(localizedPath('/zh/guide/architecture/', 'zh')).toBe('/zh/guide/architecture/');
  expect(localizedPath('/', 'zh')).toBe('/zh/');
  expect(localizedPath('/zh/', 'en')).toBe('/');
  expect(localizedPath('/zh', 'en')).toBe('/');
  expect(localizedPath('/zhipu-glm/', 'en')).toBe('/zhipu-glm/');
  expect(localeOf('/zh/models/')).toBe('zh');
  expect(localeOf('/zhipu/')).toBe('en');
});
