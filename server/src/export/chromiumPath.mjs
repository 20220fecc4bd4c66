// Where Minga finds Chromium: for PDF export on the server, and for the browser tests
// (e2e/playwright.config.ts, e2e/check-browser.mjs). Plain JavaScript so both can load it.
import fs from 'node:fs';
import path from 'node:path';

const CANDIDATES = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/snap/bin/chromium'];
const NAMES_ON_PATH = ['chromium', 'chromium-browser'];

function isExecutable(file) {
  try {
    fs.accessSync(file, fs.constants.X_OK);
    return fs.statSync(file).isFile();
  } catch {
    return false;
  }
}

/**
 * The Chromium executable to drive: `MINGA_CHROMIUM` when set (and nothing else then),
 * otherwise Debian's `/usr/bin/chromium` or another usual place. Null when none is found.
 */
export function findChromium(env = process.env) {
  if (env.MINGA_CHROMIUM) return isExecutable(env.MINGA_CHROMIUM) ? env.MINGA_CHROMIUM : null;
  for (const file of CANDIDATES) if (isExecutable(file)) return file;
  for (const dir of (env.PATH ?? '').split(path.delimiter).filter(Boolean)) {
    for (const name of NAMES_ON_PATH) {
      const file = path.join(dir, name);
      if (isExecutable(file)) return file;
    }
  }
  return null;
}
