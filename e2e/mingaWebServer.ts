import { fileURLToPath } from 'node:url';
import type { LaunchOptions, PlaywrightTestConfig } from '@playwright/test';
import { findChromium } from '../server/src/export/chromiumPath.mjs';

/**
 * What the e2e run (playwright.config.ts) and the screenshots (screenshots/playwright.config.ts)
 * share: the system Chromium, and the real Minga server started as `npm start` does.
 */

const repoRoot = fileURLToPath(new URL('..', import.meta.url));

/** One entry of a config's `webServer` (Playwright does not export its name). */
type WebServer = Exclude<NonNullable<PlaywrightTestConfig['webServer']>, readonly unknown[]>;

/** Chromium flags for a machine without a display or a user: no sandbox, GPU or background traffic. */
const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];

/** The system Chromium with CHROMIUM_ARGS (and `extraArgs` first); throws with what to do when none is found. */
export function chromiumLaunchOptions(extraArgs: readonly string[] = []): LaunchOptions {
  // check-browser.mjs fails an npm run first when none is found; this message is for direct runs.
  const chromium = findChromium();
  if (!chromium) {
    throw new Error('No Chromium found: run `npm run setup:browser` (or apt-get install -y chromium), or set MINGA_CHROMIUM.');
  }
  return { executablePath: chromium, args: [...extraArgs, ...CHROMIUM_ARGS] };
}

/**
 * The real server as `npm start` runs it (built to `server/dist/`, rebuilt first when its sources
 * changed), on the web app `vite build` made, on 127.0.0.1:`port` with its own data dir; `env`
 * adds to its environment (MINGA_DEMO…).
 */
export function mingaWebServer(port: number, dataDir: string, env: Record<string, string> = {}): WebServer {
  return {
    command: 'node scripts/build-if-needed.mjs --server && node --max-semi-space-size=4 server/dist/cli.mjs serve',
    cwd: repoRoot,
    url: `http://127.0.0.1:${port}/healthz`,
    reuseExistingServer: false,
    timeout: 60_000,
    stdout: 'ignore',
    stderr: 'pipe',
    gracefulShutdown: { signal: 'SIGTERM', timeout: 5_000 },
    env: { PORT: String(port), HOST: '127.0.0.1', MINGA_DATA_DIR: dataDir, LOG_LEVEL: 'warn', ...env },
  };
}
