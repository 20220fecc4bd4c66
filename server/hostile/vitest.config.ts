import { defineConfig } from 'vitest/config';

/** `npm run test:hostile`: the hostile-input suite, apart from `npm run test:unit` (it runs minutes, not seconds). */
export default defineConfig({
  test: {
    root: '.',
    include: ['server/hostile/**/*.test.ts'],
    // One file at a time: each starts a real server and measures its memory.
    fileParallelism: false,
    testTimeout: 600_000,
    hookTimeout: 120_000,
  },
});
