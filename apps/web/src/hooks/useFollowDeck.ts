import type { Deck, DeckLang } from '@minga/export';
import { useEffect, useMemo, useState } from 'react';
import { ApiError, NETWORK_ERROR } from '../api/ApiError.ts';
import { deckView, type SlideView } from '../components/present/deckView.ts';
import { getFollowDeck } from '../components/present/presentApi.ts';

export interface FollowDeck {
  /** `error` when the key does not open this session's deck (refused, rotated, in the bin). */
  status: 'loading' | 'ready' | 'error';
  deck: Deck | null;
  slides: SlideView[];
}

/**
 * The deck a phone shows: `GET …/deck`, built by the server as the projector shows it, without
 * notes. It is asked again whenever `revision` changes: the presenter's deck revision (presence
 * doc), and the presence connection coming back. No polling: an edit reaches the phones as soon
 * as the presenter's own deck shows it, and an unchanged deck costs a 304 (ETag).
 */
export function useFollowDeck(workspaceId: string, sessionId: string, key: string, lang: DeckLang, revision: string): FollowDeck {
  const [state, setState] = useState<{ status: FollowDeck['status']; deck: Deck | null }>({ status: 'loading', deck: null });
  useEffect(() => {
    const abort = new AbortController();
    getFollowDeck(workspaceId, key, sessionId, lang, abort.signal).then(
      (deck) => setState({ status: 'ready', deck }),
      (error: unknown) => {
        if (abort.signal.aborted) return;
        // Offline or a server hiccup: the last deck stays; a refusal is final.
        const refused = error instanceof ApiError && error.code !== NETWORK_ERROR && error.status >= 400 && error.status < 500;
        setState((previous) => (refused ? { status: 'error', deck: null } : previous));
      },
    );
    return () => abort.abort();
  }, [workspaceId, sessionId, key, lang, revision]);
  const slides = useMemo(() => (state.deck ? deckView(state.deck) : []), [state.deck]);
  return { status: state.status, deck: state.deck, slides };
}
