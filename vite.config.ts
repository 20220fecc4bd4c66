import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';

const serverPort = Number(process.env.PORT ?? 4321);
const backend = `http://127.0.0.1:${serverPort}`;
// In dev and preview, the Vite server forwards API and sync traffic to the Minga server.
const proxy = {
  '/api': backend,
  '/healthz': backend,
  '/sync': { target: backend.replace('http', 'ws'), ws: true },
};

export default defineConfig({
  root: 'apps/web',
  plugins: [react()],
  resolve: {
    // One copy of each in the bundle, whatever npm nests.
    dedupe: ['yjs', 'y-protocols', 'lib0', '@tiptap/core', '@tiptap/pm', 'react', 'react-dom'],
  },
  // The manifest lets scripts/check-route-weight.mjs weigh what each route loads first.
  build: { outDir: 'dist', emptyOutDir: true, chunkSizeWarningLimit: 1500, manifest: true },
  server: { port: 5173, proxy },
  preview: { proxy },
  test: {
    root: '.',
    include: ['packages/*/src/**/*.test.ts', 'packages/*/scripts/**/*.test.ts', 'server/test/**/*.test.ts', 'apps/web/src/**/*.test.ts'],
    // Bounds for stuck tests, not measures: integration tests start servers, processes and Chromium.
    testTimeout: 60000,
    hookTimeout: 60000,
  },
});
