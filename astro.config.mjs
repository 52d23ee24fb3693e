// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { dataDirectory } from './src/site/data-directory.ts';

// The one inline script (src/scripts/boot.js) runs before first paint. Its hash goes into the
// CSP so the policy needs no 'unsafe-inline'.
const boot = readFileSync(new URL('./src/scripts/boot.js', import.meta.url), 'utf8');
/** @type {`sha256-${string}`} */
const bootHash = `sha256-${createHash('sha256').update(boot).digest('base64')}`;

/**
 * The site model (src/site/site-model.ts) reads the CSVs with node:fs, which Vite cannot see.
 * This plugin gives it a virtual import whose watch files are every CSV in the data folder, so in
 * `npm run dev` an edited CSV invalidates the model and the next page load shows the change.
 */
function dataFiles() {
  const id = 'virtual:llm-atlas/data-files';
  const resolved = `\0${id}`;
  /** @param {string} dir @returns {string[]} */
  const csvFiles = (dir) =>
    readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? csvFiles(join(dir, e.name)) : e.name.endsWith('.csv') ? [join(dir, e.name)] : []));
  return {
    name: 'llm-atlas-data-files',
    /** @param {string} source */
    resolveId: (source) => (source === id ? resolved : undefined),
    /** @this {{ addWatchFile(file: string): void }} @param {string} source */
    load(source) {
      if (source !== resolved) return undefined;
      for (const file of csvFiles(dataDirectory(process.cwd()).dir)) this.addWatchFile(file);
      return 'export {};';
    },
  };
}

export default defineConfig({
  site: 'https://llm-atlas.github.io',
  base: '/',
  trailingSlash: 'always',
  integrations: [mdx()],
  // English at /, Simplified Chinese at /zh/ (pages in src/pages/zh/ mirror src/pages/).
  i18n: { locales: ['en', 'zh'], defaultLocale: 'en', routing: { prefixDefaultLocale: false } },
  build: { format: 'directory', concurrency: 8 },
  security: {
    csp: {
      scriptDirective: { hashes: [bootHash] },
      directives: ["default-src 'self'", "img-src 'self' data: blob:", "object-src 'none'", "base-uri 'self'"],
    },
  },
  // Shiki's inline styles would need 'unsafe-inline' under the CSP; code blocks stay plain.
  markdown: { syntaxHighlight: false },
  devToolbar: { enabled: false },
  vite: { plugins: [dataFiles()] },
});
