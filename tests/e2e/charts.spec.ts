import { readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';

const xLabels = (page: import('@playwright/test').Page) => page.locator('llm-timeline svg .axes text.x').allTextContents();

test('zooming the timeline changes the visible dates and the URL; reset restores them', async ({ page }) => {
  await page.goto('/timeline/');
  const before = await xLabels(page);
  await page.getByRole('button', { name: 'Zoom in' }).click();
  await page.getByRole('button', { name: 'Zoom in' }).click();
  await expect(page).toHaveURL(/from=\d{4}-\d{2}&to=\d{4}-\d{2}/);
  const after = await xLabels(page);
  expect(after).not.toEqual(before);
  const url = page.url();
  await page.reload();
  // Until its rows arrive the timeline shows the server's default drawing; then the linked view.
  await page.locator('llm-timeline[data-loaded]').waitFor({ state: 'attached' });
  expect(await xLabels(page)).toEqual(after);
  expect(page.url()).toBe(url);
  await page.getByRole('button', { name: 'Reset view' }).click();
  expect(await xLabels(page)).toEqual(before);
});

test('a focused mark shows its tooltip, and Enter opens the model page', async ({ page }) => {
  await page.goto('/timeline/');
  const mark = page.locator('llm-timeline svg [data-id="gpt-3"]');
  await mark.focus();
  const tooltip = page.locator('llm-timeline .chart-tooltip');
  await expect(tooltip).toBeVisible();
  await expect(tooltip).toContainText('GPT-3');
  await expect(tooltip).toContainText('OpenAI');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/models\/gpt-3\/$/);
});

test('clicking a mark navigates to its model', async ({ page }) => {
  await page.goto('/timeline/');
  await page.locator('llm-timeline svg [data-id="llama-65b"]').click({ force: true });
  await expect(page).toHaveURL(/\/models\/llama-65b\/$/);
});

test('filters and colour live in the URL, and the note counts what is not shown', async ({ page }) => {
  await page.goto('/timeline/');
  await page.getByRole('checkbox', { name: 'open-weights' }).check();
  await expect(page).toHaveURL(/access=open-weights/);
  await expect(page.locator('llm-timeline svg path.closed')).toHaveCount(0);
  await expect(page.locator('.chart-note')).toContainText('not shown: release date unknown');
  await expect(page.locator('.chart-note')).toContainText('filtered out');
  await page.getByLabel('Colour by').selectOption('access');
  await expect(page).toHaveURL(/color=access/);
});

test('the timeline colours by estimated training compute, a decade of FLOP per colour', async ({ page }) => {
  await page.goto('/timeline/');
  await page.getByLabel('Colour by').selectOption('compute');
  await expect(page).toHaveURL(/color=compute/);
  const legend = page.locator('llm-timeline .legend');
  await expect(legend).toContainText('10²⁴–10²⁵ FLOP');
  await expect(legend).toContainText('compute unknown');
  await expect(page.locator('.chart-note')).toContainText('6 × (active) parameters × training tokens');
  // Llama 3.1 405B: 6 × 405B × 15.6T ≈ 3.8e25 FLOP, the top class; GPT-3: 6 × 175B × 300B ≈ 3.2e23.
  const swatch = (label: string) => legend.locator('li', { hasText: label }).locator('.swatch').getAttribute('class');
  const top = (await swatch('10²⁵ FLOP or more'))!.split(' ').find((c) => /^c-\d$/.test(c))!;
  const mid = (await swatch('10²³–10²⁴ FLOP'))!.split(' ').find((c) => /^c-\d$/.test(c))!;
  await expect(page.locator('llm-timeline svg [data-id="llama-3.1-405b"]')).toHaveClass(new RegExp(`\\b${top}\\b`));
  await expect(page.locator('llm-timeline svg [data-id="gpt-3"]')).toHaveClass(new RegExp(`\\b${mid}\\b`));
  await page.reload();
  await expect(page.getByLabel('Colour by')).toHaveValue('compute');
});

