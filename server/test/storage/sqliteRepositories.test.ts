import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { openDatabase } from '../../src/storage/openDatabase.ts';
import { sqliteRepositories } from '../../src/storage/openRepositories.ts';
import type { RepoHarness } from './repoHarness.ts';
import { workspaceRepoSuite } from './workspaceRepoSuite.ts';
import { historyRepoSuite } from './historyRepoSuite.ts';
import { contentRepoSuite } from './contentRepoSuite.ts';
import { indexSuite } from './indexSuite.ts';

/** Every `open` is another connection to the same data directory, as another process would be. */
async function sqliteHarness(): Promise<RepoHarness> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'minga-repos-'));
  return {
    async open() {
      const db = openDatabase(dataDir);
      const repos = sqliteRepositories(db);
      return {
        ...repos,
        close: async () => {
          db.close();
        },
      };
    },
    async destroy() {
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
    async dropCommentKey(workspaceId) {
      const db = openDatabase(dataDir);
      try {
        db.prepare('UPDATE workspaces SET comment_key_hash = NULL, comment_key_sealed = NULL WHERE id = ?').run(workspaceId);
      } finally {
        db.close();
      }
    },
  };
}

workspaceRepoSuite('SQLite', sqliteHarness);
historyRepoSuite('SQLite', sqliteHarness);
contentRepoSuite('SQLite', sqliteHarness);
indexSuite('SQLite', sqliteHarness);
