import fs from 'node:fs';
import path from 'node:path';

const PID_FILE = 'minga.pid';

/** Records that a server runs on this data directory, so `restore` can refuse to pull the rug. */
export function writePidFile(dataDir: string, port: number): void {
  fs.writeFileSync(path.join(dataDir, PID_FILE), JSON.stringify({ pid: process.pid, port }));
}

export function removePidFile(dataDir: string): void {
  try {
    const file = path.join(dataDir, PID_FILE);
    const { pid } = JSON.parse(fs.readFileSync(file, 'utf8')) as { pid: number };
    if (pid === process.pid) fs.unlinkSync(file);
  } catch {
    // Already gone.
  }
}

/** The pid of a live server on this data directory, if any. */
export function runningServerPid(dataDir: string): number | null {
  try {
    const { pid } = JSON.parse(fs.readFileSync(path.join(dataDir, PID_FILE), 'utf8')) as { pid: number };
    process.kill(pid, 0);
    return pid;
  } catch {
    return null;
  }
}
