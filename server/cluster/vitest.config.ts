import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

// `npm run test:cluster`: the storage suite on Postgres and the multi-node tests, against the real
// Postgres and Redis named by MINGA_TEST_DATABASE_URL and MINGA_TEST_REDIS_URL.
export default defineConfig({
  test: {
    root: fileURLToPath(new URL('../..', import.meta.url)),
    include: ['server/cluster/**/*.test.ts'],
    globalSetup: ['server/cluster/globalSetup.ts'],
    // Bounds for stuck tests, not measures: some tests start server processes.
    testTimeout: 60000,
    hookTimeout: 60000,
  },
});
