import { afterEach } from 'vitest';
import type { Repositories } from '../../src/storage/openRepositories.ts';

/** One test's storage, empty at first: every `open` is another node (or a restart) on the same data. */
export interface RepoHarness {
  open(): Promise<Repositories>;
  /** Removes the test's storage once its repositories are closed. */
  destroy(): Promise<void>;
}

/** Opens repositories on a fresh harness per test and closes and destroys them after it. */
export function useRepositories(createHarness: () => Promise<RepoHarness>): () => Promise<Repositories> {
  let harness: RepoHarness | null = null;
  let opened: Repositories[] = [];
  afterEach(async () => {
    await Promise.all(opened.splice(0).map((r) => r.close()));
    await harness?.destroy();
    harness = null;
    opened = [];
  });
  return async () => {
    harness ??= await createHarness();
    const repos = await harness.open();
    opened.push(repos);
    return repos;
  };
}
