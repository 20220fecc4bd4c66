import type * as Y from 'yjs';
import { CommentAuthorSchema, contributorKey, type CommentThread } from '@minga/schema';

/**
 * Approvals live in the comments document (root `approvals`: contributorKey(name) → `{ name, at }`),
 * so a reviewer holding a comment link can approve without being able to edit the unit.
 */

export const APPROVALS_ROOT = 'approvals';

export interface Approval {
  name: string;
  at: string;
}

/** Records `name`'s approval (once per person, the latest time kept). */
export function approve(doc: Y.Doc, name: string, now: string): void {
  const who = CommentAuthorSchema.parse(name);
  doc.transact(() => doc.getMap(APPROVALS_ROOT).set(contributorKey(who), { name: who, at: now }));
}

/** Withdraws `name`'s approval. False when there was none. */
export function withdrawApproval(doc: Y.Doc, name: string): boolean {
  const approvals = doc.getMap(APPROVALS_ROOT);
  const key = contributorKey(name);
  if (!approvals.has(key)) return false;
  doc.transact(() => approvals.delete(key));
  return true;
}

/** The approvals of a comments document, oldest first; malformed entries are left out. */
export function readApprovals(doc: Y.Doc): Approval[] {
  const list: Approval[] = [];
  doc.getMap(APPROVALS_ROOT).forEach((value) => {
    const entry = value as Partial<Approval> | null;
    if (entry && typeof entry.name === 'string' && typeof entry.at === 'string' && CommentAuthorSchema.safeParse(entry.name).success) {
      list.push({ name: entry.name, at: entry.at });
    }
  });
  return list.sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : 0));
}

/**
 * Who to credit as "reviewed by": everyone who approved, and everyone who commented without being
 * a contributor already, in the order they first took part. Deleted messages do not count.
 */
export function reviewedBy(threads: readonly CommentThread[], approvals: readonly Approval[], contributors: readonly { name: string }[]): string[] {
  const firstSeen = new Map<string, { name: string; at: string }>();
  const note = (name: string, at: string) => {
    const key = contributorKey(name);
    const seen = firstSeen.get(key);
    if (!seen || at < seen.at) firstSeen.set(key, { name, at });
  };
  const contributorKeys = new Set(contributors.map((c) => contributorKey(c.name)));
  for (const thread of threads) {
    for (const message of thread.messages) {
      if (!message.deleted && !contributorKeys.has(contributorKey(message.author))) note(message.author, message.createdAt);
    }
  }
  for (const approval of approvals) note(approval.name, approval.at);
  return [...firstSeen.values()].sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : 0)).map((entry) => entry.name);
}
