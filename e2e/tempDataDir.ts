import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const PREFIX = 'minga-e2e-';
const STALE_AFTER_MS = 10 * 60_000;

function serverStillRuns(dir: string): boolean {
  try {
    const { pid } = JSON.parse(fs.readFileSync(path.join(dir, 'minga.pid'), 'utf8')) as { pid: number };
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/**
 * A new empty data dir for the test server. Playwright stops the server after every hook has run,
 * so a run cannot delete its own dir: instead each run deletes those of earlier, finished runs.
 */
export function freshDataDir(): string {
  const tmp = os.tmpdir();
  for (const name of fs.readdirSync(tmp)) {
    if (!name.startsWith(PREFIX)) continue;
    const dir = path.join(tmp, name);
    try {
      const age = Date.now() - fs.statSync(dir).mtimeMs;
      if (age > STALE_AFTER_MS && !serverStillRuns(dir)) fs.rmSync(dir, { recursive: true, force: true });
    } catch {
      // Another run removed it first.
    }
  }
  return fs.mkdtempSync(path.join(tmp, PREFIX));
}
