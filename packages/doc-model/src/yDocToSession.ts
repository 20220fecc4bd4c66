import type * as Y from 'yjs';
import {
  ClockTimeSchema, DEFAULT_SESSION_THEME, DEFAULT_TARGET_MINUTES, SESSION_SCHEMA_VERSION, SessionDateSchema,
  SessionSourceSchema, SessionThemeSchema, TimestampSchema, type Session,
} from '@minga/schema';
import { readListItems, type ItemCodec } from './listItems.ts';
import { SESSION_CODECS, isReadableKey, type SessionEntries } from './sessionItems.ts';
import { parsedOr, readMinutes } from './yFields.ts';
import {
  SESSION_LAYOUT_VERSION, SESSION_META, sessionList, sessionMeta, sessionText, type SessionListName,
} from './sessionLayout.ts';

/** The document was written by a newer Minga whose session layout this code cannot read. */
export class SessionLayoutError extends Error {
  override name = 'SessionLayoutError';
}

/**
 * The JSON form of a session document. `id` (the document's id, from its sync path) wins over
 * the id stored in the document. Never throws on odd content: a value of the wrong type reads as
 * its default (no date, 60 minutes, the `minga` theme…), an item whose kind is unknown or whose
 * unit id is not an id is left out, a pinned item without a version reads as live. Content limits
 * (201 items inserted by two people at once, say) are left as they are: `SessionSchema.safeParse`
 * tells. Throws only on a layout newer than this code, or when no id is known at all.
 */
export function yDocToSession(doc: Y.Doc, id?: string): Session {
  const meta = sessionMeta(doc);
  const layout = meta.get(SESSION_META.layoutVersion);
  if (typeof layout === 'number' && layout > SESSION_LAYOUT_VERSION) {
    throw new SessionLayoutError(`this session document has layout ${layout}, written by a newer Minga; this one reads up to ${SESSION_LAYOUT_VERSION}`);
  }
  const storedId = meta.get(SESSION_META.id);
  const sessionId = id ?? (typeof storedId === 'string' ? storedId : undefined);
  if (sessionId === undefined) throw new Error('this document has no session id: pass the document id to yDocToSession');

  const date = parsedOr(SessionDateSchema, meta.get(SESSION_META.date), undefined);
  const startTime = parsedOr(ClockTimeSchema, meta.get(SESSION_META.startTime), undefined);
  const createdAt = parsedOr(TimestampSchema, meta.get(SESSION_META.createdAt), undefined);
  const updatedAt = parsedOr(TimestampSchema, meta.get(SESSION_META.updatedAt), undefined);
  const source = parsedOr(SessionSourceSchema, meta.get(SESSION_META.source), undefined);
  // Keys in the schema's order, optional ones left out rather than undefined, so the JSON reads the same every time.
  const session: Session = {
    schemaVersion: SESSION_SCHEMA_VERSION,
    id: sessionId,
    title: sessionText(doc, 'title').toString(),
    audience: sessionText(doc, 'audience').toString(),
    ...(date !== undefined && { date }),
    place: sessionText(doc, 'place').toString(),
    ...(startTime !== undefined && { startTime }),
    targetMinutes: readMinutes(meta, SESSION_META.targetMinutes, DEFAULT_TARGET_MINUTES),
    objectives: readSessionList(doc, 'objectives'),
    promotionalDescription: sessionText(doc, 'promotionalDescription').toString(),
    facilitators: readSessionList(doc, 'facilitators'),
    nextSteps: readSessionList(doc, 'nextSteps'),
    theme: parsedOr(SessionThemeSchema, meta.get(SESSION_META.theme), DEFAULT_SESSION_THEME),
    items: readSessionList(doc, 'items'),
    ...(source !== undefined && { source }),
    ...(createdAt !== undefined && { createdAt }),
    ...(updatedAt !== undefined && { updatedAt }),
  };
  return session;
}

/** The items of one list of a session document, in order, unreadable entries left out. */
export function readSessionList<L extends SessionListName>(doc: Y.Doc, list: L): SessionEntries[L][] {
  return readListItems(sessionList(doc, list), SESSION_CODECS[list] as ItemCodec<SessionEntries[L]>, (key) => isReadableKey(list, key));
}
