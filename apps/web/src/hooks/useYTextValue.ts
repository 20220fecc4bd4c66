import { useCallback, useSyncExternalStore } from 'react';
import type * as Y from 'yjs';

/** The current string of a Y.Text, re-rendering when anyone changes it. */
export function useYTextValue(text: Y.Text | null): string {
  const subscribe = useCallback(
    (onChange: () => void) => {
      if (!text) return () => undefined;
      text.observe(onChange);
      return () => text.unobserve(onChange);
    },
    [text],
  );
  return useSyncExternalStore(subscribe, () => text?.toString() ?? '');
}
