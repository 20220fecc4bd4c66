import type { Delivery } from '@minga/schema';
import type { MingaContext } from '../MingaContext.ts';
import { readSession } from '../sessions/sessionDocs.ts';

/** One session of a lineage, with where and when it was given. */
export interface LineageEntry {
  id: string;
  title: string;
  /** True when the session is gone (deleted or in the bin): only the link's title is known. */
  missing: boolean;
  deliveries: Delivery[];
}

/** Longest chain followed: a guard against a lineage edited into a loop. */
const MAX_HOPS = 100;

/**
 * The chain of sessions a session was duplicated from, oldest first and ending with it, each
 * with its deliveries: Brest → Montpellier → Lille.
 */
export async function sessionLineage(ctx: MingaContext, workspaceId: string, sessionId: string): Promise<LineageEntry[]> {
  const chain: LineageEntry[] = [];
  const seen = new Set<string>();
  let next: { id: string; title: string } | undefined = { id: sessionId, title: '' };
  while (next && !seen.has(next.id) && chain.length < MAX_HOPS) {
    seen.add(next.id);
    const ref = { workspaceId, docId: next.id };
    const entry = await ctx.registry.get(ref);
    const deliveries = await ctx.deliveries.listBySession(workspaceId, next.id);
    if (!entry || entry.kind !== 'session' || entry.deletedAt) {
      chain.push({ id: next.id, title: next.title, missing: true, deliveries });
      break;
    }
    const session = await readSession(ctx, ref);
    chain.push({ id: session.id, title: session.title, missing: false, deliveries });
    const from = session.source?.duplicatedFrom;
    next = from ? { id: from.sessionId, title: from.title } : undefined;
  }
  return chain.reverse();
}