test("the survey's figure mode shows the printed timeline", async ({ page }) => {
  await page.goto('/timeline/?mode=survey');
  await expect(page.locator('llm-timeline svg .figure-marks .mark')).toHaveCount(78);
  await expect(page.locator('llm-timeline svg .spine text').first()).toHaveText('2019');
  // What the figure does not use is not offered: no zoom help, no size filter, its own caption.
  await expect(page.locator('llm-timeline .chart-help')).toBeHidden();
  await expect(page.locator('llm-timeline fieldset', { hasText: 'Size (B)' })).toBeHidden();
  await expect(page.locator('llm-timeline figcaption')).toContainText("The survey's timeline figure as printed");
  await page.getByLabel('All models').check();
  await expect(page.locator('llm-timeline .chart-help')).toBeVisible();
});

test('SVG and PNG exports download valid files with the title and source', async ({ page }) => {
  await page.goto('/timeline/');
  const svgDownload = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export SVG' }).click();
  const svg = readFileSync(await (await svgDownload).path(), 'utf8');
  expect(svg.startsWith('<svg')).toBe(true);
  expect(svg).toContain('Large language models by release date and size');
  expect(svg).toContain('Source: LLM Atlas');
  const pngDownload = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export PNG' }).click();
  const png = readFileSync(await (await pngDownload).path());
  expect([...png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
});

for (const path of ['/timeline/', '/timeline/?mode=survey', '/', '/architectures/', '/training/', '/lineage/']) {
  test(`chart page ${path} passes axe with its chart drawn`, async ({ page }) => {
    await page.goto(path);
    await expect(page.locator('svg [data-id], svg rect.segment, svg a.node').first()).toBeAttached();
    const results = await new AxeBuilder({ page }).analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
  });
}

test('a design-convergence segment filters the architectures table to its year and choice', async ({ page }) => {
  await page.goto('/architectures/');
  const segment = page.locator('figure[data-choice="position_encoding"] a:has(rect[data-value="rope"])').last();
  const year = new URL((await segment.getAttribute('href'))!, 'http://x').searchParams.get('release_date')!.split('..')[0]!;
  expect(year).toMatch(/^\d{4}$/);
  await segment.focus();
  await expect(segment).toHaveAttribute('aria-label', /rope/);
  await page.keyboard.press('Enter');
  // The segment is a link: a navigation to the filtered table, which works without JavaScript too.
  await page.waitForURL(new RegExp(`\\?position_encoding=rope&release_date=${year}\\.\\.${year}#table$`));
  const shown = (col: string) => page.locator(`llm-table tbody tr td[data-col="${col}"]`).evaluateAll((tds) => tds.map((td) => (td as HTMLElement).dataset.v ?? ''));
  await expect.poll(async () => [...new Set(await shown('position_encoding'))]).toEqual(['rope']);
  // Exactly the models of that year with RoPE, as the data has them.
  const payload = (await (await page.request.get('/data/tables/explore.json')).json()) as {
    ids: string[];
    member: { architectures: string };
    columns: Record<string, { v: string[] }>;
  };
  const expected = payload.ids.filter(
    (_, i) => payload.member.architectures[i] === '1' && payload.columns.position_encoding!.v[i] === 'rope' && payload.columns.release_date!.v[i]!.startsWith(year),
  );
  expect(expected.length).toBeGreaterThan(3);
  const ids = await page.locator('llm-table tbody tr').evaluateAll((trs) => trs.map((tr) => (tr as HTMLElement).dataset.id));
  expect(ids.sort()).toEqual(expected.slice(0, 50).sort());
  // The filters it applied are in view, each removable.
  await expect(page.locator('llm-table .active-filters .chip')).toHaveCount(2);
});

test.describe('with JavaScript off', () => {
  test.use({ javaScriptEnabled: false });
  test('the design-convergence charts show their picture, drawn by the server', async ({ page }) => {
    await page.goto('/architectures/');
    const bars = page.locator('figure[data-choice="norm_type"] svg rect.segment');
    expect(await bars.count()).toBeGreaterThan(5);
    await expect(page.locator('figure[data-choice="norm_type"] .legend li').first()).toBeVisible();
  });
  for (const [path, marks] of [
    ['/timeline/', 'llm-timeline svg [data-id]'],
    ['/', 'llm-timeline svg [data-id]'],
    ['/training/', 'llm-scatter svg circle.mark'],
    ['/architectures/', 'llm-scatter svg circle.mark'],
    ['/models/bloomz/', 'llm-static-chart svg a.node'],
    ['/zh/timeline/', 'llm-timeline svg [data-id]'],
  ] as const) {
    test(`${path} shows its chart's marks, legend and note, drawn by the server`, async ({ page }) => {
      await page.goto(path);
      expect(await page.locator(marks).count()).toBeGreaterThan(path.startsWith('/models/') ? 1 : 20);
      const figure = page.locator(marks).first().locator('xpath=ancestor::figure[1]');
      if (!path.startsWith('/models/')) await expect(figure.locator('.chart-note')).not.toBeEmpty();
      await expect(figure.locator('.legend li').first()).toBeVisible();
    });
  }
});

test('the training scatter changes axes and scales, keeps them in the URL and reports its fit', async ({ page }) => {
  await page.goto('/training/');
  const chart = page.locator('llm-scatter');
  await expect(chart.locator('.chart-note')).toContainText('Fitted power law: y ∝ x^');
  await chart.locator('select[name="y"]').selectOption('batch_tokens');
  await expect(page).toHaveURL(/recipe\.y=batch_tokens/);
  await expect(chart.locator('.title-y')).toHaveText('Batch size (tokens, final) (log)');
  await chart.getByLabel('log x').uncheck();
  await expect(page).toHaveURL(/recipe\.xlog=0/);
  await expect(chart.locator('.chart-note')).toContainText('drawn on log–log axes');
  await page.reload();
  await expect(chart.locator('.title-y')).toHaveText('Batch size (tokens, final) (log)');
  await expect(chart.getByLabel('log x')).not.toBeChecked();
  const first = chart.locator('svg circle.mark').first();
  await first.focus();
  await expect(chart.locator('.chart-tooltip')).toBeVisible();
});

test('the lineage tree links each model to its page', async ({ page }) => {
  await page.goto('/models/bloomz/');
  const node = page.locator('llm-static-chart svg a.node.current');
  await expect(node).toHaveAttribute('aria-label', /this model/);
  await page.locator('llm-static-chart svg a.node:not(.current)').first().click();
  await expect(page).toHaveURL(/\/models\/bloom\/$/);
});

test('chart parameters the charts cannot use are named in their notes, and nothing throws', async ({ page }) => {
  const errors: Error[] = [];
  page.on('pageerror', (error) => errors.push(error));
  await page.goto('/timeline/?mode=__proto__&org=constructor&access=toString');
  await expect(page.locator('llm-timeline .chart-note')).toContainText('Not understood in the address: mode=__proto__, org=constructor, access=toString.');
  await page.goto('/training/?recipe.x=constructor&recipe.xlog=__proto__');
  await expect(page.locator('llm-scatter .chart-note')).toContainText('Not understood in the address: recipe.x=constructor, recipe.xlog=__proto__.');
  expect(errors).toEqual([]);
});

test("the second architecture scatter reuses the first one's points and redraws on its own", async ({ page }) => {
  await page.goto('/architectures/');
  const shape = page.locator('llm-scatter#shape-scatter');
  const before = await shape.locator('circle.mark').count();
  expect(before).toBeGreaterThan(50);
  await shape.locator('select[name="y"]').selectOption('attention_heads');
  await expect(page).toHaveURL(/shape\.y=attention_heads/);
  await expect(shape.locator('.title-y')).toHaveText(/^Attention heads/);
  await expect(page.locator('llm-scatter#context-scatter .title-y')).not.toHaveText(/^Attention heads/);
});
