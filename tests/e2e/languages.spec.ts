import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';

/** One page of every kind: each must exist in Chinese under /zh/ with a switch back and forth. */
const PAGES = [
  '/',
  '/models/',
  '/architectures/',
  '/training/',
  '/compare/',
  '/compare/bloomz/bloom/',
  '/timeline/',
  '/lineage/',
  '/surveys/',
  '/surveys/zhao-2023/',
  '/guide/',
  '/guide/architecture/',
  '/data/',
  '/contribute/',
  '/models/llama-65b/',
];

/** The number of models in the data the site was built from. */
async function modelCount(page: import('@playwright/test').Page): Promise<number> {
  const csv = await (await page.request.get('/data/models.csv')).text();
  return csv.trimEnd().split('\n').length - 1;
}

test('every kind of page exists in Chinese, and the language switch keeps the page both ways', async ({ page }) => {
  for (const path of PAGES) {
    await page.goto(path);
    await expect(page.locator('link[rel="alternate"][hreflang="zh-Hans"]'), path).toHaveAttribute('href', new RegExp(`/zh${path.replace(/[.?]/g, '\\$&')}$`));
    await page.getByRole('link', { name: '中文', exact: true }).click();
    await expect(page).toHaveURL(new RegExp(`/zh${path}$`));
    await expect(page.locator('html')).toHaveAttribute('lang', 'zh-Hans');
    await expect(page.getByRole('navigation', { name: '主导航' })).toBeVisible();
    await expect(page.locator('link[rel="alternate"][hreflang="en"]')).toHaveAttribute('href', new RegExp(`${path.replace(/[.?]/g, '\\$&')}$`));
    await page.getByRole('link', { name: 'English', exact: true }).click();
    await expect(page).toHaveURL(new RegExp(`(?<!/zh)${path}$`));
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  }
});

