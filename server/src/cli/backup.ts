import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { DB_FILE_NAME, isMingaDatabase, openDatabase } from '../storage/openDatabase.ts';

/** Writes a consistent copy of the database with SQLite's online backup, safe while a server writes. */
export async function backupDatabase(dataDir: string, outFile: string): Promise<{ file: string; bytes: number }> {
  const db = openDatabase(dataDir);
  try {
    const file = path.resolve(outFile);
    fs.mkdirSync(path.dirname(file), { recursive: true });
    const tmp = `${file}.partial`;
    await db.backup(tmp);
    fs.renameSync(tmp, file);
    return { file, bytes: fs.statSync(file).size };
  } finally {
    db.close();
  }
}

export class RestoreError extends Error {}

/** Checks that a file is a Minga database this version can read. */
export function checkBackupFile(file: string): void {
  let db: Database.Database | null = null;
  try {
    db = new Database(file, { readonly: true, fileMustExist: true });
    const ok = db.pragma('quick_check', { simple: true });
    if (ok !== 'ok' || !isMingaDatabase(db)) throw new RestoreError('not a Minga database');
  } catch {
    throw new RestoreError('not a Minga database');
  } finally {
    db?.close();
  }
}

/**
 * Replaces the data directory's database with a backup. The current one is kept beside it,
 * renamed, so a restore never destroys anything.
 */
export function restoreDatabase(dataDir: string, backupFile: string): { previous: string | null } {
  checkBackupFile(backupFile);
  fs.mkdirSync(dataDir, { recursive: true });
  const target = path.join(dataDir, DB_FILE_NAME);
  let previous: string | null = null;
  if (fs.existsSync(target)) {
    // Fold the WAL into the file first, so the kept copy is whole.
    const current = new Database(target);
    current.pragma('wal_checkpoint(TRUNCATE)');
    current.close();
    previous = `${target}.before-restore-${new Date().toISOString().replace(/[:.]/g, '-')}`;
    fs.renameSync(target, previous);
  }
  for (const suffix of ['-wal', '-shm']) fs.rmSync(`${target}${suffix}`, { force: true });
  fs.copyFileSync(backupFile, target);
  // Migrate a backup from an older Minga now rather than at the next start.
  openDatabase(dataDir).close();
  return { previous };
}
