import type { WorkspaceRepo } from './WorkspaceRepo.ts';

/** Polls for key rotations made by other processes; returns a function that stops polling. */
export function watchKeyRotations(workspaces: WorkspaceRepo, onRotated: (workspaceId: string) => void, everyMs = 1000): () => void {
  let since = new Date().toISOString();
  const timer = setInterval(() => {
    for (const { id, at } of workspaces.rotatedSince(since)) {
      if (at > since) since = at;
      onRotated(id);
    }
  }, everyMs);
  timer.unref();
  return () => clearInterval(timer);
}
