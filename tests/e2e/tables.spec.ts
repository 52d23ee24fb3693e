import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';

const visibleIds = (page: Page) => page.locator('llm-table tbody tr:not([hidden])').evaluateAll((trs) => trs.map((tr) => (tr as HTMLElement).dataset.id));

test('filter architectures to RoPE and SwiGLU; the URL restores the same rows', async ({ page }) => {
  await page.goto('/architectures/');
  const total = Number(await page.locator('llm-table').getAttribute('data-total'));
  await expect(page.locator('llm-table tbody tr')).toHaveCount(50);
  await page.getByText('Filters', { exact: true }).click();
  const pe = page.locator('fieldset.facet[data-col="position_encoding"]');
  await pe.getByRole('checkbox', { name: /^rope/ }).check();
  await page
    .locator('fieldset.facet[data-col="activation"]')
    .getByRole('checkbox', { name: /^swiglu/ })
    .check();
  await expect(page).toHaveURL(/activation=swiglu&position_encoding=rope/);
  // The first 50 matching rows are drawn; "Show all" draws the rest.
  const count = page.locator('.table-tools .count');
  await expect(count).toHaveText(new RegExp(`^Showing \\d+ of \\d+ matching \\(${total} in all\\)$|^Showing \\d+ of ${total}$`));
  const matching = Number(/of (\d+)/.exec((await count.textContent())!)![1]);
  if (matching > 50) await page.getByRole('button', { name: `Show all ${matching} rows` }).click();
  await expect(page.locator('llm-table tbody tr')).toHaveCount(matching);
  const ids = await visibleIds(page);
  expect(ids.length).toBeGreaterThan(10);
  expect(ids.length).toBeLessThan(total);
  for (const id of ids) {
    const row = page.locator(`tr[data-id="${id}"]`);
    await expect(row.locator('td[data-col="position_encoding"]')).toHaveAttribute('data-v', 'rope');
    await expect(row.locator('td[data-col="activation"]')).toHaveAttribute('data-v', 'swiglu');
  }
  await expect(page.locator('.table-tools .count')).toHaveText(`Showing ${ids.length} of ${total}`);

  await page.reload();
  await expect.poll(() => visibleIds(page)).toEqual(ids.slice(0, 50));
  await page.getByText('Filters (2)', { exact: true }).click();
  await expect(pe.getByRole('checkbox', { name: /^rope/ })).toBeChecked();

  await page.goBack();
  await expect(page).toHaveURL(/position_encoding=rope$/);
  // One filter fewer: more rows match than before.
  await expect(page.locator('.table-tools .count')).toHaveText(/matching/);
  expect(Number(/of (\d+)/.exec((await page.locator('.table-tools .count').textContent())!)![1])).toBeGreaterThan(ids.length);
});

test('sorting by parameters orders numerically with unknown values last', async ({ page }) => {
  await page.goto('/models/');
  await page.getByRole('button', { name: 'Sort by Params (B)' }).click();
  await expect(page).toHaveURL(/sort=params_billion/);
  await expect(page.locator('th[data-col="params_billion"]')).toHaveAttribute('aria-sort', 'ascending');
  await page.getByRole('button', { name: /^Show all \d+ rows$/ }).click();
  await expect(page.locator('llm-table tbody tr')).toHaveCount(Number(await page.locator('llm-table').getAttribute('data-total')));
  const values = await page.locator('llm-table tbody tr td[data-col="params_billion"]').evaluateAll((tds) => tds.map((td) => (td as HTMLElement).dataset.n));
  const known = values.filter((v) => v !== undefined).map(Number);
  expect(known).toEqual([...known].sort((a, b) => a - b));
  expect(values.slice(known.length).every((v) => v === undefined)).toBe(true);
  await page.getByRole('button', { name: 'Sort by Params (B)' }).click();
  await expect(page.locator('th[data-col="params_billion"]')).toHaveAttribute('aria-sort', 'descending');
});

test('search narrows the rows and "download this view" holds exactly the visible rows and columns', async ({ page }) => {
  await page.goto('/models/?hide=hardware_type');
  await page.getByRole('searchbox', { name: 'Search' }).fill('llama');
  await expect(page).toHaveURL(/q=llama/);
  const ids = await visibleIds(page);
  expect(ids.length).toBeGreaterThan(5);
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download view (CSV)' }).click();
  const csv = readFileSync(await (await download).path(), 'utf8')
    .trimEnd()
    .split('\n');
  expect(csv[0]!.split(',')).not.toContain('hardware_type');
  expect(csv[0]!.split(',').slice(0, 2)).toEqual(['id', 'name']);
  expect(csv.slice(1).map((line) => line.split(',')[0])).toEqual(ids);

  const jsonDownload = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download view (JSON)' }).click();
  const json = JSON.parse(readFileSync(await (await jsonDownload).path(), 'utf8')) as { id: string }[];
  expect(json.map((r) => r.id)).toEqual(ids);
});

