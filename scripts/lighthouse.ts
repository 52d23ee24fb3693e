/**
 * `npm run lighthouse` — Lighthouse scores (performance, accessibility, best practices, SEO) for
 * each page type of the built site in dist/, with the mobile and desktop presets, in the system
 * Chromium. Run `npm run build` first. Not part of `npm test`. Pages are served gzip-compressed,
 * as static hosts serve them; `LIGHTHOUSE_UNCOMPRESSED=1` serves the raw bytes instead.
 *
 * `npm run lighthouse -- --10k` measures a build of 10,000 synthetic models instead (the bench's
 * seeded generator; built into a temporary folder, which takes about a minute): the explorer
 * and its presets, the home page, the timeline and a model page, mobile and desktop.
 */
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import desktopConfig from 'lighthouse/core/config/desktop-config.js';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { serve } from '../tests/dist/helpers.ts';

const ALL_PAGES = [
  '/',
  '/models/',
  '/models/gpt-3/',
  '/architectures/',
  '/training/',
  '/timeline/',
  '/lineage/',
  '/compare/?models=llama-7b,llama-2-7b',
  '/surveys/zhao-2023/',
  '/data/',
  '/zh/',
  '/zh/models/',
  '/zh/models/gpt-3/',
  '/zh/architectures/',
  '/zh/timeline/',
  '/zh/data/',
];
const TEN_K = process.argv.includes('--10k');
const TEN_K_PAGES = ['/explore/', '/models/', '/architectures/', '/training/', '/', '/timeline/', '/models/synthetic-05000/', '/zh/models/'];
const args = process.argv.slice(2).filter((a) => a !== '--10k');
/** Pages to check: the arguments, or every page type. */
const PAGES = args.length > 0 ? args : TEN_K ? TEN_K_PAGES : ALL_PAGES;

/** The folder to serve: dist/, or a fresh build of 10,000 synthetic models. */
function siteDir(): { dir: string; cleanup: () => void } {
  if (!TEN_K) return { dir: `${process.cwd()}/dist`, cleanup: () => {} };
  const work = mkdtempSync(join(tmpdir(), 'atlas-lighthouse-'));
  const run = (argv: string[], env: Record<string, string> = {}) => {
    const r = spawnSync(process.execPath, argv, { encoding: 'utf8', maxBuffer: 512 * 1024 * 1024, env: { ...process.env, ...env } });
    if (r.status !== 0) throw new Error(`${argv.join(' ')} failed:\n${r.stdout.slice(-2000)}\n${r.stderr.slice(-2000)}`);
  };
  console.log('building 10,000 synthetic models…');
  run(['scripts/generate-synthetic.ts', '--out', join(work, 'data'), '--models', '10000']);
  run(['node_modules/astro/bin/astro.mjs', 'build', '--outDir', join(work, 'dist')], { LLM_ATLAS_DATA: join(work, 'data') });
  return { dir: join(work, 'dist'), cleanup: () => rmSync(work, { recursive: true, force: true }) };
}
const site = siteDir();
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;

const { url, server } = await serve(site.dir, { compress: process.env.LIGHTHOUSE_UNCOMPRESSED !== '1' });
const chrome = await chromeLauncher.launch({
  chromePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
  chromeFlags: [
    '--headless=new',
    '--no-sandbox',
    '--disable-gpu',
    '--disable-dev-shm-usage',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
    '--disable-quic',
  ],
});
const lines: string[] = [];
let lowest = 100;
try {
  for (const preset of ['mobile', 'desktop'] as const) {
    for (const path of PAGES) {
      const result = await lighthouse(
        url + path,
        { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: [...CATEGORIES] },
        preset === 'desktop' ? desktopConfig : undefined,
      );
      const scores = CATEGORIES.map((c) => Math.round((result?.lhr.categories[c]?.score ?? 0) * 100));
      lowest = Math.min(lowest, ...scores);
      lines.push(`${preset.padEnd(8)} ${path.padEnd(40)} ${scores.map((s) => String(s).padStart(4)).join('')}`);
      const metrics = ['largest-contentful-paint', 'cumulative-layout-shift', 'total-blocking-time']
        .map(
          (id) =>
            `${id
              .split('-')
              .map((w) => w[0])
              .join('')
              .toUpperCase()} ${result?.lhr.audits[id]?.displayValue ?? '?'}`,
        )
        .join(', ');
      if (scores[0]! < 100) lines.push(`         ↳ ${metrics}`);
      const failing = Object.values(result?.lhr.audits ?? {}).filter((a) => a.score !== null && a.score < 0.9 && a.scoreDisplayMode === 'binary');
      for (const a of failing.slice(0, 3)) {
        lines.push(`         ↳ ${a.id}: ${a.title}`);
        const items = ((a.details as { items?: { node?: { snippet?: string } }[] } | undefined)?.items ?? []).slice(0, 3);
        for (const item of items) if (item.node?.snippet) lines.push(`             ${item.node.snippet.slice(0, 110)}`);
      }
    }
  }
} finally {
  chrome.kill();
  server.close();
  site.cleanup();
}
console.log(`${'preset'.padEnd(8)} ${'page'.padEnd(40)} perf a11y  bp  seo`);
for (const line of lines) console.log(line);
console.log(`lowest score: ${lowest}`);
