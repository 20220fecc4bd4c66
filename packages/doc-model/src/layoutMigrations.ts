import type * as Y from 'yjs';
import { MigrationError, pendingSteps, UnitReviewSchema, type MigrationStep } from '@minga/schema';
import { COMMENT_ROOTS, COMMENTS_LAYOUT_VERSION } from './commentThreads.ts';
import { SESSION_LAYOUT_VERSION, SESSION_META, sessionMeta } from './sessionLayout.ts';
import { UNIT_LAYOUT_VERSION, UNIT_META, unitMeta } from './unitLayout.ts';
import { writeUnitReview } from './unitReview.ts';
import { parsedOr } from './yFields.ts';

/**
 * Steps that bring a document's Yjs layout up to the one this code writes, with the mechanism
 * of the JSON forms (`@minga/schema`'s migrations.ts). The server runs them when it loads a
 * doc, before anyone reads it, so an old doc is only ever served in the current layout; a tab
 * of an older app (which announces its layout when it connects) is then refused, so it cannot
 * write the old layout back.
 *
 * A step may run on two peers at once (two servers, or a server and an offline copy merged
 * later), so it must be written so that both runs merge to the same document: set keys, never
 * create a shared type under a key, never insert into a list.
 */
export type LayoutMigration = MigrationStep<Y.Doc>;

/** The kinds of documents whose layout has a version. */
export type VersionedDocKind = 'unit' | 'session' | 'comments';

interface LayoutSequence {
  steps: readonly LayoutMigration[];
  current: number;
  meta(doc: Y.Doc): Y.Map<unknown>;
}

/** A doc written before layouts carried their version is version 0: stamping it is all it needs. */
const stamp = (id: string): LayoutMigration => ({ id, toVersion: 1, up: (doc) => doc });

export const UNIT_LAYOUT_MIGRATIONS: readonly LayoutMigration[] = [
  stamp('unit-layout/1-initial'),
  {
    // The review was one JSON value in the meta map: a reviewer added by one editor while
    // another changed the state was lost. It moves to a map of its own and an ordered set.
    id: 'unit-layout/2-review-roots',
    toVersion: 2,
    up: (doc) => {
      const meta = unitMeta(doc);
      const review = parsedOr(UnitReviewSchema, meta.get(UNIT_META.review), undefined);
      if (review) writeUnitReview(doc, review);
      if (meta.has(UNIT_META.review)) meta.delete(UNIT_META.review);
      return doc;
    },
  },
];

export const SESSION_LAYOUT_MIGRATIONS: readonly LayoutMigration[] = [stamp('session-layout/1-initial')];

export const COMMENTS_LAYOUT_MIGRATIONS: readonly LayoutMigration[] = [stamp('comments-layout/1-initial')];

const SEQUENCES: Record<VersionedDocKind, LayoutSequence> = {
  unit: { steps: UNIT_LAYOUT_MIGRATIONS, current: UNIT_LAYOUT_VERSION, meta: unitMeta },
  session: { steps: SESSION_LAYOUT_MIGRATIONS, current: SESSION_LAYOUT_VERSION, meta: sessionMeta },
  comments: { steps: COMMENTS_LAYOUT_MIGRATIONS, current: COMMENTS_LAYOUT_VERSION, meta: (doc) => doc.getMap(COMMENT_ROOTS.meta) },
};

const LAYOUT_KEY = SESSION_META.layoutVersion; // the same key in every meta map

const CURRENT: Record<VersionedDocKind, number> = { unit: UNIT_LAYOUT_VERSION, session: SESSION_LAYOUT_VERSION, comments: COMMENTS_LAYOUT_VERSION };

/** The layout this code writes for a kind of document (apart from the steps, so the app's bundle leaves them out). */
export function currentLayout(kind: VersionedDocKind): number {
  return CURRENT[kind];
}

/** The layout a document says it has; 0 for an empty doc or one written before layouts had versions. */
export function storedLayout(doc: Y.Doc, kind: VersionedDocKind): number {
  const version = SEQUENCES[kind].meta(doc).get(LAYOUT_KEY);
  return typeof version === 'number' ? version : 0;
}

/** A doc whose layout no step can bring to the current one (written by a newer Minga, or malformed). */
export class LayoutMigrationError extends MigrationError {
  override name = 'LayoutMigrationError';
}

/**
 * Brings `doc` to the current layout of its kind in one transaction (with `origin`), and says
 * which steps ran. An empty doc (nothing written yet) is left alone: whoever writes it first
 * writes the current layout. Throws LayoutMigrationError for a doc from a newer Minga.
 */
export function migrateLayout(doc: Y.Doc, kind: VersionedDocKind, origin: unknown = null): string[] {
  const sequence = SEQUENCES[kind];
  const meta = sequence.meta(doc);
  if (doc.store.clients.size === 0) return [];
  let steps: LayoutMigration[];
  try {
    steps = pendingSteps(sequence.steps, storedLayout(doc, kind), { current: sequence.current, what: `this ${kind} document`, field: 'layout', lowest: 0 });
  } catch (error) {
    throw new LayoutMigrationError((error as Error).message);
  }
  if (steps.length === 0) return [];
  doc.transact(() => {
    for (const step of steps) {
      step.up(doc);
      meta.set(LAYOUT_KEY, step.toVersion);
    }
  }, origin);
  return steps.map((step) => step.id);
}
