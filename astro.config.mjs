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
      directives: ["default-src 'self'", "img-src 'self' data:", "object-src 'none'", "base-uri 'self'"],
    },
  },
  devToolbar: { enabled: false },
});
