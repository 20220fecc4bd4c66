import { defineConfig } from '@playwright/test';
import { chromiumLaunchOptions, mingaWebServer } from './mingaWebServer.ts';
import { freshDataDir } from './tempDataDir.ts';

// Workers load this file again: the env keeps one port and one data dir for the whole run.
process.env.MINGA_E2E_PORT ??= '4391';
const dataDir = (process.env.MINGA_E2E_DATA_DIR ??= freshDataDir());
const port = Number(process.env.MINGA_E2E_PORT);
const baseURL = `http://127.0.0.1:${port}`;

export default defineConfig({
  testDir: '.',
  testMatch: '*.spec.ts',
  fullyParallel: false,
  // One test at a time: most specs drive two browsers against the server on a 2-core machine, and
  // two such tests at once starved each other past their timeouts.
  workers: 1,
  forbidOnly: Boolean(process.env.CI),
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: process.env.CI ? [['list'], ['html', { open: 'never' }]] : [['list']],
  use: {
    baseURL,
    locale: 'en-US',
    trace: 'retain-on-failure',
    launchOptions: chromiumLaunchOptions(),
  },
  projects: [{ name: 'chromium', use: { browserName: 'chromium' } }],
  // The real server, on the web app built by `vite build` (npm run test:e2e does it first).
  webServer: mingaWebServer(port, dataDir),
});
