import type { z } from 'astro/zod';
import { expect, test } from 'vitest';
import { COLUMN_LABELS_ZH, ENUM_LABELS_ZH } from '../src/i18n/columns.ts';
import { LOCALES, UI, localizedPath } from '../src/i18n/ui.ts';
import { columnMeta } from '../src/schemas/cells.ts';
import * as enums from '../src/schemas/enums.ts';
import { CORE_TABLES } from '../src/schemas/tables.ts';

test('no interface string is missing in either language', () => {
  const keys = (l: (typeof LOCALES)[number]) => Object.keys(UI[l]).sort();
  const missing = LOCALES.flatMap((l) => keys('en').filter((k) => !keys(l).includes(k)).map((k) => `${l}: ${k}`));
  const extra = LOCALES.flatMap((l) => keys(l).filter((k) => !keys('en').includes(k)).map((k) => `${l}: ${k} (not in en)`));
  expect([...missing, ...extra]).toEqual([]);
  for (const l of LOCALES) for (const [k, v] of Object.entries(UI[l])) expect(v.trim(), `${l}: ${k}`).not.toBe('');
});

test('every column of every curated table has a Chinese name', () => {
  const columns = CORE_TABLES.filter((d) => ['models', 'architectures', 'training'].includes(d.name)).flatMap((d) => Object.keys(d.schema.shape));
  expect(columns.filter((c) => !COLUMN_LABELS_ZH[c])).toEqual([]);
});

test('every enum value has a Chinese label', () => {
  const values = Object.values(enums).filter(Array.isArray).flat() as string[];
  const used = CORE_TABLES.flatMap((d) => Object.values(d.schema.shape).flatMap((s) => columnMeta(s as z.ZodType).values ?? []));
  expect([...new Set([...values, ...used])].filter((v) => !ENUM_LABELS_ZH[v] && !['models', 'architectures', 'training'].includes(v))).toEqual([]);
});

test('localizedPath swaps the language prefix and keeps the page', () => {
  expect(localizedPath('/guide/architecture/', 'zh')).toBe('/zh/guide/architecture/');
  expect(localizedPath('/zh/guide/architecture/', 'en')).toBe('/guide/architecture/');
  expect(localizedPath('/zh/guide/architecture/', 'zh')).toBe('/zh/guide/architecture/');
});