test('opening a model from a row goes to its page', async ({ page }) => {
  await page.goto('/models/?q=gpt-3');
  await page.locator('llm-table tbody tr:not([hidden])').first().getByRole('link').first().click();
  await expect(page).toHaveURL(/\/models\/[a-z0-9.-]+\/$/);
  await expect(page.getByRole('heading', { level: 2, name: 'Identity and scale' })).toBeVisible();
});

test('the column chooser hides a column and the URL remembers it', async ({ page }) => {
  await page.goto('/training/');
  await page.getByText('Columns', { exact: true }).click();
  await page.locator('.column-list').getByRole('checkbox', { name: 'Optimizer' }).uncheck();
  await expect(page).toHaveURL(/hide=optimizer/);
  await expect(page.locator('llm-table th[data-col="optimizer"]')).toHaveCount(0);
  await expect(page.locator('llm-table td[data-col="optimizer"]')).toHaveCount(0);
  await expect(page.locator('llm-table th[data-col="peak_lr"]')).toHaveCount(1);
});

test('the explorer answers "RoPE, SwiGLU and GQA, 2024 or later, largest first" in one view: permalink, filters in view, CSV = rows', async ({ page }) => {
  await page.goto('/explore/');
  await page.locator('a[data-example]').click();
  await expect(page).toHaveURL(/activation=swiglu&attention_kind=gqa&position_encoding=rope&release_date=2024\.\.&sort=-params_billion/);
  const count = page.locator('.table-tools .count');
  await expect(count).toHaveText(/^Showing \d+/);
  const text = (await count.textContent())!;
  const matching = Number((/(\d+) matching/.exec(text) ?? /Showing (\d+) of/.exec(text))![1]);
  if (matching > 50) await page.getByRole('button', { name: `Show all ${matching} rows` }).click();
  await expect(page.locator('llm-table tbody tr')).toHaveCount(matching);
  // The caption counts the same rows; the four filters are shown as removable chips.
  await expect(page.locator('llm-table caption')).toContainText(`${matching} of`);
  await expect(page.locator('.active-filters .chip')).toHaveCount(4);
  const col = (key: string) => page.locator(`llm-table tbody td[data-col="${key}"]`).evaluateAll((tds) => tds.map((td) => (td as HTMLElement).dataset.v ?? ''));
  expect(new Set(await col('position_encoding'))).toEqual(new Set(['rope']));
  expect(new Set(await col('activation'))).toEqual(new Set(['swiglu']));
  expect(new Set(await col('attention_kind'))).toEqual(new Set(['gqa']));
  expect((await col('release_date')).every((d) => d >= '2024')).toBe(true);
  const params = (await col('params_billion')).filter((v) => v !== '').map(Number);
  expect(params).toEqual([...params].sort((a, b) => b - a));
  const ids = await visibleIds(page);
  expect(ids.length).toBeGreaterThan(20);

  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download view (CSV)' }).click();
  const csv = readFileSync(await (await download).path(), 'utf8')
    .trimEnd()
    .split('\n');
  expect(csv.slice(1).map((line) => line.split(',')[0])).toEqual(ids);
  expect(csv[0]!.split(',')).toEqual(expect.arrayContaining(['id', 'name', 'attention_kind', 'params_billion', 'training_compute_flop']));

  // Any column of another table can be added; the address keeps it and the same rows come back.
  await page.getByText('Columns', { exact: true }).click();
  await page.locator('.column-list').getByRole('checkbox', { name: 'Peak LR' }).check();
  await expect(page).toHaveURL(/cols=[^&]*peak_lr/);
  await expect(page.locator('llm-table thead th[data-col="peak_lr"]')).toHaveCount(1);
  await page.reload();
  await expect(page.locator('llm-table thead th[data-col="peak_lr"]')).toHaveCount(1);
  await expect.poll(() => visibleIds(page)).toEqual(ids.slice(0, 50));
});

test('an invalid range value is marked and not applied', async ({ page }) => {
  await page.goto('/explore/?params_billion=abc..&q=llama');
  const input = page.locator('fieldset.facet[data-col="params_billion"] input[data-bound="min"]');
  await expect(input).toHaveAttribute('aria-invalid', 'true');
  await expect(input).toHaveValue('abc');
  await expect(page.locator('.active-filters')).toContainText('not applied');
  // Only the search narrows: every Llama is listed, none is lost to the bad bound.
  await expect(page.locator('llm-table tbody tr').first()).toHaveAttribute('data-id', /llama/);
  await input.fill('100');
  await input.press('Tab');
  await expect(input).not.toHaveAttribute('aria-invalid', 'true');
  const params = await page.locator('llm-table tbody td[data-col="params_billion"]').evaluateAll((tds) => tds.map((td) => Number((td as HTMLElement).dataset.n)));
  expect(params.length).toBeGreaterThan(0);
  expect(params.every((p) => p >= 100)).toBe(true);
});

