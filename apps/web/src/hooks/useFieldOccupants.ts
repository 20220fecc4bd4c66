import { useCallback, useRef, useSyncExternalStore } from 'react';
import type { Awareness } from 'y-protocols/awareness';

/** Someone else whose caret is in a field of the unit. */
export interface FieldOccupant {
  clientId: number;
  name: string;
  color: string;
}

/** The awareness field that says which field of the unit a person is in. */
export const FIELD_AWARENESS_KEY = 'field';

function readOccupants(awareness: Awareness, field: string): FieldOccupant[] {
  const occupants: FieldOccupant[] = [];
  awareness.getStates().forEach((state, clientId) => {
    if (clientId === awareness.clientID || state[FIELD_AWARENESS_KEY] !== field) return;
    const user = (state as { user?: { name?: unknown; color?: unknown } }).user;
    if (typeof user?.name !== 'string') return;
    occupants.push({ clientId, name: user.name, color: typeof user.color === 'string' ? user.color : '#555555' });
  });
  return occupants.sort((a, b) => a.name.localeCompare(b.name) || a.clientId - b.clientId);
}

/** The other people in a field right now (awareness `field`), for the name tags beside it. */
export function useFieldOccupants(awareness: Awareness, field: string): FieldOccupant[] {
  const cache = useRef<{ key: string; value: FieldOccupant[] } | null>(null);
  const subscribe = useCallback(
    (onChange: () => void) => {
      awareness.on('change', onChange);
      return () => awareness.off('change', onChange);
    },
    [awareness],
  );
  const getSnapshot = useCallback(() => {
    const value = readOccupants(awareness, field);
    const key = `${field}\n${JSON.stringify(value)}`;
    if (cache.current?.key === key) return cache.current.value;
    cache.current = { key, value };
    return value;
  }, [awareness, field]);
  return useSyncExternalStore(subscribe, getSnapshot);
}
