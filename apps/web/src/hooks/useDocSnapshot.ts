import { useCallback, useRef, useSyncExternalStore } from 'react';
import type * as Y from 'yjs';

/**
 * A value computed from some shared types of a Yjs doc, recomputed when anything inside them
 * changes (deep), and kept as the same object while it reads the same (compared as JSON), so
 * typing in a text field re-renders only what shows that text.
 * `types` and `read` must be stable (module-level functions, memoised types).
 */
export function useDocSnapshot<T>(types: readonly Y.AbstractType<unknown>[], read: () => T): T {
  const cache = useRef<{ read: () => T; json: string; value: T } | null>(null);
  const subscribe = useCallback(
    (onChange: () => void) => {
      for (const type of types) type.observeDeep(onChange);
      return () => {
        for (const type of types) type.unobserveDeep(onChange);
      };
    },
    [types],
  );
  const getSnapshot = useCallback(() => {
    const value = read();
    const json = JSON.stringify(value);
    const cached = cache.current;
    if (cached && cached.read === read && cached.json === json) return cached.value;
    cache.current = { read, json, value };
    return value;
  }, [read]);
  return useSyncExternalStore(subscribe, getSnapshot);
}
