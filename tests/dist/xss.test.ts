import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { buildSite, serve } from './helpers.ts';

const PAYLOAD = '<img src=x onerror=alert(1)>';
let url = '';
let close = () => {};

beforeAll(async () => {
  const out = mkdtempSync(join(tmpdir(), 'atlas-xss-'));
  const build = buildSite(out, 'tests/fixtures/xss-data');
  expect(build.status, build.output).toBe(0);
  const served = await serve(out);
  url = served.url;
  close = () => served.server.close();
});
afterAll(() => close());

test('a model whose every text field is markup renders that markup as text, and no script runs', async () => {
  const browser = await chromium.launch({
    executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--no-first-run'],
  });
  try {
    const page = await browser.newPage();
    const dialogs: string[] = [];
    page.on('dialog', async (d) => {
      dialogs.push(d.message());
      await d.dismiss();
    });
    for (const path of ['/models/', '/models/base-7b/', '/architectures/', '/training/', '/surveys/s-2023/', '/compare/?models=base-7b,chat-7b', '/compare/chat-7b/base-7b/', '/timeline/', '/timeline/?mode=survey', '/']) {
      await page.goto(url + path);
      await page.waitForLoadState('networkidle');
      await page.locator('svg [data-id]').first().hover({ timeout: 500 }).catch(() => {});
      expect(await page.locator('img[src="x"]').count(), path).toBe(0);
      if (!['/', '/timeline/', '/timeline/?mode=survey'].includes(path)) {
        await expect.poll(() => page.getByText(PAYLOAD, { exact: true }).filter({ visible: true }).count(), { message: path }).toBeGreaterThan(0);
      }
    }
    expect(dialogs).toEqual([]);
  } finally {
    await browser.close();
  }
});
