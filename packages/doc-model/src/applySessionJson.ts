import * as Y from 'yjs';
import type { Session } from '@minga/schema';
import { syncText } from './syncText.ts';
import { setValue } from './yFields.ts';
import { writeListItems, type ItemCodec } from './listItems.ts';
import { SESSION_CODECS } from './sessionItems.ts';
import {
  SESSION_LAYOUT_VERSION, SESSION_LIST_NAMES, SESSION_META, SESSION_TEXT_FIELDS, sessionList, sessionMeta, sessionText,
} from './sessionLayout.ts';

export interface ApplySessionOptions {
  /** Transaction origin, so that providers and undo managers can tell this change apart. */
  origin?: unknown;
}

/**
 * Makes a session document hold `session` (a parsed Session) in one transaction, writing only
 * what differs: a changed title edits the title's Y.Text, a moved item rewrites that item's order
 * key, an untouched item is not written. Applying the same session twice writes nothing.
 */
export function applySessionJson(doc: Y.Doc, session: Session, options: ApplySessionOptions = {}): void {
  doc.transact(() => {
    const meta = sessionMeta(doc);
    setValue(meta, SESSION_META.layoutVersion, SESSION_LAYOUT_VERSION);
    setValue(meta, SESSION_META.id, session.id);
    setValue(meta, SESSION_META.date, session.date);
    setValue(meta, SESSION_META.startTime, session.startTime);
    setValue(meta, SESSION_META.targetMinutes, session.targetMinutes);
    setValue(meta, SESSION_META.theme, session.theme);
    setValue(meta, SESSION_META.source, session.source);
    setValue(meta, SESSION_META.createdAt, session.createdAt);
    setValue(meta, SESSION_META.updatedAt, session.updatedAt);
    for (const field of SESSION_TEXT_FIELDS) syncText(sessionText(doc, field), session[field]);
    for (const list of SESSION_LIST_NAMES) {
      writeListItems(sessionList(doc, list), session[list], SESSION_CODECS[list] as ItemCodec<Session[typeof list][number]>);
    }
  }, options.origin ?? null);
}

/** A new Y.Doc (or `doc`, when given) holding `session`. */
export function sessionToYDoc(session: Session, doc: Y.Doc = new Y.Doc()): Y.Doc {
  applySessionJson(doc, session);
  return doc;
}
