import type { WorkspaceRepo } from './WorkspaceRepo.ts';

/**
 * Polls for key rotations made by other processes (the CLI, other nodes on the same Postgres);
 * returns a function that stops polling. A poll still running when the next is due is not doubled.
 */
export function watchKeyRotations(
  workspaces: WorkspaceRepo,
  onRotated: (workspaceId: string) => void,
  everyMs = 1000,
  onError: (error: Error) => void = () => undefined,
): () => void {
  let since = new Date().toISOString();
  let polling = false;
  const timer = setInterval(() => {
    if (polling) return;
    polling = true;
    workspaces
      .rotatedSince(since)
      .then((rotated) => {
        for (const { id, at } of rotated) {
          if (at > since) since = at;
          onRotated(id);
        }
      })
      .catch(onError)
      .finally(() => (polling = false));
  }, everyMs);
  timer.unref();
  return () => clearInterval(timer);
}
