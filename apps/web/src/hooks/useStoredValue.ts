import { useSyncExternalStore } from 'react';
import type { StoredValue } from '../lib/storedValue.ts';

/** The current value of a localStorage entry, re-rendering when it changes (in any tab). */
export function useStoredValue<T>(store: StoredValue<T>): T {
  return useSyncExternalStore(store.subscribe, store.get);
}
