/** A value kept in localStorage as JSON, readable from React through `useStoredValue`. */
export interface StoredValue<T> {
  get(): T;
  set(value: T): void;
  subscribe(onChange: () => void): () => void;
}

function parseJson(raw: string | null): unknown {
  if (raw === null) return null;
  try {
    return JSON.parse(raw);
  } catch {
    return null;
  }
}

/**
 * Wraps one localStorage entry. `parse` turns whatever is stored (possibly written by an older
 * version, or by hand) into a valid value, falling back when it cannot.
 */
export function storedValue<T>(key: string, parse: (raw: unknown) => T): StoredValue<T> {
  const listeners = new Set<() => void>();
  let cachedRaw: string | null | undefined;
  let cachedValue: T;

  function read(): string | null {
    try {
      return localStorage.getItem(key);
    } catch {
      return null;
    }
  }

  function get(): T {
    const raw = read();
    // Same string, same object: useSyncExternalStore needs a stable snapshot.
    if (raw !== cachedRaw || cachedRaw === undefined) {
      cachedRaw = raw;
      cachedValue = parse(parseJson(raw));
    }
    return cachedValue;
  }

  function set(value: T): void {
    try {
      localStorage.setItem(key, JSON.stringify(value));
    } catch {
      // Storage full or refused: the value lives until the page closes.
      cachedRaw = JSON.stringify(value);
      cachedValue = value;
    }
    listeners.forEach((listener) => listener());
  }

  function subscribe(onChange: () => void): () => void {
    listeners.add(onChange);
    // Other tabs of the same browser.
    const onStorage = (event: StorageEvent) => {
      if (event.key === key || event.key === null) onChange();
    };
    window.addEventListener('storage', onStorage);
    return () => {
      listeners.delete(onChange);
      window.removeEventListener('storage', onStorage);
    };
  }

  return { get, set, subscribe };
}
