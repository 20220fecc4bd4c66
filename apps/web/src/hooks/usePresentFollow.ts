import { useCallback, useRef, useSyncExternalStore } from 'react';
import type { Awareness } from 'y-protocols/awareness';
import { newestPresenter, type Presenter } from '../components/present/presenting.ts';

const same = (a: Presenter | null, b: Presenter | null) =>
  a === b || (a !== null && b !== null && a.clientId === b.clientId && a.name === b.name && a.position.seq === b.position.seq && a.position.slideId === b.position.slideId && a.position.h === b.position.h && a.position.paused === b.position.paused && a.deckRev === b.deckRev);

/** The presenter to follow: whoever published the newest position in the presence doc's awareness; null when nobody presents. */
export function usePresentFollow(awareness: Awareness): Presenter | null {
  const cache = useRef<Presenter | null>(null);
  const subscribe = useCallback(
    (onChange: () => void) => {
      awareness.on('change', onChange);
      return () => awareness.off('change', onChange);
    },
    [awareness],
  );
  const getSnapshot = useCallback(() => {
    const presenter = newestPresenter(awareness.getStates() as Map<number, Record<string, unknown>>, awareness.clientID);
    if (!same(cache.current, presenter)) cache.current = presenter;
    return cache.current;
  }, [awareness]);
  return useSyncExternalStore(subscribe, getSnapshot);
}
