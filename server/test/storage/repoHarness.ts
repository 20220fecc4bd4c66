import { afterEach } from 'vitest';
import type { Repositories } from '../../src/storage/openRepositories.ts';

/** One test's storage, empty at first: every `open` is another node (or a restart) on the same data. */
export interface RepoHarness {
  open(): Promise<Repositories>;
  /** Removes the test's storage once its repositories are closed. */
  destroy(): Promise<void>;
  /** Leaves a workspace as the comment-key migration leaves one made before it: no comment key. */
  dropCommentKey(workspaceId: string): Promise<void>;
}

/**
 * Opens repositories on a fresh harness per test and closes and destroys them after it; `harness()`
 * is the test's harness, for what only the engine's own SQL can set up.
 */
export function useRepositories(createHarness: () => Promise<RepoHarness>): (() => Promise<Repositories>) & { harness(): Promise<RepoHarness> } {
  let harness: RepoHarness | null = null;
  let opened: Repositories[] = [];
  afterEach(async () => {
    await Promise.all(opened.splice(0).map((r) => r.close()));
    await harness?.destroy();
    harness = null;
    opened = [];
  });
  const open = async () => {
    harness ??= await createHarness();
    const repos = await harness.open();
    opened.push(repos);
    return repos;
  };
  return Object.assign(open, { harness: async () => (harness ??= await createHarness()) });
}
