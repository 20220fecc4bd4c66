import { yDocToUnit } from '@minga/doc-model';
import type { Unit } from '@minga/schema';
import { useEffect, useMemo, useState } from 'react';
import type * as Y from 'yjs';
import { SyncSession } from '../lib/SyncSession.ts';

/** Calls `onChange` at most every `ms` while a doc changes (typing in a unit must not rebuild a deck per key). */
export function throttledDocListener(doc: Y.Doc, onChange: () => void, ms = 300): () => void {
  let timer: number | null = null;
  const listener = () => {
    if (timer !== null) return;
    timer = window.setTimeout(() => {
      timer = null;
      onChange();
    }, ms);
  };
  doc.on('update', listener);
  return () => {
    doc.off('update', listener);
    if (timer !== null) window.clearTimeout(timer);
  };
}

/** A doc has content to read: it synced with the server, or its local copy holds something. */
export function hasContent(session: SyncSession): boolean {
  const state = session.getState();
  return state.status === 'connected' || (state.localLoaded && session.doc.store.clients.size > 0);
}

/** At most this many unit docs are followed live; beyond, units come from the REST answer only. */
const MAX_LIVE_UNITS = 24;

/**
 * The live units a session names, each followed in its own Yjs document, so the deck shows an
 * edit to a unit's slides as it happens. A unit whose doc has not loaded (or was refused: in
 * the bin) is absent: the caller falls back to the version the server resolved.
 */
export function usePresentLiveUnits(workspaceId: string, key: string, unitIds: readonly string[]): ReadonlyMap<string, Unit> {
  const idsKey = unitIds.slice(0, MAX_LIVE_UNITS).join('\n');
  const sessions = useMemo(() => {
    const ids = idsKey === '' ? [] : idsKey.split('\n');
    return new Map(ids.map((id) => [id, new SyncSession({ workspaceId, docId: id, key, kind: 'unit' })]));
  }, [workspaceId, key, idsKey]);
  const [version, setVersion] = useState(0);

  useEffect(() => {
    const bump = () => setVersion((v) => v + 1);
    const stops: (() => void)[] = [];
    sessions.forEach((session) => {
      session.start();
      stops.push(throttledDocListener(session.doc, bump), session.subscribe(bump), () => session.stop());
    });
    return () => stops.forEach((stop) => stop());
  }, [sessions]);

  return useMemo(() => {
    void version;
    const units = new Map<string, Unit>();
    sessions.forEach((session, id) => {
      if (session.getState().status === 'refused' || !hasContent(session)) return;
      try {
        units.set(id, yDocToUnit(session.doc, id));
      } catch {
        // A layout newer than this app: the server's resolved copy stands in.
      }
    });
    return units;
  }, [sessions, version]);
}
