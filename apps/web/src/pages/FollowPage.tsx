import type { DeckLang } from '@minga/export';
import { isFollowKey, type Role } from '@minga/schema';
import { useCallback, useEffect, useMemo, useRef, useState, type CSSProperties } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams, useSearchParams } from 'react-router';
import { ConnectionIndicator, indicatorStatus } from '../components/ConnectionIndicator.tsx';
import { WorkspaceError } from '../components/WorkspaceError.tsx';
import { PRESENT_UI_ATTRIBUTE, RevealDeck, type DeckHandle } from '../components/present/RevealDeck.tsx';
import { RoomInputForm } from '../components/present/RoomInputForm.tsx';
import { deckLang } from '../components/present/deckLang.ts';
import { slideIndexOf, type Presenter } from '../components/present/presenting.ts';
import '../components/present/present.css';
import { useDocumentTitle } from '../hooks/useDocumentTitle.ts';
import { useFollowDeck } from '../hooks/useFollowDeck.ts';
import { usePresentFollow } from '../hooks/usePresentFollow.ts';
import { useStoredValue } from '../hooks/useStoredValue.ts';
import { usePresenceDoc } from '../hooks/useSyncedDoc.ts';
import { useWorkspaceInfo } from '../hooks/useWorkspaceInfo.ts';
import { identityStore } from '../lib/identity.ts';

/**
 * `/w/:ws/sessions/:sessionId/follow?key=<follow key>`: the deck on a phone, following the
 * presenter's slide live. The deck comes from `GET …/deck` (built by the server, no notes), the
 * position from the session's presence doc: the phone never opens the session doc itself.
 * Swiping away means browsing freely until "Follow the presenter"; a small form sends the
 * presenter a question or a next step.
 */
export function FollowPage() {
  const { workspaceId = '', sessionId = '' } = useParams();
  const [searchParams] = useSearchParams();
  const key = searchParams.get('key');
  // A follow key opens this session's deck and nothing else, not even the workspace's name.
  if (key && isFollowKey(key)) return <FollowLoaded workspaceId={workspaceId} sessionId={sessionId} accessKey={key} role="view" />;
  return <FollowWithWorkspaceKey workspaceId={workspaceId} sessionId={sessionId} accessKey={key} />;
}

/** A follow link made before follow keys: it carries the view key, which still works until rotated. */
function FollowWithWorkspaceKey({ workspaceId, sessionId, accessKey: key }: { workspaceId: string; sessionId: string; accessKey: string | null }) {
  const { t } = useTranslation();
  const info = useWorkspaceInfo(workspaceId, key);
  // Once open, the deck names the page; an error names itself.
  useDocumentTitle(info.status === 'loading' ? t('present.follow.pageTitle') : null);
  if (info.status === 'loading') return <p className="present-message" role="status">{t('present.loading')}</p>;
  if (info.status === 'error') return <div className="page"><WorkspaceError code={info.code} /></div>;
  return <FollowLoaded workspaceId={workspaceId} sessionId={sessionId} accessKey={key ?? ''} role={info.info.role} />;
}

type FollowMode = 'following' | 'browsing';

