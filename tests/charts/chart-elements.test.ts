/**
 * The scatter element upgraded in a DOM without a browser (linkedom): it writes its notes, legends,
 * axis titles and accessible names from the strings and value labels the server rendered into the
 * element, in either language. The trends charts are drawn by the server: their markup is checked
 * as rendered.
 */
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { parseHTML } from 'linkedom';
import { beforeAll, expect, test } from 'vitest';
import Scatter from '../../src/charts/scatter/Scatter.astro';
import Trends from '../../src/charts/trends/Trends.astro';
import type { Locale } from '../../src/i18n/ui.ts';
import { trainingFields } from '../../src/site/chart-data.ts';

let document: Document;

beforeAll(async () => {
  const container = await AstroContainer.create();
  const points = [
    ['a', 'A', { params_billion: 1, peak_lr: 0.001 }, { optimizer: 'adamw' }],
    ['b', 'B', { params_billion: 10, peak_lr: 0.0003 }, { optimizer: 'adam' }],
    ['c', 'C', { params_billion: 100, peak_lr: 0.0001 }, {}],
    ['d', 'D', { params_billion: 50 }, {}],
  ];
  const scatter = (lang: Locale) =>
    container.renderToString(Scatter, {
      props: {
        id: lang,
        title: 'T',
        description: 'D',
        fields: trainingFields(lang),
        points,
        colors: [{ key: 'optimizer', label: 'optimizer' }],
        x: 'params_billion',
        y: 'peak_lr',
        lang,
      },
    });
  const trends = (lang: Locale) =>
    container.renderToString(Trends, {
      props: {
        lang,
        choices: [
          {
            key: 'bias',
            label: 'Bias',
            column: true,
            items: [
              [2022, 'yes'],
              [2023, 'no'],
              [2023, null],
            ],
          },
        ],
      },
    });
  // No scripts, and no form (linkedom has no form.elements): only what the elements draw.
  const clean = (html: string) => html.replace(/<script[\s\S]*?<\/script>/g, '').replace(/<form>[\s\S]*?<\/form>/, '');
  const html = (await Promise.all([scatter('en'), scatter('zh'), trends('en'), trends('zh')])).map(clean);
  const dom = parseHTML(`<!doctype html><html><body><div id="en">${html[0]}${html[2]}</div><div id="zh">${html[1]}${html[3]}</div></body></html>`);
  document = dom.document as unknown as Document;
  // linkedom maps dataset.i18n to `data-i1-8n` (browsers map it to `data-i18n`).
  for (const e of document.querySelectorAll('[data-i18n]')) e.setAttribute('data-i1-8n', e.getAttribute('data-i18n')!);
  Object.assign(globalThis, {
    document,
    customElements: dom.customElements,
    HTMLElement: dom.HTMLElement,
    window: { addEventListener() {}, dispatchEvent() {} },
    location: { search: '', pathname: '/training/', host: 'example.org', hash: '' },
    history: { pushState() {} },
  });
  await import('../../src/charts/scatter/llm-scatter.ts');
});

const text = (selector: string) => document.querySelector(selector)?.textContent?.replace(/\s+/g, ' ').trim();

test('the scatter writes its note, legend and axis titles in the page language', () => {
  expect(text('#en llm-scatter .chart-note')).toBe(
    '3 models shown; 1 models not shown: value unknown or not positive on a log axis. Fitted power law: y ∝ x^-0.50 (R² 1.00, n = 3).',
  );
  expect(text('#en llm-scatter .legend')).toBe('adam adamw other or unknown');
  expect(text('#en llm-scatter .title-y')).toBe('Peak learning rate (log)');
  expect(text('#zh llm-scatter .chart-note')).toBe('显示 3 个模型；1 个模型未显示：取值未知，或在对数轴上不为正。拟合幂律：y ∝ x^-0.50（R² 1.00，n = 3）。');
  expect(text('#zh llm-scatter .legend')).toBe('Adam AdamW 其他或未知');
  expect(text('#zh llm-scatter .title-x')).toBe('参数量（十亿）（对数）');
});

test('the trends charts label values and segments in the page language, filters keep raw values', () => {
  expect(text('#en .charts-grid .chart-note')).toBe(
    '2 models with a known value; 1 not shown: value unknown (the data table counts them per year). The number above each bar is that year’s models with a known value.',
  );
  expect(text('#en .charts-grid .legend')).toBe('no yes');
  const en = document.querySelector('#en .charts-grid rect[data-value="yes"]')!.parentElement!;
  expect(en.getAttribute('aria-label')).toBe('2022: yes, 1 of 1 known (100%)');
  expect(en.getAttribute('href')).toMatch(/\?bias=yes&release_date=2022..2022#table$/);
  expect(text('#zh .charts-grid .legend')).toBe('否 是');
  const zh = document.querySelector('#zh .charts-grid rect[data-value="yes"]')!.parentElement!;
  expect(zh.getAttribute('aria-label')).toBe('2022 年：是，占已知 1 个中的 1 个（100%）');
  expect(zh.getAttribute('href')).toMatch(/\?bias=yes&release_date=2022..2022#table$/);
  expect(document.querySelectorAll('llm-trends')).toHaveLength(0);
});
