/**
 * The Chinese pages of the built site: no English interface string left on them. Every English
 * string of the dictionaries (with its placeholders as gaps) is looked for in the text, attributes
 * and element data of every page under dist/zh/ (the guide's prose is Chinese MDX and is covered
 * too). Strings that are the same in both languages are skipped.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { DICTIONARIES } from '../../src/i18n/ui.ts';
import { leaves } from '../i18n/dictionaries.test.ts';
import { readCsvText } from '../../src/dataset/read-csv.ts';
import { files } from './helpers.ts';

const DIST = 'dist';

/** Every text of the data files: values and notes stay as written, in any language. */
const dataTexts = files('data')
  .filter((f) => f.endsWith('.csv'))
  .flatMap((f) => readCsvText(readFileSync(join('data', f), 'utf8'), f).rows.flatMap((row) => Object.values(row.values)))
  .filter((v) => v.length > 3)
  .sort((a, b) => b.length - a.length);
const withoutData = (html: string) => dataTexts.reduce((out, text) => (out.includes(text) ? out.split(text).join(' ') : out), html);

/** English strings as patterns: placeholders match anything short. */
function englishPatterns(): [string, RegExp][] {
  const zh = leaves(DICTIONARIES.zh);
  const pairs = Object.entries(leaves(DICTIONARIES.en)).map(([k, en]) => [en, zh[k]!] as [string, string]);
  return pairs
    .filter(([en, zh]) => en !== zh)
    .map(([en]) => en.replace(/\{\w+\}/g, '\uE000').trim())
    // Single words ("edit", "from", "x") also occur inside data: only phrases count.
    .filter((en) => (en.match(/[A-Za-z]{2,}/g) ?? []).length >= 2)
    .map((en) => [en, new RegExp(en.split('\uE000').map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('.{0,80}'))] as [string, RegExp]);
}

const decode = (html: string) => html.replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, '&').replace(/&lt;/g, '<').replace(/&gt;/g, '>');

test('no English interface string on a Chinese page', () => {
  const patterns = englishPatterns();
  expect(patterns.length).toBeGreaterThan(50);
  const found: string[] = [];
  for (const page of files(join(DIST, 'zh')).filter((f) => f.endsWith('.html'))) {
    // Model pages repeat one template; a handful stands for all of them.
    if (/^models\/[^/]+\/index\.html$/.test(page) && !/^models\/(gpt-3|llama-65b|bloomz|mixtral-8x7b)\//.test(page)) continue;
    const html = withoutData(decode(readFileSync(join(DIST, 'zh', page), 'utf8')));
    for (const [en, re] of patterns) if (re.test(html)) found.push(`zh/${page}: “${en.replace(/\uE000/g, '…')}”`);
  }
  expect(found).toEqual([]);
});

test('the check finds an English string where one is left', () => {
  const html = '<p class="count">Showing 3 of 172</p>';
  expect(englishPatterns().some(([, re]) => re.test(html))).toBe(true);
});
