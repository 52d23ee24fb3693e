// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';

export default defineConfig({
  site: 'https://llm-atlas.github.io',
  base: '/',
  trailingSlash: 'always',
  integrations: [mdx()],
  build: { format: 'directory' },
  security: {
    csp: {
      directives: ["default-src 'self'", "img-src 'self' data: blob:", "object-src 'none'", "base-uri 'self'"],
    },
  },
  // Shiki's inline styles would need 'unsafe-inline' under the CSP; code blocks stay plain.
  markdown: { syntaxHighlight: false },
  devToolbar: { enabled: false },
});
