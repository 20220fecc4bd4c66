import { insertItem, insertSessionListItem } from '@minga/doc-model';
import { CLOSE_CODES, type RoomInput } from '@minga/schema';
import type * as Y from 'yjs';
import { ApiError, NETWORK_ERROR } from '../../api/ApiError.ts';
import { SyncSession } from '../../lib/SyncSession.ts';

/**
 * Where a message from the room goes when an editor keeps it: a next step of the session (in the
 * session doc already open) or of one of its units (in that unit's own doc). The next step's id
 * comes from the message's, so two editors keeping the same message at once add it once.
 */

/** A next step's text from a message: one line, as next steps are. */
export function nextStepText(input: Pick<RoomInput, 'text'>): string {
  return input.text.replace(/\s*[\r\n]+\s*/g, ' ').trim().slice(0, 500);
}

/** The id of the next step a message becomes. */
export const nextStepIdFor = (input: Pick<RoomInput, 'id'>) => `room-input-${input.id}`;

/** Adds the message to the session's next steps (the session doc, synced). */
export function keepInSessionNextSteps(sessionDoc: Y.Doc, input: Pick<RoomInput, 'id' | 'text'> & { author?: string }): void {
  insertSessionListItem(sessionDoc, 'nextSteps', { id: nextStepIdFor(input), text: nextStepText(input), done: false, ...authorOf(input) });
}

/** Who in the room proposed it, kept on the next step (names are single lines of 100 characters at most). */
function authorOf(input: { author?: string }): { author?: string } {
  const author = input.author?.replace(/[\r\n]+/g, ' ').trim().slice(0, 100);
  return author ? { author } : {};
}

const CONNECT_TIMEOUT_MS = 15_000;
const SAVE_TIMEOUT_MS = 10_000;

/** The API error a refused socket stands for, so the person reads why (`apiErrorMessage`). */
const REFUSALS: Record<number, string> = {
  [CLOSE_CODES.badRequest]: 'bad_request',
  [CLOSE_CODES.missingKey]: 'missing_key',
  [CLOSE_CODES.wrongKey]: 'wrong_key',
  [CLOSE_CODES.workspaceNotFound]: 'workspace_not_found',
  [CLOSE_CODES.docDeleted]: 'not_found',
  [CLOSE_CODES.messageTooBig]: 'payload_too_large',
  [CLOSE_CODES.tooManyMessages]: 'too_many_requests',
};

/** Resolves once `test` holds for the session's state, or rejects after `ms` (as unreachable) or when refused. */
function waitFor(session: SyncSession, test: () => boolean, ms: number, failure: string): Promise<void> {
  return new Promise((resolve, reject) => {
    if (test()) {
      resolve();
      return;
    }
    const timer = window.setTimeout(() => {
      unsubscribe();
      reject(new ApiError(NETWORK_ERROR, failure, 0));
    }, ms);
    const unsubscribe = session.subscribe(() => {
      const state = session.getState();
      if (state.status === 'refused') {
        window.clearTimeout(timer);
        unsubscribe();
        reject(new ApiError(REFUSALS[state.closeCode ?? 0] ?? 'bad_request', 'refused', 0));
      } else if (test()) {
        window.clearTimeout(timer);
        unsubscribe();
        resolve();
      }
    });
  });
}

/**
 * Adds the message to a unit's next steps: opens the unit's doc, writes once it is in sync, and
 * closes it once the server has stored the change. Rejects when the unit cannot be reached.
 */
export async function addToUnitNextSteps(target: { workspaceId: string; unitId: string; key: string }, input: Pick<RoomInput, 'id' | 'text'> & { author?: string }): Promise<void> {
  const session = new SyncSession({ workspaceId: target.workspaceId, docId: target.unitId, key: target.key, kind: 'unit' });
  session.start();
  try {
    await waitFor(session, () => session.getState().status === 'connected', CONNECT_TIMEOUT_MS, 'offline');
    insertItem(session.doc, 'nextSteps', { id: nextStepIdFor(input), text: nextStepText(input), done: false, ...authorOf(input) });
    await waitFor(session, () => !session.getState().unsaved, SAVE_TIMEOUT_MS, 'unsaved');
  } finally {
    session.stop();
  }
}
