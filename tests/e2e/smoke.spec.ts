import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';

const pages = [
  '/',
  '/guide/',
  '/guide/architecture/',
  '/zh/guide/',
  '/zh/guide/training/',
  '/models/',
  '/explore/',
  '/explore/?activation=swiglu&attention_kind=gqa&position_encoding=rope&release_date=2024..&sort=-params_billion&cols=organization,params_billion,peak_lr',
  '/architectures/',
  '/training/',
  '/compare/',
  '/compare/?models=llama-7b,llama-2-7b,mistral-7b',
  '/compare/bloomz/bloom/',
  '/timeline/',
  '/lineage/',
  '/surveys/',
  '/surveys/zhao-2023/',
  '/data/',
  '/contribute/',
  '/models/gpt-3/',
  '/models/llama-65b/',
];

for (const path of pages) {
  test(`${path} loads without console errors and passes axe`, async ({ page }) => {
    const errors: string[] = [];
    page.on('console', (msg) => {
      if (msg.type() === 'error') errors.push(msg.text());
    });
    page.on('pageerror', (error) => errors.push(error.message));
    const response = await page.goto(path);
    expect(response?.status()).toBe(200);
    await expect(page.locator('h1')).toBeVisible();
    const results = await new AxeBuilder({ page }).analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.length} × ${v.help}`)).toEqual([]);
    expect(errors).toEqual([]);
  });
}

test('every page in the navigation is reachable from the header', async ({ page }) => {
  await page.goto('/');
  const links = page.getByRole('navigation', { name: 'Main' }).getByRole('link');
  const hrefs = await links.evaluateAll((as) => as.map((a) => a.getAttribute('href')));
  expect(hrefs).toEqual([
    '/',
    '/explore/',
    '/models/',
    '/architectures/',
    '/training/',
    '/compare/',
    '/timeline/',
    '/lineage/',
    '/surveys/',
    '/guide/',
    '/data/',
    '/contribute/',
    '/zh/',
  ]);
});

test('an unknown address shows the 404 page', async ({ page }) => {
  const response = await page.goto('/no-such-page/');
  expect(response?.status()).toBe(404);
  await expect(page.locator('h1')).toHaveText('Page not found');
});

test('the models table is complete server-rendered HTML with JavaScript off, one page of 50 rows after another', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  const res = await page.request.get('/data/llm-atlas.json');
  const json = (await res.json()) as { models: unknown[] };
  const pages = Math.ceil(json.models.length / 50);
  let rows = 0;
  for (let n = 1; n <= pages; n++) {
    await page.goto(n === 1 ? '/models/' : `/models/page/${n}/`);
    await expect(page.locator('nav.pager [aria-current="page"]')).toHaveText(String(n));
    rows += await page.locator('llm-table table.data tbody tr').count();
  }
  expect(rows).toBe(json.models.length);
  expect((await page.goto(`/models/page/${pages + 1}/`))?.status()).toBe(404);
  await context.close();
});
