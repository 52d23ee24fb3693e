/// <reference types="vitest/config" />
import { getViteConfig } from 'astro/config';

// getViteConfig lets tests render .astro components with the container API.
export default getViteConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    exclude: ['tests/e2e/**', 'tests/dist/**'],
    testTimeout: 120_000,
    // A zone far from UTC, so nothing in the output may depend on the machine's time zone.
    env: { TZ: 'Pacific/Chatham' },
  },
});
