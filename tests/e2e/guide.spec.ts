import { expect, test } from '@playwright/test';

const TOPICS = ['language-models', 'gpt-family', 'pretraining-data', 'architecture', 'training', 'adaptation'];

test('every guide topic exists in English and Chinese, with numbers computed from the data', async ({ page }) => {
  for (const topic of TOPICS) {
    for (const base of ['/guide/', '/zh/guide/']) {
      const response = await page.goto(`${base}${topic}/`);
      expect(response?.status(), `${base}${topic}/`).toBe(200);
      const text = await page.locator('article').innerText();
      expect(text).not.toMatch(/NaN|undefined|\[object Object\]/);
    }
  }
  await page.goto('/zh/guide/architecture/');
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-Hans');
  await expect(page.locator('.stat-value').first()).toContainText(/个/);
});

test('the language switch keeps the page, and hreflang alternates point both ways', async ({ page }) => {
  await page.goto('/guide/training/');
  await expect(page.locator('link[rel="alternate"][hreflang="zh-Hans"]')).toHaveAttribute('href', /\/zh\/guide\/training\/$/);
  await page.getByRole('link', { name: '中文' }).click();
  await expect(page).toHaveURL(/\/zh\/guide\/training\/$/);
  await expect(page.getByRole('navigation', { name: '主导航' })).toBeVisible();
  await page.getByRole('link', { name: 'English' }).click();
  await expect(page).toHaveURL(/\/guide\/training\/$/);
});

test('a number in the guide links to the table filtered to what it counts', async ({ page }) => {
  await page.goto('/guide/architecture/');
  const stat = page.locator('#position-encodings ~ p a.stat-value').first();
  await stat.click();
  await expect(page).toHaveURL(/\/architectures\/\?position_encoding=rope#table$/);
  // The table filters itself once its script has run: wait for that rather than read too early.
  const shown = page.locator('llm-table tbody tr:not([hidden]) td[data-col="position_encoding"]');
  await expect.poll(async () => new Set(await shown.evaluateAll((tds) => tds.map((td) => (td as HTMLElement).dataset.v)))).toEqual(new Set(['rope']));
});

test('column headers link to their guide section', async ({ page }) => {
  await page.goto('/architectures/');
  await page.locator('llm-table th[data-col="position_encoding"] a').click();
  await expect(page).toHaveURL(/\/guide\/architecture\/#position-encodings$/);
  await expect(page.locator('#position-encodings')).toBeVisible();
});

test('the LoRA formula is MathML with a spoken label, rendered without scripts', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/guide/adaptation/');
  await expect(page.locator('math[display="block"]')).toHaveAttribute('aria-label', /delta W equals A times B transposed/);
  await context.close();
});
