import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { openDatabase } from '../../src/storage/openDatabase.ts';
import { SqliteDocStore } from '../../src/storage/SqliteDocStore.ts';
import { docStoreSuite } from './docStoreSuite.ts';

docStoreSuite('SQLite', async () => {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'minga-store-'));
  return {
    async open() {
      const db = openDatabase(dataDir);
      const store = new SqliteDocStore(db, dataDir);
      // The store does not own its connection: close both, as createMinga does.
      const close = store.close.bind(store);
      store.close = async () => {
        await close();
        db.close();
      };
      return store;
    },
    async destroy() {
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
});
