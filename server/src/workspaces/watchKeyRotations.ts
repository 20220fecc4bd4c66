import type { WorkspaceRepo } from './WorkspaceRepo.ts';

/**
 * How far back each poll looks again. A rotation stamped at or before the newest one seen (in the
 * same millisecond, committed a moment later, or stamped by another machine's clock) would be
 * missed by asking only for newer ones, and the old key would keep its open sockets here.
 */
const LOOK_BACK_MS = 10_000;

/**
 * Polls for key rotations made by other processes (the CLI, other nodes on the same Postgres);
 * returns a function that stops polling. A poll still running when the next is due is not doubled.
 * Each rotation is reported once (`onRotated` re-checks that workspace's sockets).
 */
export function watchKeyRotations(
  workspaces: Pick<WorkspaceRepo, 'rotatedSince'>,
  onRotated: (workspaceId: string) => void,
  everyMs = 1000,
  onError: (error: Error) => void = () => undefined,
): () => void {
  let newest = new Date().toISOString();
  /** Rotations already reported, by `id at`, until they fall out of the look-back window. */
  const reported = new Map<string, string>();
  let polling = false;
  const timer = setInterval(() => {
    if (polling) return;
    polling = true;
    const from = new Date(Date.parse(newest) - LOOK_BACK_MS).toISOString();
    workspaces
      .rotatedSince(from)
      .then((rotated) => {
        for (const { id, at } of rotated) {
          const key = `${id} ${at}`;
          if (reported.has(key)) continue;
          reported.set(key, at);
          if (at > newest) newest = at;
          onRotated(id);
        }
        for (const [key, at] of reported) if (at <= from) reported.delete(key);
      })
      .catch(onError)
      .finally(() => (polling = false));
  }, everyMs);
  timer.unref();
  return () => clearInterval(timer);
}
