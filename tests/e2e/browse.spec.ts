import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';

test('compare three models, toggle "only differences", remove one', async ({ page }) => {
  await page.goto('/compare/?models=llama-7b,llama-2-7b,mistral-7b');
  const table = page.locator('llm-compare table.compare');
  await expect(table.locator('thead th')).toHaveText(['Field', /LLaMA 7B/i, /Llama 2 7B/i, /Mistral 7B/i]);
  const all = await table.locator('tbody tr').count();
  const differing = await table.locator('tbody tr.differs').count();
  expect(differing).toBeGreaterThan(0);
  expect(differing).toBeLessThan(all);
  await page.getByLabel('Only differences').check();
  await expect(table.locator('tbody tr:visible')).toHaveCount(differing);
  await page.getByRole('button', { name: /Remove Mistral 7B/i }).click();
  await expect(page).toHaveURL(/models=llama-7b,llama-2-7b&only=diff$/);
  await expect(table.locator('thead th')).toHaveCount(3);
});

test('add a model by id and the URL follows', async ({ page }) => {
  await page.goto('/compare/?models=gpt-3');
  await expect(page.locator('.compare-status')).toHaveText('Add one more model to compare.');
  await page.getByLabel('Add a model').fill('opt-175b');
  await page.getByRole('button', { name: 'Add' }).click();
  await expect(page).toHaveURL(/models=gpt-3,opt-175b/);
  await page.getByLabel('Add a model').fill('no-such-model');
  await page.getByRole('button', { name: 'Add' }).click();
  await expect(page.locator('.compare-status')).toContainText('No model is named “no-such-model”');
});

test('compare resolves a typed name; "only differences" lives in the URL; an unknown value is no difference', async ({ page }) => {
  await page.goto('/compare/?models=gpt-3');
  await page.getByLabel('Add a model').fill('OPT-175B');
  await page.getByRole('button', { name: 'Add' }).click();
  await expect(page).toHaveURL(/models=gpt-3,opt-175b$/);
  await page.getByLabel('Add a model').fill('not a model at all');
  await page.getByRole('button', { name: 'Add' }).click();
  await expect(page.locator('.compare-status')).toHaveText('No model is named “not a model at all” or has it as its id. Pick one from the list.');
  await page.getByLabel('Only differences').check();
  await expect(page).toHaveURL(/models=gpt-3,opt-175b&only=diff$/);
  await page.reload();
  await expect(page.getByLabel('Only differences')).toBeChecked();
  const table = page.locator('llm-compare table.compare');
  // A row where one model's value is unknown and the other's known is not marked as differing.
  const mixed = table.locator('tbody tr:not(.differs)', { has: page.locator('td.unknown') });
  expect(await mixed.count()).toBeGreaterThan(0);
  await expect(mixed.first()).toBeHidden();
  await expect(page.locator('.compare-status')).toContainText('An unknown value (–) is not counted as a difference.');
});

test('model ids in the address that name prototype keys are reported, not shown or thrown', async ({ page }) => {
  const errors: Error[] = [];
  page.on('pageerror', (error) => errors.push(error));
  await page.goto('/compare/?models=constructor,__proto__,gpt-3');
  await expect(page.locator('.compare-status')).toHaveText('No model with the id “constructor”, “__proto__”. Pick one from the list.');
  await expect(page.locator('.compare-chosen li')).toHaveCount(1);
  await expect(page.locator('.compare-chosen')).toContainText('GPT-3');
  expect(errors).toEqual([]);
});

test('table filters from the address that match nothing are named in the count line', async ({ page }) => {
  await page.goto('/models/?access=constructor&sort=__proto__');
  await expect(page.locator('llm-table .count')).toContainText('not understood in the address: sort=__proto__, access=constructor');
});

