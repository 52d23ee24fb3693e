/**
 * `npm run bench` — scale benchmark on synthetic data (seeded): validation and build time at
 * 1,000 and 10,000 models, the build-time ratio, filter/sort time per keystroke on /models/ and
 * the timeline's draw and pan time in Chromium. Medians of several runs; prints a table and the
 * targets. Not part of `npm test` (timings on shared machines are noisy).
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { serve } from '../tests/dist/helpers.ts';

const node = process.execPath;
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const timed = (args: string[], env: Record<string, string> = {}) => {
  const start = performance.now();
  // A 10k build logs every page: a large buffer keeps the log from cutting the build short.
  const r = spawnSync(node, args, { encoding: 'utf8', maxBuffer: 512 * 1024 * 1024, env: { ...process.env, ...env } });
  if (r.status !== 0) throw new Error(`${args.join(' ')} failed:\n${r.stdout}\n${r.stderr}`);
  return (performance.now() - start) / 1000;
};

const work = mkdtempSync(join(tmpdir(), 'atlas-bench-'));
const rows: [string, string, string][] = [];
const results: Record<string, number> = {};
try {
  for (const n of [1000, 10000]) {
    const data = join(work, `data-${n}`);
    timed(['scripts/generate-synthetic.ts', '--out', data, '--models', String(n)]);
    results[`validate ${n}`] = median(Array.from({ length: 5 }, () => timed(['scripts/validate.ts', '--data', data])));
    const out = join(work, `dist-${n}`);
    results[`build ${n}`] = median(Array.from({ length: n > 1000 ? 1 : 3 }, () => timed(['node_modules/astro/bin/astro.mjs', 'build', '--outDir', out], { LLM_ATLAS_DATA: data })));
  }
  const { url, server } = await serve(join(work, 'dist-10000'));
  const browser = await chromium.launch({ executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'] });
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(`${url}/models/`);
    // The table fetches every row the first time a control is used: do that, and time what a
    // reader feels from then on.
    await page.locator('llm-table input[type="search"]').focus();
    await page.locator('llm-table fieldset.facet').first().waitFor({ state: 'attached' });
    // Five passes of a typing sequence (45 keystrokes), then three sort clicks, timed apart: a
    // median of a dozen mixed samples moved by several milliseconds between runs.
    const { keystrokes, sorts } = await page.evaluate(() => {
      const input = document.querySelector<HTMLInputElement>('llm-table input[type="search"]')!;
      const keystrokes: number[] = [];
      for (let pass = 0; pass < 5; pass++) {
        for (const text of ['s', 'sy', 'syn', 'synt', 'synthetic 1', 'synthetic 12', 'synthetic 1', 'synthetic', '']) {
          const t = performance.now();
          input.value = text;
          input.dispatchEvent(new Event('input'));
          keystrokes.push(performance.now() - t);
        }
      }
      // Five cycles of ascending, descending and back to unsorted; the clicks that sort are timed
      // (the third only restores the server's page).
      const sorts: number[] = [];
      for (let i = 0; i < 15; i++) {
        const sort = document.querySelector<HTMLButtonElement>('th[data-col="params_billion"] button.sort')!;
        const t = performance.now();
        sort.click();
        if (i % 3 !== 2) sorts.push(performance.now() - t);
      }
      return { keystrokes, sorts };
    });
    results['keystroke ms'] = median(keystrokes);
    results['sort ms'] = median(sorts);
    results['keystroke max ms'] = Math.max(...keystrokes);
    // The first click sorts a column whose order may not have been prepared yet.
    results['first sort ms'] = sorts[0]!;
    results['sort max ms'] = Math.max(...sorts);
    await page.goto(`${url}/timeline/`);
    // The timeline draws from its rows once they have been fetched.
    await page.locator('llm-timeline[data-loaded]').waitFor({ state: 'attached' });
    const timeline = await page.evaluate(() => {
      const el = document.querySelector('llm-timeline') as HTMLElement & { render(): void };
      const draw: number[] = [];
      for (let i = 0; i < 7; i++) {
        const t = performance.now();
        el.render();
        draw.push(performance.now() - t);
      }
      return draw;
    });
    results['timeline draw ms'] = median(timeline);
    await page.getByRole('button', { name: 'Zoom in' }).click();
    await page.getByRole('button', { name: 'Zoom in' }).click();
    // Each pointer move of a drag runs the zoom handler once; time that handler, synchronously.
    const pan = await page.evaluate(() => {
      const el = document.querySelector('llm-timeline') as HTMLElement & { panBy(px: number): void };
      const times: number[] = [];
      for (let i = 0; i < 30; i++) {
        const t = performance.now();
        el.panBy(i % 10 < 5 ? 8 : -8);
        times.push(performance.now() - t);
      }
      return times;
    });
    results['pan frame ms'] = median(pan);
  } finally {
    await browser.close();
    server.close();
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}

const ratio = results['build 10000']! / results['build 1000']!;
rows.push(
  ['validation, 1,000 models', `${results['validate 1000']!.toFixed(2)} s`, ''],
  ['validation, 10,000 models', `${results['validate 10000']!.toFixed(2)} s`, '≤ 2 s'],
  ['build, 1,000 models', `${results['build 1000']!.toFixed(1)} s`, ''],
  ['build, 10,000 models', `${results['build 10000']!.toFixed(1)} s`, '≤ 60 s'],
  ['build ratio 10k / 1k', ratio.toFixed(1), '≤ 10 (linear)'],
  ['filter per keystroke, 10k rows (median of 45)', `${results['keystroke ms']!.toFixed(1)} ms`, '≤ 16 ms'],
  ['sort per click, 10k rows (median of 10)', `${results['sort ms']!.toFixed(1)} ms`, '≤ 16 ms'],
  ['filter per keystroke, 10k rows (worst)', `${results['keystroke max ms']!.toFixed(1)} ms`, ''],
  ['first sort of a column, 10k rows', `${results['first sort ms']!.toFixed(1)} ms`, ''],
  ['sort per click, 10k rows (worst)', `${results['sort max ms']!.toFixed(1)} ms`, ''],
  ['timeline draw, 10k models (median)', `${results['timeline draw ms']!.toFixed(1)} ms`, '≤ 200 ms'],
  ['timeline pan step, 10k models (median JS)', `${results['pan frame ms']!.toFixed(1)} ms (≤ 20 ms = 50 fps)`, '≥ 50 fps'],
);
const width = Math.max(...rows.map((r) => r[0].length));
for (const [name, value, target] of rows) console.log(`${name.padEnd(width)}  ${value.padStart(16)}  ${target}`);
