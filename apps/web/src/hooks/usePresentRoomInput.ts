import type { RoomInput } from '@minga/schema';
import { useCallback, useEffect, useState } from 'react';
import { listRoomInput, setRoomInputStatus } from '../components/present/presentApi.ts';

/** How long after a failed request (offline) the list asks again. */
export const ROOM_INPUT_POLL_MS = 3000;
/** How long the server may hold a request until a message arrives: one arrives within a moment of being sent. */
const ROOM_INPUT_WAIT_MS = 20_000;

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
 * The messages the room sent to a session, by long polling with `since` so only new ones travel:
 * the server answers as soon as a message arrives, and the list asks again at once (after a
 * failure, `pollMs` later). Needs the edit key; with `enabled` false nothing is asked.
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
        // The first answer is what is there already; the next ones wait for new messages.
        const fresh = await listRoomInput(workspaceId, key, sessionId, since, abort.signal, first ? 0 : ROOM_INPUT_WAIT_MS);
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
        timer = window.setTimeout(() => void poll(), pollMs);
        return;
      }
      if (!abort.signal.aborted) timer = window.setTimeout(() => void poll(), 0);
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