test('a model-and-base comparison works with JavaScript off, including "only differences"', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/compare/bloomz/bloom/');
  const rows = page.locator('table.compare tbody tr');
  const differing = await page.locator('table.compare tbody tr.differs').count();
  expect(await rows.count()).toBeGreaterThan(differing);
  await page.getByLabel('Only differences').check();
  await expect(page.locator('table.compare tbody tr:visible')).toHaveCount(differing);
  await context.close();
});

test('the survey page marks exactly the recorded differences, with reasons', async ({ page, request }) => {
  await page.goto('/surveys/zhao-2023/');
  await expect(page.locator('.diff-mark').first()).toBeHidden();
  await page.getByLabel(/Mark the \d+ cells where the curated data differs/).check();
  const marks = page.locator('td.diff-cell .diff-mark');
  const csv = (await (await request.get('/data/survey-differences.csv')).text()).trimEnd().split('\n');
  await expect(marks).toHaveCount(csv.length - 1);
  // Every reason is shown in full in its cell, the last column's too: none runs past its table.
  const reasons = page.locator('td.diff-cell .diff-reason');
  await expect(reasons).toHaveCount(csv.length - 1);
  for (const box of await reasons.evaluateAll((els) =>
    els.map((el) => {
      const table = el.closest('table')!.getBoundingClientRect();
      const r = el.getBoundingClientRect();
      return { right: r.right, tableRight: table.right, height: r.height, text: el.textContent!.trim() };
    }),
  )) {
    expect(box.right).toBeLessThanOrEqual(box.tableRight + 0.5);
    expect(box.height).toBeGreaterThan(0);
    expect(box.text.length).toBeGreaterThan(10);
  }
  await expect(page.locator('ol.diff-notes li').first()).toBeVisible();
  const results = await new AxeBuilder({ page }).analyze();
  expect(results.violations.map((v) => v.id)).toEqual([]);
});

test('with JavaScript off every curated table is complete across its pages, each row once', async ({ browser, request }) => {
  const json = (await (await request.get('/data/llm-atlas.json')).json()) as Record<string, { id?: string; model_id?: string }[]>;
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  for (const table of ['models', 'architectures', 'training']) {
    await page.goto(`/${table}/`);
    await expect(page.locator('.table-tools')).toBeHidden();
    const seen: string[] = [];
    for (;;) {
      const ids = await page.locator('llm-table table.data tbody tr').evaluateAll((trs) => trs.map((tr) => (tr as HTMLElement).dataset.id!));
      expect(ids.length).toBeGreaterThan(0);
      expect(ids.length).toBeLessThanOrEqual(50);
      seen.push(...ids);
      const next = page.locator('nav.pager a[rel="next"]');
      if ((await next.count()) === 0) break;
      await page.goto((await next.getAttribute('href'))!);
    }
    expect(seen.length).toBe(json[table]!.length);
    expect(new Set(seen)).toEqual(new Set(json[table]!.map((r) => r.id ?? r.model_id)));
  }
  await context.close();
});

test('"/" focuses the header search, and Enter opens the best match', async ({ page }) => {
  await page.goto('/data/');
  await page.keyboard.press('/');
  await expect(page.locator('#site-search')).toBeFocused();
  await page.keyboard.type('mixtral 8x7');
  await expect(page.getByRole('option').first()).toContainText('Mixtral');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/models\/mixtral-8x7b\/$/);
});

