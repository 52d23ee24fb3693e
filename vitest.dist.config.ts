import { defineConfig } from 'vitest/config';

// Tests of the built site in dist/ (run after `npm run build`) and of builds they make themselves.
export default defineConfig({
  test: {
    include: ['tests/dist/**/*.test.ts'],
    testTimeout: 300_000,
    hookTimeout: 300_000,
    fileParallelism: false,
    env: { TZ: 'Pacific/Chatham' },
  },
});
