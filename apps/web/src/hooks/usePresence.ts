import { useCallback, useRef, useSyncExternalStore } from 'react';
import type { Awareness } from 'y-protocols/awareness';
import type { PresenceUser } from '../lib/SyncSession.ts';

export interface PresentPerson extends PresenceUser {
  clientId: number;
  isSelf: boolean;
}

function readPeople(awareness: Awareness): PresentPerson[] {
  const people: PresentPerson[] = [];
  awareness.getStates().forEach((state, clientId) => {
    const user = (state as { user?: Partial<PresenceUser> }).user;
    if (!user || typeof user.name !== 'string') return;
    people.push({
      clientId,
      name: user.name,
      color: typeof user.color === 'string' ? user.color : '#555555',
      role: user.role === 'view' || user.role === 'comment' ? 'view' : 'edit',
      isSelf: clientId === awareness.clientID,
    });
  });
  return people.sort((a, b) => Number(b.isSelf) - Number(a.isSelf) || a.name.localeCompare(b.name));
}

function samePeople(a: PresentPerson[], b: PresentPerson[]): boolean {
  return a.length === b.length && a.every((person, i) => {
    const other = b[i];
    return other !== undefined && person.clientId === other.clientId && person.name === other.name
      && person.color === other.color && person.role === other.role;
  });
}

/** The people on a document right now, this person first, from the Yjs awareness. */
export function usePresence(awareness: Awareness): PresentPerson[] {
  const cache = useRef<{ awareness: Awareness; people: PresentPerson[] } | null>(null);
  const subscribe = useCallback((onChange: () => void) => {
    awareness.on('change', onChange);
    return () => awareness.off('change', onChange);
  }, [awareness]);
  const getSnapshot = useCallback(() => {
    const people = readPeople(awareness);
    const cached = cache.current;
    if (cached && cached.awareness === awareness && samePeople(cached.people, people)) return cached.people;
    cache.current = { awareness, people };
    return people;
  }, [awareness]);
  return useSyncExternalStore(subscribe, getSnapshot);
}
