import { useMemo } from 'react';
import type * as Y from 'yjs';
import { useSessionResolved } from '../../hooks/useSessionResolved.ts';
import { RoomInputPanel } from './RoomInputPanel.tsx';

interface SessionRoomInputProps {
  workspaceId: string;
  sessionId: string;
  /** The edit key. */
  accessKey: string;
  /** The session doc the page has open, where kept next steps go. */
  sessionDoc: Y.Doc;
  /** Changes when the session's items change, to ask for the units again. */
  unitsKey?: string;
}

/** How long the session page waits before asking again after a failure (messages themselves come at once). */
const SESSION_PAGE_POLL_MS = 15_000;

/**
 * The room's messages on the session page, for after the session: each one kept in the session's
 * next steps or a unit's, or dismissed. The units offered are those the session names.
 */
export function SessionRoomInput({ workspaceId, sessionId, accessKey, sessionDoc, unitsKey = '' }: SessionRoomInputProps) {
  const resolved = useSessionResolved(workspaceId, accessKey, sessionId, { items: unitsKey });
  const units = useMemo(
    () => Object.entries(resolved.data?.units ?? {}).flatMap(([id, unit]) => (unit ? [{ id, title: unit.title || id }] : [])),
    [resolved.data],
  );
  return (
    <RoomInputPanel workspaceId={workspaceId} sessionId={sessionId} accessKey={accessKey} sessionDoc={sessionDoc} units={units} headingLevel={3} pollMs={SESSION_PAGE_POLL_MS} />
  );
}