test('switching language keeps the filters, sort and section of the view', async ({ page }) => {
  await page.goto('/models/?access=open-weights&sort=-params_billion');
  // At most 50 matching rows are drawn until the reader asks for all of them.
  await expect(page.locator('llm-table .count')).toHaveText(new RegExp(`^Showing 50 of \\d+ matching \\(${await modelCount(page)} in all\\)$`));
  await page.getByRole('link', { name: '中文', exact: true }).click();
  await expect(page).toHaveURL(/\/zh\/models\/\?access=open-weights&sort=-params_billion$/);
  await expect(page.locator('llm-table .filters > summary')).toHaveText('筛选（1）');
  await expect(page.locator('llm-table th[data-col="params_billion"]')).toHaveAttribute('aria-sort', 'descending');
  await page.goto('/zh/guide/architecture/#position-encodings');
  await page.getByRole('link', { name: 'English', exact: true }).click();
  await expect(page).toHaveURL(/\/guide\/architecture\/#position-encodings$/);
});

const ZH_PAGES = [
  '/zh/',
  '/zh/models/',
  '/zh/architectures/',
  '/zh/training/',
  '/zh/compare/?models=llama-7b,llama-2-7b',
  '/zh/compare/bloomz/bloom/',
  '/zh/timeline/',
  '/zh/lineage/',
  '/zh/surveys/',
  '/zh/surveys/zhao-2023/',
  '/zh/data/',
  '/zh/contribute/',
  '/zh/models/llama-65b/',
];

for (const path of ZH_PAGES) {
  test(`${path} loads without console errors and passes axe`, async ({ page }) => {
    const errors: string[] = [];
    page.on('console', (msg) => msg.type() === 'error' && errors.push(msg.text()));
    page.on('pageerror', (error) => errors.push(error.message));
    const response = await page.goto(path);
    expect(response?.status()).toBe(200);
    await expect(page.locator('h1')).toBeVisible();
    // Charts draw after load: let them finish so axe sees the marks.
    await page.waitForLoadState('networkidle');
    const results = await new AxeBuilder({ page }).analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.length} × ${v.help}`)).toEqual([]);
    expect(errors).toEqual([]);
  });
}

test('links on Chinese pages stay in Chinese', async ({ page }) => {
  await page.goto('/zh/models/');
  const hrefs = await page.locator('a[href^="/"]:not(.language-switch)').evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
  // Downloads and data files are the same in both languages; every page link is under /zh/.
  const english = hrefs.filter((h) => !h.startsWith('/zh/') && !/^\/data\/.+\.(csv|json)$/.test(h));
  expect(english).toEqual([]);
});

test('the Chinese table writes its counts, filters and value labels in Chinese', async ({ page }) => {
  await page.goto('/zh/models/?access=open-weights');
  const count = page.locator('llm-table .count');
  await expect(count).toHaveText(new RegExp(`^显示 50 条（匹配 \\d+ 条，共 ${await modelCount(page)} 条）$`));
  await expect(page.locator('llm-table .filters > summary')).toHaveText('筛选（1）');
  await page.locator('llm-table .filters > summary').click();
  const facet = page.locator('fieldset.facet[data-col="access"]');
  await expect(facet.getByRole('checkbox', { name: /开放权重/ })).toBeChecked();
  await page.locator('llm-table input[type="search"]').fill('llama');
  await expect(count).toHaveText(new RegExp(`^显示 \\d+ 条，共 ${await modelCount(page)} 条$`));
  await expect(page.locator('llm-table tbody tr:not([hidden]) th a').first()).toHaveAttribute('href', /^\/zh\/models\//);
});

test('the Chinese timeline writes its note, legend and tooltips in Chinese and opens Chinese model pages', async ({ page }) => {
  await page.goto('/zh/timeline/');
  await expect(page.locator('llm-timeline .chart-note')).toContainText('个模型');
  await expect(page.locator('llm-timeline .legend')).toContainText('开放权重');
  const mark = page.locator('llm-timeline svg [data-id="gpt-3"]');
  await mark.focus();
  await expect(page.locator('llm-timeline .chart-tooltip')).toContainText('参数');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/zh\/models\/gpt-3\/$/);
});

test('the Chinese comparison names fields in Chinese and reports in Chinese', async ({ page }) => {
  await page.goto('/zh/compare/?models=llama-7b,llama-2-7b');
  await expect(page.locator('.compare-status')).toContainText('个模型');
  await expect(page.locator('.compare-result table th[scope="colgroup"]').first()).toHaveText('基本信息与规模');
  await expect(page.locator('.compare-result table thead a').first()).toHaveAttribute('href', '/zh/models/llama-7b/');
});

test('the header search on a Chinese page opens the Chinese model page', async ({ page }) => {
  await page.goto('/zh/data/');
  await page.keyboard.press('/');
  await page.keyboard.type('mixtral 8x7');
  await expect(page.getByRole('option').first()).toContainText('Mixtral');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/zh\/models\/mixtral-8x7b\/$/);
});

test('the theme switch speaks Chinese on Chinese pages', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'light' });
  await page.goto('/zh/');
  const button = page.locator('llm-theme button');
  await expect(button).toHaveText('◐ 主题：跟随系统');
  await button.click();
  await expect(button).toHaveText('◐ 主题：浅色');
  await expect(button).toHaveAttribute('aria-label', '主题：浅色。点击切换。');
});

test('the 404 page speaks both languages', async ({ page }) => {
  const response = await page.goto('/zh/no-such-page/');
  expect(response?.status()).toBe(404);
  await expect(page.locator('h1')).toHaveText('Page not found');
  await expect(page.getByRole('heading', { name: '页面不存在' })).toBeVisible();
  await expect(page.getByRole('link', { name: '模型列表' })).toHaveAttribute('href', '/zh/models/');
});

test('Chinese pages count in Chinese units and label yes/no facets in Chinese; the survey tables follow the paper', async ({ page }) => {
  await page.goto('/zh/models/llama-3.1-405b/');
  const params = page
    .locator('tr', { has: page.locator('th a', { hasText: '参数量（十亿）' }) })
    .locator('td')
    .first();
  await expect(params).toHaveText('4050 亿');
  await expect(
    page
      .locator('tr', { has: page.locator('th a', { hasText: '预训练词元（十亿）' }) })
      .locator('td')
      .first(),
  ).toHaveText(/万亿词元$/);
  await page.goto('/models/llama-3.1-405b/');
  await expect(
    page
      .locator('tr', { has: page.locator('th a', { hasText: 'Params (B)' }) })
      .locator('td')
      .first(),
  ).toHaveText('405 billion');
  await page.goto('/zh/architectures/?bias=no');
  await page.locator('llm-table .filters > summary').click();
  await expect(page.locator('fieldset.facet[data-col="bias"]').getByRole('checkbox', { name: /^否/ })).toBeChecked();
  await page.goto('/surveys/zhao-2023/');
  const headings = await page.locator('main h2[id]').evaluateAll((hs) => hs.map((h) => h.textContent!.split(':')[0]!.trim()));
  expect(headings.filter((h) => /^(Table|Figure)/.test(h)).map((h) => h.split(' ').slice(0, 2).join(' '))).toEqual(
    ['Table 1', 'Table 5', 'Table 8', 'Figure 3'].filter((h) => headings.some((x) => x.startsWith(h))),
  );
  expect(headings.findIndex((h) => h.startsWith('Table 1'))).toBeLessThan(headings.findIndex((h) => h.startsWith('Table 5')));
});

test('the Chinese survey page keeps the data’s English text out of its sentences, each piece marked as English', async ({ page }) => {
  await page.goto('/zh/surveys/zhao-2023/');
  const english = await page.locator('main p, main h2, main dl, main ol.diff-notes li').evaluateAll((els) =>
    els.flatMap((el) => {
      const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
      const out: string[] = [];
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        if (node.parentElement?.closest('[lang="en"], a')) continue;
        const match = /[A-Za-z]+(?:[ ,]+[A-Za-z]+){3,}/.exec(node.textContent ?? '');
        if (match) out.push(match[0]);
      }
      return out;
    }),
  );
  expect(english).toEqual([]);
  await expect(page.locator('dl.survey-meta dd[lang="en"]').first()).toBeVisible();
});