function FollowLoaded({ workspaceId, sessionId, accessKey, role }: { workspaceId: string; sessionId: string; accessKey: string; role: Role }) {
  const { t, i18n } = useTranslation();
  const { session: sync, state: syncState } = usePresenceDoc(workspaceId, sessionId, accessKey);
  const present = usePresentFollow(sync.awareness);
  // A presenter whose connection drops leaves the awareness; the room stays with their last slide until they are back.
  const [lastPresenter, setLastPresenter] = useState<Presenter | null>(null);
  if (present && present !== lastPresenter) setLastPresenter(present);
  const presenter = present ?? lastPresenter;
  const away = present === null && lastPresenter !== null;
  // The deck in the presenter's language, so the screen and the phone read the same.
  const lang: DeckLang = presenter?.position.lang ?? deckLang(i18n.language);
  // Asked again when the presenter's deck changes, and when the connection comes back.
  const [connections, setConnections] = useState(0);
  const [wasConnected, setWasConnected] = useState(false);
  const connected = syncState.status === 'connected';
  if (connected !== wasConnected) {
    setWasConnected(connected);
    if (connected) setConnections((n) => n + 1);
  }
  const deck = useFollowDeck(workspaceId, sessionId, accessKey, lang, `${presenter?.deckRev ?? ''}:${Math.max(0, connections - 1)}`);

  const identity = useStoredValue(identityStore);
  useEffect(() => {
    if (identity) sync.setUser({ name: identity.name, color: identity.color, role });
  }, [sync, identity, role]);
  useDocumentTitle(deck.deck?.title ?? t('present.follow.pageTitle'));

  const [mode, setMode] = useState<FollowMode>('following');
  const [index, setIndex] = useState(0);
  const [formOpen, setFormOpen] = useState(false);
  const handle = useRef<DeckHandle | null>(null);
  // The deck takes the height the bar leaves (its status may wrap on a narrow phone, its form opens).
  const [barHeight, setBarHeight] = useState<number | null>(null);
  const [barElement, setBarElement] = useState<HTMLDivElement | null>(null);
  useEffect(() => {
    if (!barElement || typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(() => setBarHeight(Math.ceil(barElement.getBoundingClientRect().height)));
    observer.observe(barElement);
    return () => observer.disconnect();
  }, [barElement]);
  const slideIds = useMemo(() => deck.slides.map((s) => s.id), [deck.slides]);
  const presenterIndex = presenter ? slideIndexOf(slideIds, presenter.position) : null;

  useEffect(() => {
    if (mode === 'following' && presenterIndex !== null) handle.current?.goTo(presenterIndex);
  }, [mode, presenterIndex]);

  const onReady = useCallback(
    (h: DeckHandle) => {
      handle.current = h;
      if (presenterIndex !== null) h.goTo(presenterIndex);
      setIndex(h.index());
    },
    [presenterIndex],
  );
  const onSlideChange = useCallback((i: number, _id: string, byUser: boolean) => {
    setIndex(i);
    if (byUser) setMode('browsing');
  }, []);

  const followAgain = () => {
    setMode('following');
    if (presenterIndex !== null) handle.current?.goTo(presenterIndex);
  };

  if (deck.status === 'error' || syncState.status === 'refused') {
    return (
      <div className="page">
        <section className="card notice--error-card" role="alert" data-testid="present-error">
          <h1>{t('present.error.title')}</h1>
          <p>{t('present.error.body')}</p>
        </section>
      </div>
    );
  }
  if (deck.status === 'loading' || !deck.deck) return <p className="present-message" role="status">{t('present.loadingDeck')}</p>;

  const state = !presenter ? 'waiting' : mode;
  // The projector blacked out: a follower sees the same (browsing freely, they keep their slide).
  const paused = state === 'following' && presenter?.position.paused === true;
  const total = deck.slides.length;
  return (
    <div className="follow-page" style={barHeight === null ? undefined : ({ '--follow-bar-height': `${barHeight}px` } as CSSProperties)} data-testid="follow-page" data-follow-state={state} data-current-slide={index} data-current-slide-id={slideIds[index] ?? ''} data-presenter-slide={presenterIndex ?? ''} data-presenter-away={away} data-presenter-paused={paused}>
      <div className={`follow-page__deck${paused ? ' follow-page__deck--paused' : ''}`}>
        <RevealDeck slides={deck.slides} theme={deck.deck.theme} mode="full" interactive label={t('present.deckLabel', { title: deck.deck.title })} lang={deck.deck.lang} testId="follow-deck" onReady={onReady} onSlideChange={onSlideChange} />
      </div>
      <div className="follow-bar" ref={setBarElement} {...{ [PRESENT_UI_ATTRIBUTE]: '' }}>
        <p className="follow-bar__status" role="status" aria-live="polite" data-testid="follow-status">
          {state === 'waiting' && t('present.follow.waiting')}
          {state === 'following' && away && t('present.follow.presenterAway', { number: index + 1, total })}
          {paused && !away && t('present.follow.paused', { number: index + 1, total })}
          {state === 'following' && !away && !paused && (presenter?.name
            ? t('present.follow.followingName', { name: presenter.name, number: index + 1, total })
            : t('present.follow.following', { number: index + 1, total }))}
          {state === 'browsing' && t('present.follow.browsing', { number: (presenterIndex ?? 0) + 1, total })}
        </p>
        <div className="follow-bar__actions">
          {state === 'browsing' && (
            <button type="button" className="button button--primary" onClick={followAgain} data-testid="follow-again">{t('present.follow.followAgain')}</button>
          )}
          <button type="button" className="button" aria-expanded={formOpen} aria-controls="follow-form" onClick={() => setFormOpen((open) => !open)} data-testid="open-room-input">
            {formOpen ? t('present.follow.closeForm') : t('present.follow.openForm')}
          </button>
          <ConnectionIndicator status={indicatorStatus(syncState, role)} />
        </div>
        <div id="follow-form" className="follow-bar__form" hidden={!formOpen}>
          <RoomInputForm workspaceId={workspaceId} sessionId={sessionId} accessKey={accessKey} defaultName={identity?.name ?? ''} />
        </div>
      </div>
    </div>
  );
}
