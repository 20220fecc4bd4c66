import { fileURLToPath } from 'node:url';
import { defineConfig } from '@playwright/test';
import { findChromium } from '../../server/src/export/chromiumPath.mjs';
import { freshDataDir } from '../tempDataDir.ts';

/**
 * `npm run screenshots`: the README's pictures, taken from the demo workspace a first start seeds.
 * Its own port and empty data dir, so it never meets the e2e run's server; its one file is
 * `take.screenshots.ts`, which the e2e config (`*.spec.ts`) does not match.
 */
const repoRoot = fileURLToPath(new URL('../..', import.meta.url));

// Workers load this file again: the env keeps one port and one data dir for the whole run.
process.env.MINGA_SCREENSHOTS_PORT ??= '4395';
process.env.MINGA_SCREENSHOTS_DATA_DIR ??= freshDataDir();
const port = Number(process.env.MINGA_SCREENSHOTS_PORT);
const baseURL = `http://127.0.0.1:${port}`;

const chromium = findChromium();
if (!chromium) {
  throw new Error('No Chromium found: run `npm run setup:browser` (or apt-get install -y chromium), or set MINGA_CHROMIUM.');
}

export default defineConfig({
  testDir: '.',
  testMatch: 'take.screenshots.ts',
  workers: 1,
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 15_000 },
  reporter: [['list']],
  use: {
    baseURL,
    // The users' first language, on a laptop's screen.
    locale: 'fr-FR',
    timezoneId: 'Europe/Paris',
    viewport: { width: 1280, height: 800 },
    deviceScaleFactor: 1,
    launchOptions: {
      executablePath: chromium,
      // --lang: Chromium's own widgets (date and time fields) follow it, not the page's locale.
      args: ['--lang=fr-FR', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
    },
  },
  projects: [{ name: 'chromium', use: { browserName: 'chromium' } }],
  webServer: {
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
      MINGA_DATA_DIR: process.env.MINGA_SCREENSHOTS_DATA_DIR,
      MINGA_DEMO: '1',
      LOG_LEVEL: 'warn',
    },
  },
});
