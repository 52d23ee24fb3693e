import { expect, test } from '@playwright/test';

// One page of each kind, in both languages.
const PAGES = [
  '/',
  '/models/',
  '/models/page/2/',
  '/explore/?activation=swiglu&attention_kind=gqa&position_encoding=rope&release_date=2024..',
  '/architectures/',
  '/training/',
  '/models/deepseek-v3/',
  '/compare/?models=llama-7b,llama-2-7b,gpt-3',
  '/timeline/',
  '/lineage/',
  '/surveys/zhao-2023/',
  '/guide/adaptation/',
  '/data/',
  '/contribute/',
];

/** Every page type, in both languages, fits the viewport's width. */
function noSidewaysScroll() {
  for (const path of [...PAGES, ...PAGES.map((p) => `/zh${p}`)]) {
    test(`${path} does not scroll sideways`, async ({ page }) => {
      await page.goto(path);
      const [scroll, client] = await page.evaluate(() => [document.documentElement.scrollWidth, document.documentElement.clientWidth]);
      expect(scroll).toBeLessThanOrEqual(client);
    });
  }
}

test.describe('on a 390 px phone', () => {
  test.use({ viewport: { width: 390, height: 844 } });
  noSidewaysScroll();

  for (const path of ['/explore/', '/zh/architectures/', '/training/']) {
    test(`${path}: the table scrolls in its own box and its name column takes at most 40 % of it`, async ({ page }) => {
      await page.goto(path);
      const box = page.locator('llm-table .table-scroll');
      const [boxWidth, nameWidth, scrolls] = await box.evaluate((el) => [
        el.clientWidth,
        el.querySelector('thead th[data-col="name"]')!.getBoundingClientRect().width,
        el.scrollWidth > el.clientWidth,
      ]);
      expect(scrolls).toBe(true);
      expect(nameWidth).toBeLessThanOrEqual(boxWidth * 0.4);
    });
  }

  for (const path of ['/compare/?models=llama-7b,llama-2-7b,gpt-3', '/zh/compare/bloomz/bloom/']) {
    test(`${path}: the field column takes at most 40 % of the comparison, groups head their fields`, async ({ page }) => {
      await page.goto(path);
      const box = page.locator('.table-scroll').filter({ has: page.locator('table.compare') });
      const [boxWidth, fieldWidth] = await box.evaluate((el) => [el.clientWidth, el.querySelector('thead th')!.getBoundingClientRect().width]);
      expect(fieldWidth).toBeLessThanOrEqual(boxWidth * 0.4);
      expect(await box.locator('tr.group th[scope="colgroup"]').count()).toBeGreaterThanOrEqual(2);
    });
  }

  for (const path of ['/', '/timeline/', '/architectures/', '/training/', '/lineage/', '/models/mistral-small-3.1/', '/zh/timeline/', '/zh/architectures/', '/zh/lineage/']) {
    test(`${path}: every chart is laid out for the phone, its text at 11 px or more`, async ({ page }) => {
      await page.goto(path);
      const frames = page.locator('.chart-frame');
      const n = await frames.count();
      expect(n).toBeGreaterThan(0);
      for (let i = 0; i < n; i++) {
        const frame = frames.nth(i);
        await frame.scrollIntoViewIfNeeded();
        // The scripts redraw a chart for its frame once it is in view.
        await expect
          .poll(() =>
            frame.evaluate((el) => {
              const sizes = [...el.querySelectorAll<SVGTextElement>('svg text')]
                .filter((t) => t.getBBox().width > 0 && t.closest('[display="none"]') === null)
                .map((t) => {
                  // The scale of the text on screen, rotated labels too.
                  const m = t.getScreenCTM();
                  return parseFloat(getComputedStyle(t).fontSize) * (m ? Math.hypot(m.a, m.b) : 1);
                });
              return sizes.length === 0 ? 99 : Math.min(...sizes);
            }),
          )
          .toBeGreaterThanOrEqual(10.9);
      }
    });
  }

  test('the timeline pans sideways by touch and leaves vertical scrolling to the page', async ({ browser }) => {
    const context = await browser.newContext({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });
    const page = await context.newPage();
    await page.goto('/timeline/');
    const svg = page.locator('llm-timeline .chart-frame svg');
    await expect(svg).toHaveCSS('touch-action', 'pan-y');
    await page.getByRole('button', { name: 'Zoom in' }).click();
    await expect(page).toHaveURL(/from=/);
    const before = new URL(page.url()).searchParams.get('from');
    await svg.evaluate((el) => {
      const box = el.getBoundingClientRect();
      const at = (x: number) => new Touch({ identifier: 1, target: el, clientX: x, clientY: box.top + box.height / 2 });
      const fire = (type: string, x: number) =>
        el.dispatchEvent(
          new TouchEvent(type, {
            bubbles: true,
            cancelable: true,
            touches: type === 'touchend' ? [] : [at(x)],
            targetTouches: type === 'touchend' ? [] : [at(x)],
            changedTouches: [at(x)],
          }),
        );
      fire('touchstart', box.left + 250);
      for (let x = 240; x >= 100; x -= 20) fire('touchmove', box.left + x);
      fire('touchend', box.left + 100);
    });
    // Dragged to the left: the window moves later in time.
    await expect.poll(() => new URL(page.url()).searchParams.get('from')).not.toBe(before);
    expect(new URL(page.url()).searchParams.get('from')! > before!).toBe(true);
    await context.close();
  });

  test('the header is short: the links sit behind "Menu", which opens and closes without a script', async ({ browser }) => {
    const context = await browser.newContext({ viewport: { width: 390, height: 844 }, javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto('/architectures/');
    const header = page.locator('header.site-header');
    expect((await header.boundingBox())!.height).toBeLessThan(110);
    await expect(page.locator('.nav-links')).toBeHidden();
    await expect(header.getByRole('link', { name: 'Training' })).toBeHidden();
    await header.getByText('Menu', { exact: true }).click();
    await header.getByRole('link', { name: 'Training' }).click();
    await expect(page).toHaveURL(/\/training\/$/);
    await context.close();
  });
});

test.describe('at 1366 px', () => {
  test.use({ viewport: { width: 1366, height: 900 } });
  noSidewaysScroll();
  for (const path of ['/architectures/', '/zh/architectures/']) {
    test(`${path}: the header is one line, and the theme control says what it does`, async ({ page }) => {
      await page.goto(path);
      const boxes = await page
        .locator('.site-header nav > :is(a, ul, llm-search, llm-theme)')
        .evaluateAll((els) => els.filter((e) => (e as HTMLElement).offsetParent !== null).map((e) => e.getBoundingClientRect().top));
      expect(Math.max(...boxes) - Math.min(...boxes)).toBeLessThan(12);
      await expect(page.locator('.nav-menu')).toBeHidden();
      const theme = page.locator('llm-theme button');
      await expect(theme).toHaveText(path.startsWith('/zh/') ? '◐ 主题：跟随系统' : '◐ Theme: system');
      await theme.click();
      await expect(theme).toHaveText(path.startsWith('/zh/') ? /主题：浅色/ : '◐ Theme: light');
    });
  }
});
