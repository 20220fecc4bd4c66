import type { Deck, DeckLang } from '@minga/export';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useMemo, useRef } from 'react';
import { ApiError } from '../api/ApiError.ts';
import { queryKeys } from '../api/queryKeys.ts';
import { deckView, type SlideView } from '../components/present/deckView.ts';
import { getFollowDeck } from '../components/present/presentApi.ts';

export interface FollowDeck {
  /** `error` when the key does not open this session's deck (refused, rotated, in the bin). */
  status: 'loading' | 'ready' | 'error';
  deck: Deck | null;
  slides: SlideView[];
}

/** A refusal is final; offline or a server hiccup leaves the last deck up. */
const isRefusal = (error: unknown) => error instanceof ApiError && !error.isNetwork && error.status >= 400 && error.status < 500;

/**
 * The deck a phone shows: `GET …/deck`, built by the server as the projector shows it, without
 * notes. It is asked again whenever `revision` changes: the presenter's deck revision (presence
 * doc), and the presence connection coming back. No polling: an edit reaches the phones as soon
 * as the presenter's own deck shows it, and an unchanged deck costs a 304 (ETag).
 */
export function useFollowDeck(workspaceId: string, sessionId: string, key: string, lang: DeckLang, revision: string): FollowDeck {
  const queryClient = useQueryClient();
  const deckKey = queryKeys.followDeck(workspaceId, sessionId, lang, key);
  const query = useQuery({ queryKey: deckKey, queryFn: ({ signal }) => getFollowDeck(workspaceId, key, sessionId, lang, signal) });
  // A new revision makes the deck stale: asked again, the last one shown meanwhile.
  const seen = useRef(revision);
  useEffect(() => {
    if (seen.current === revision) return;
    seen.current = revision;
    void queryClient.invalidateQueries({ queryKey: deckKey, exact: true });
  }, [queryClient, deckKey, revision]);

  const refused = query.status === 'error' && isRefusal(query.error);
  const deck = refused ? null : query.data ?? null;
  const slides = useMemo(() => (deck ? deckView(deck) : []), [deck]);
  return { status: refused ? 'error' : deck ? 'ready' : 'loading', deck, slides };
}
