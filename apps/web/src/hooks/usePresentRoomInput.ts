import type { RoomInput } from '@minga/schema';
import { useCallback, useEffect, useState } from 'react';
import { listRoomInput, setRoomInputStatus } from '../components/present/presentApi.ts';

/** How often the speaker view asks for new messages from the room. */
export const ROOM_INPUT_POLL_MS = 3000;

export interface RoomInputList {
  inputs: RoomInput[];
  /** The last poll failed (offline): the list shows what came before. */
  stale: boolean;
  /** The newest message that arrived while the list was open (not those there at first), to announce. */
  arrival: RoomInput | null;
  /** Sets a message's status on the server, shown at once. */
  setStatus(inputId: number, status: RoomInput['status']): Promise<void>;
}

/**
 * The messages the room sent to a session, polled every few seconds with `since` so only new
 * ones travel (every `pollMs`). Needs the edit key; with `enabled` false nothing is asked.
 */
export function usePresentRoomInput(workspaceId: string, key: string, sessionId: string, enabled: boolean, pollMs = ROOM_INPUT_POLL_MS): RoomInputList {
  const [state, setState] = useState<{ inputs: RoomInput[]; stale: boolean; arrival: RoomInput | null }>({ inputs: [], stale: false, arrival: null });

  useEffect(() => {
    if (!enabled) return;
    const abort = new AbortController();
    let since = 0;
    let first = true;
    let timer: number | null = null;
    const poll = async () => {
      try {
        const fresh = await listRoomInput(workspaceId, key, sessionId, since, abort.signal);
        if (abort.signal.aborted) return;
        if (fresh.length > 0) since = Math.max(since, ...fresh.map((input) => input.id));
        const initial = first;
        first = false;
        setState((previous) => {
          const known = new Set(previous.inputs.map((input) => input.id));
          const added = fresh.filter((input) => !known.has(input.id));
          if (added.length === 0 && !previous.stale) return previous;
          const arrival = initial ? previous.arrival : added[added.length - 1] ?? previous.arrival;
          return { inputs: [...previous.inputs, ...added], stale: false, arrival };
        });
      } catch {
        if (abort.signal.aborted) return;
        setState((previous) => (previous.stale ? previous : { ...previous, stale: true }));
      }
      if (!abort.signal.aborted) timer = window.setTimeout(() => void poll(), pollMs);
    };
    void poll();
    return () => {
      abort.abort();
      if (timer !== null) window.clearTimeout(timer);
    };
  }, [workspaceId, key, sessionId, enabled, pollMs]);

  const setStatus = useCallback(
    async (inputId: number, status: RoomInput['status']) => {
      const updated = await setRoomInputStatus(workspaceId, key, sessionId, inputId, status);
      setState((previous) => ({ ...previous, inputs: previous.inputs.map((input) => (input.id === inputId ? updated : input)) }));
    },
    [workspaceId, key, sessionId],
  );

  return { inputs: state.inputs, stale: state.stale, arrival: state.arrival, setStatus };
}
