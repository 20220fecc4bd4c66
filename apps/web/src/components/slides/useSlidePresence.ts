import { useCallback, useRef, useSyncExternalStore } from 'react';
import type { Awareness } from 'y-protocols/awareness';

/** The awareness `field` of a person working in a slide (its content or its notes). */
export function slideField(slideId: string): string {
  return `slide:${slideId}`;
}

/** Someone else working in a slide right now. */
export interface SlideVisitor {
  clientId: number;
  name: string;
  color: string;
}

type Visitors = ReadonlyMap<string, SlideVisitor[]>;

function readVisitors(awareness: Awareness): { key: string; visitors: Visitors } {
  const visitors = new Map<string, SlideVisitor[]>();
  awareness.getStates().forEach((state, clientId) => {
    if (clientId === awareness.clientID) return;
    const { field, user } = state as { field?: unknown; user?: { name?: unknown; color?: unknown } };
    if (typeof field !== 'string' || !field.startsWith('slide:') || typeof user?.name !== 'string') return;
    const slideId = field.slice('slide:'.length);
    const color = typeof user.color === 'string' ? user.color : '#555555';
    visitors.set(slideId, [...(visitors.get(slideId) ?? []), { clientId, name: user.name, color }]);
  });
  for (const list of visitors.values()) list.sort((a, b) => a.name.localeCompare(b.name) || a.clientId - b.clientId);
  const key = JSON.stringify([...visitors].sort(([a], [b]) => a.localeCompare(b)));
  return { key, visitors };
}

/** Who else is in which slide, from the awareness `field` each person publishes. */
export function useSlidePresence(awareness: Awareness): Visitors {
  const cache = useRef<{ awareness: Awareness; key: string; visitors: Visitors } | null>(null);
  const subscribe = useCallback((onChange: () => void) => {
    awareness.on('change', onChange);
    return () => awareness.off('change', onChange);
  }, [awareness]);
  const getSnapshot = useCallback(() => {
    const current = readVisitors(awareness);
    const cached = cache.current;
    if (cached && cached.awareness === awareness && cached.key === current.key) return cached.visitors;
    cache.current = { awareness, ...current };
    return current.visitors;
  }, [awareness]);
  return useSyncExternalStore(subscribe, getSnapshot);
}