test('the architectures table filters by attention kind (recorded or derived) and sorts by KV cache per token', async ({ page }) => {
  await page.goto('/architectures/?attention_kind=mla&sort=-kv_cache_bytes_per_token#table');
  const kinds = () => page.locator('llm-table tbody tr:not([hidden]) td[data-col="attention_kind"]').evaluateAll((tds) => tds.map((td) => (td as HTMLElement).dataset.v));
  await expect.poll(async () => [...new Set(await kinds())]).toEqual(['mla']);
  expect((await kinds()).length).toBeGreaterThan(5);
  const bytes = await page.locator('llm-table tbody tr:not([hidden]) td[data-col="kv_cache_bytes_per_token"]').evaluateAll((tds) =>
    tds
      .map((td) => (td as HTMLElement).dataset.n)
      .filter((n) => n !== undefined)
      .map(Number),
  );
  expect(bytes.length).toBeGreaterThan(3);
  expect(bytes).toEqual([...bytes].sort((a, b) => b - a));
  await expect(page.locator('fieldset.facet[data-col="attention_kind"]')).toContainText('mla');
});

test('models filter by organization: the facet names each organization once, the URL holds its id', async ({ page }) => {
  await page.goto('/models/');
  await page.getByText('Filters', { exact: true }).click();
  const org = page.locator('fieldset.facet[data-col="organization"]');
  // Every spelling of Zhipu AI in the reports is one organization, one checkbox.
  await expect(org.getByRole('checkbox', { name: /^Zhipu AI/ })).toHaveCount(1);
  await org.getByRole('checkbox', { name: /^Zhipu AI/ }).check();
  await expect(page).toHaveURL(/organization=zhipu-ai/);
  const ids = await visibleIds(page);
  expect(ids).toContain('glm-130b');
  expect(ids).toContain('chatglm-6b');
  for (const id of ids) await expect(page.locator(`tr[data-id="${id}"] td[data-col="organization"]`)).toHaveText('Zhipu AI');
  await page.goto('/zh/models/?organization=zhipu-ai');
  await expect(page.locator('tr[data-id="glm-130b"] td[data-col="organization"]')).toBeVisible();
  await page.getByText('筛选', { exact: false }).first().click();
  await expect(page.locator('fieldset.facet[data-col="organization"]').getByRole('checkbox', { name: /^智谱/ })).toBeChecked();
});

test('what a reader does while the rows are still loading is kept: typed text and a hidden column', async ({ page }) => {
  let release!: () => void;
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route('**/data/tables/models.json', async (route) => {
    await held;
    await route.continue();
  });
  await page.goto('/models/');
  await page.getByRole('searchbox', { name: 'Search' }).fill('llama');
  await page.getByText('Columns', { exact: true }).click();
  await page.locator('.column-list').getByRole('checkbox', { name: 'Access' }).uncheck();
  release();
  await expect(page).toHaveURL(/hide=access&q=llama|q=llama&hide=access/);
  await expect(page.getByRole('searchbox', { name: 'Search' })).toHaveValue('llama');
  await expect(page.locator('.column-list').getByRole('checkbox', { name: 'Access' })).not.toBeChecked();
  const names = await page.locator('llm-table tbody tr th a').allTextContents();
  expect(names.length).toBeGreaterThan(3);
  for (const name of names) expect(name.toLowerCase()).toContain('llama');
});

test('an empty result says so and offers to undo the last change, or to clear a shared link’s filters', async ({ page }) => {
  await page.goto('/models/?access=open-weights');
  await page.getByRole('searchbox', { name: 'Search' }).fill('zzqx');
  const empty = page.locator('llm-table td.table-empty');
  await expect(empty).toContainText('No model matches the search and filters.');
  await expect(page.locator('llm-table .count')).toHaveText(/^Showing 0 of \d+$/);
  await empty.getByRole('button', { name: 'Undo the last change' }).click();
  await expect(page).toHaveURL(/\/models\/\?access=open-weights$/);
  await expect(page.getByRole('searchbox', { name: 'Search' })).toHaveValue('');
  await expect(page.locator('llm-table tbody tr').first()).toHaveAttribute('data-id', /.+/);

  await page.goto('/zh/models/?q=zzqx&hide=access');
  await page.locator('llm-table td.table-empty').getByRole('button', { name: '清除搜索和筛选' }).click();
  await expect(page).toHaveURL(/\/zh\/models\/\?hide=access$/);
  await expect(page.locator('llm-table td.table-empty')).toHaveCount(0);
});