test('searching "qwen" lists the newest Qwen models first, counts every match and links to them all in the explorer', async ({ page, request }) => {
  const index = (await (await request.get('/data/search-index.json')).json()) as string[][];
  const qwen = index.filter((e) => e.join(' ').toLowerCase().includes('qwen'));
  await page.goto('/');
  await page.locator('#site-search').fill('qwen');
  const options = page.locator('#site-search-results').getByRole('option');
  await expect(options.first()).toContainText(/Qwen3/);
  await expect(options).toHaveCount(9);
  const all = options.last();
  await expect(all).toHaveText(`All ${qwen.length} models matching “qwen” in the explorer →`);
  await page.keyboard.press('ArrowUp');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/explore\/\?q=qwen$/);
  await expect(page.locator('llm-table .count')).toHaveText(new RegExp(`^Showing (${qwen.length} of \\d+|50 of ${qwen.length} matching .*)$`));

  await page.locator('#site-search').fill('zzqx');
  await expect(page.locator('#site-search-results')).toContainText('No model matches “zzqx”.');
  await expect(options).toHaveCount(0);
  await page.goto('/zh/');
  await page.locator('#site-search').fill('qwen');
  await expect(options.last()).toContainText(`在探索表中查看全部 ${qwen.length} 个匹配“qwen”的模型`);
  await expect(options.first().locator('a')).toHaveAttribute('href', /^\/zh\/models\//);
});

test('the theme toggle switches and is remembered', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'light' });
  await page.goto('/');
  const button = page.locator('llm-theme button');
  await expect(button).toHaveText('◐ Theme: system');
  await button.click();
  await expect(button).toHaveText('◐ Theme: light');
  await button.click();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await page.goto('/models/');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  const bg = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  expect(bg).not.toBe('rgb(255, 255, 255)');
});

test('a model page opens with a spec sheet in words; derived figures are marked', async ({ page }) => {
  await page.goto('/models/llama-3.1-405b/');
  const sheet = page.locator('section.spec-sheet');
  const value = (label: string) => sheet.locator('div', { has: page.locator('dt', { hasText: label }) }).locator('dd');
  await expect(value('Parameters')).toHaveText('405 billion');
  await expect(value('Heads / KV heads')).toHaveText('128 / 8');
  await expect(value('Attention')).toHaveText('GQA');
  await expect(value('Training tokens')).toHaveText(/trillion tokens$/);
  await expect(value('Training compute (6ND)').locator('.status-derived')).toHaveText(/× 10²⁵ FLOP$/);
  await expect(value('KV cache per token (bf16)')).toHaveText('504 KiB');
  await page.goto('/zh/models/deepseek-v3/');
  await expect(page.locator('section.spec-sheet')).toContainText('6710 亿 · 激活 370 亿');
});

test('a model added before the comparison data has arrived is added once it does', async ({ page }) => {
  let release!: () => void;
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route('**/data/compare.json', async (route) => {
    await held;
    await route.continue();
  });
  await page.goto('/compare/?models=gpt-3');
  await page.getByLabel('Add a model').fill('OPT-175B');
  await page.getByRole('button', { name: 'Add' }).click();
  release();
  await expect(page).toHaveURL(/models=gpt-3,opt-175b$/);
  await expect(page.locator('llm-compare table.compare thead th')).toHaveCount(3);
});

test('a model page names each group’s source once, and on a row only where the row has another', async ({ page }) => {
  await page.goto('/models/llama-3.1-405b/');
  const section = page.locator('section[aria-labelledby="h-architectures"]');
  const group = section.locator('p.group-source a');
  await expect(group).toHaveCount(1);
  const groupHref = await group.getAttribute('href');
  const sources = section.locator('tbody tr td:nth-child(4)');
  const n = await sources.count();
  let same = 0;
  for (let i = 0; i < n; i++) {
    const cell = sources.nth(i);
    const link = cell.locator('a');
    if ((await link.count()) === 0) {
      // A known value from the group's source says so; an unknown one has no source at all.
      const text = (await cell.textContent())!.trim();
      if (text !== '') {
        expect(text).toBe('as above');
        same++;
      }
    } else expect(await link.getAttribute('href')).not.toBe(undefined);
  }
  expect(same).toBeGreaterThan(5);
  // The row source links that remain are the exceptions, none of them the group's own source with its locator.
  const exceptions = await section.locator('tbody tr td:nth-child(4) a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
  expect(exceptions.length).toBeLessThan(n - same + 1);
  expect(groupHref).toMatch(/^https?:\/\//);
});
