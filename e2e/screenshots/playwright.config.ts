import { defineConfig } from '@playwright/test';
import { chromiumLaunchOptions, mingaWebServer } from '../mingaWebServer.ts';
import { freshDataDir } from '../tempDataDir.ts';

/**
 * `npm run screenshots`: the README's pictures, taken from the demo workspace a first start seeds.
 * Its own port and empty data dir, so it never meets the e2e run's server; its one file is
 * `take.screenshots.ts`, which the e2e config (`*.spec.ts`) does not match.
 */

// Workers load this file again: the env keeps one port and one data dir for the whole run.
process.env.MINGA_SCREENSHOTS_PORT ??= '4395';
const dataDir = (process.env.MINGA_SCREENSHOTS_DATA_DIR ??= freshDataDir());
const port = Number(process.env.MINGA_SCREENSHOTS_PORT);
const baseURL = `http://127.0.0.1:${port}`;

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
    // --lang: Chromium's own widgets (date and time fields) follow it, not the page's locale.
    launchOptions: chromiumLaunchOptions(['--lang=fr-FR']),
  },
  projects: [{ name: 'chromium', use: { browserName: 'chromium' } }],
  webServer: mingaWebServer(port, dataDir, { MINGA_DEMO: '1' }),
});
