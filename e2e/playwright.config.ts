import { fileURLToPath } from 'node:url';
import { defineConfig } from '@playwright/test';
import { findChromium } from '../server/src/export/chromiumPath.mjs';
import { freshDataDir } from './tempDataDir.ts';

const repoRoot = fileURLToPath(new URL('..', import.meta.url));

// Workers load this file again: the env keeps one port and one data dir for the whole run.
process.env.MINGA_E2E_PORT ??= '4391';
process.env.MINGA_E2E_DATA_DIR ??= freshDataDir();
const port = Number(process.env.MINGA_E2E_PORT);
const baseURL = `http://127.0.0.1:${port}`;

// check-browser.mjs fails the run first when none is found; this message is for direct runs.
const chromium = findChromium();
if (!chromium) {
  throw new Error('No Chromium found: run `npm run setup:browser` (or apt-get install -y chromium), or set MINGA_CHROMIUM.');
}

export default defineConfig({
  testDir: '.',
  testMatch: '*.spec.ts',
  fullyParallel: false,
  workers: 2,
  forbidOnly: Boolean(process.env.CI),
  retries: 0,
  timeout: 30_000,
  expect: { timeout: 10_000 },
  reporter: process.env.CI ? [['list'], ['html', { open: 'never' }]] : [['list']],
  use: {
    baseURL,
    locale: 'en-US',
    trace: 'retain-on-failure',
    launchOptions: {
      executablePath: chromium,
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
      ],
    },
  },
  projects: [{ name: 'chromium', use: { browserName: 'chromium' } }],
  webServer: {
    // The real server, on the web app built by `vite build` (npm run test:e2e does it first).
    command: 'node --import tsx server/src/cli.ts serve',
    cwd: repoRoot,
    url: `${baseURL}/healthz`,
    reuseExistingServer: false,
    timeout: 60_000,
    stdout: 'ignore',
    stderr: 'pipe',
    gracefulShutdown: { signal: 'SIGTERM', timeout: 5_000 },
    env: {
      PORT: String(port),
      HOST: '127.0.0.1',
      MINGA_DATA_DIR: process.env.MINGA_E2E_DATA_DIR,
      LOG_LEVEL: 'warn',
    },
  },
});
