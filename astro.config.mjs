// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';

// The one inline script (src/scripts/boot.js) runs before first paint. Its hash goes into the
// CSP so the policy needs no 'unsafe-inline'.
const boot = readFileSync(new URL('./src/scripts/boot.js', import.meta.url), 'utf8');
/** @type {`sha256-${string}`} */
const bootHash = `sha256-${createHash('sha256').update(boot).digest('base64')}`;

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
});
