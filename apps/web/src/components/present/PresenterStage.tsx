import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { usePresentSync } from '../../hooks/usePresentSync.ts';
import { unitPath } from '../../lib/unitLink.ts';
import { workspacePath } from '../../lib/workspaceLink.ts';
import { ConnectionIndicator, indicatorStatus } from '../ConnectionIndicator.tsx';
import { FollowQrDialog } from './FollowQrDialog.tsx';
import type { PresentViewProps } from './PresentViewProps.ts';
import { PRESENT_UI_ATTRIBUTE, RevealDeck, type DeckHandle } from './RevealDeck.tsx';
import { keyBelongsToControl } from './keyBelongsToControl.ts';
import { SlidePicker } from './SlidePicker.tsx';
import { ThemePicker } from './ThemePicker.tsx';
import { openSpeakerWindow, presentPath } from './presentPaths.ts';
import { slideIndexFromHash, slideIndexOf } from './presenting.ts';
import { useFollowLink } from './useFollowLink.ts';

/** The follow link's QR code for the room, behind a toolbar button (sessions only: units are not followed). */
function FollowQrButton({ workspaceId, sessionId, accessKey, role }: { workspaceId: string; sessionId: string; accessKey: string; role: PresentViewProps['role'] }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const { follow } = useFollowLink(workspaceId, sessionId, accessKey, role);
  return (
    <>
      <button type="button" className="button" aria-haspopup="dialog" onClick={() => setOpen(true)} data-testid="show-follow-qr">
        {t('present.toolbar.followQr')}
      </button>
      {open && <FollowQrDialog follow={follow} onClose={() => setOpen(false)} />}
    </>
  );
}

/** Shows the slide in the address (`#/<slide id>`, as reveal.js does) without a history entry or a router update. */
export function showSlideInAddress(slideId: string): void {
  if (!slideId) return;
  const url = `${window.location.pathname}${window.location.search}#/${encodeURIComponent(slideId)}`;
  window.history.replaceState(window.history.state, '', url);
}

function useFullscreen(): [boolean, () => void] {
  const [active, setActive] = useState(() => document.fullscreenElement !== null);
  useEffect(() => {
    const onChange = () => setActive(document.fullscreenElement !== null);
    document.addEventListener('fullscreenchange', onChange);
    return () => document.removeEventListener('fullscreenchange', onChange);
  }, []);
  const toggle = useCallback(() => {
    if (document.fullscreenElement) void document.exitFullscreen().catch(() => undefined);
    else void document.documentElement.requestFullscreen().catch(() => undefined);
  }, []);
  return [active, toggle];
}

/**
 * The projector window: the deck full page, driven by the keyboard (reveal.js's keys, `s` for the
 * speaker view, `f` for full screen) or by the speaker view in another window. Its position is
 * published to the room; nothing here waits on the network once the deck is loaded.
 */
export function PresenterStage({ workspaceId, target, accessKey, role, deck, presence, lang }: PresentViewProps) {
  const { t } = useTranslation();
  const { presenter } = usePresentSync(workspaceId, target, presence.awareness);
  const handle = useRef<DeckHandle | null>(null);
  const slideIds = useMemo(() => deck.slides.map((s) => s.id), [deck.slides]);
  const ids = useRef(slideIds);
  const [index, setIndex] = useState(0);
  const [fullscreen, toggleFullscreen] = useFullscreen();
  const [hashIndex] = useState(() => slideIndexFromHash(window.location.hash, slideIds));
  const speakerPath = presentPath(workspaceId, target, accessKey, { speaker: true });
  const speakerWindow = `minga-speaker-${target.id}`;

  useEffect(() => {
    ids.current = slideIds;
  }, [slideIds]);

  const publish = useCallback(
    (i: number, paused = false) => presenter.navigate({ h: i, v: 0, f: -1, slideId: ids.current[i] ?? '', lang, ...(paused ? { paused } : {}) }),
    [presenter, lang],
  );
  // Blacking the screen out (b or .) is part of the position: the phones black out with it.
  const onPausedChange = useCallback((paused: boolean) => {
    if ((presenter.position?.paused ?? false) !== paused) publish(handle.current?.index() ?? 0, paused);
  }, [presenter, publish]);

  const onReady = useCallback(
    (h: DeckHandle) => {
      handle.current = h;
      const known = presenter.position;
      if (hashIndex === null && known) h.goTo(slideIndexOf(ids.current, known));
      else publish(h.index());
      setIndex(h.index());
    },
    [presenter, hashIndex, publish],
  );

  const onSlideChange = useCallback(
    (i: number, slideId: string, byUser: boolean) => {
      setIndex(i);
      showSlideInAddress(slideId);
      // A move of its own, or the deck rebuilt under it: the others follow. One from elsewhere is already known.
      if (byUser || presenter.position?.slideId !== slideId) publish(i);
    },
    [presenter, publish],
  );

  useEffect(() => presenter.onRemote((position) => {
    handle.current?.goTo(slideIndexOf(ids.current, position));
    handle.current?.setPaused(position.paused ?? false);
  }), [presenter]);

  // `s` opens the speaker view, as in reveal.js's own (whose popup the app does not use).
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== 's' || event.ctrlKey || event.metaKey || event.altKey) return;
      if (keyBelongsToControl(event)) return;
      openSpeakerWindow(speakerPath, speakerWindow);
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [speakerPath, speakerWindow]);

  const back = target.kind === 'unit' ? unitPath(workspaceId, target.id, accessKey) : workspacePath(workspaceId, accessKey);
  const theme = deck.deck?.theme ?? 'minga';
  return (
    <div className="present-stage" data-testid="present-stage" data-current-slide={index} data-current-slide-id={slideIds[index] ?? ''}>
      <RevealDeck
        slides={deck.slides}
        theme={theme}
        mode="full"
        interactive
        initialIndex={hashIndex ?? 0}
        label={t('present.deckLabel', { title: deck.deck?.title ?? '' })}
        lang={deck.deck?.lang ?? 'fr'}
        testId="present-deck"
        onReady={onReady}
        onSlideChange={onSlideChange}
        onPausedChange={onPausedChange}
      />
      <div className="present-toolbar" {...{ [PRESENT_UI_ATTRIBUTE]: '' }} role="toolbar" aria-label={t('present.toolbar.label')}>
        <Link to={back} className="button button--quiet">{t('present.toolbar.exit')}</Link>
        <SlidePicker slides={deck.slides} index={index} onPick={(i) => handle.current?.goTo(i) ?? undefined} />
        <button type="button" className="button" onClick={() => openSpeakerWindow(speakerPath, speakerWindow)} data-testid="open-speaker-view">
          {t('present.toolbar.speaker')}
        </button>
        <button type="button" className="button" aria-pressed={fullscreen} onClick={toggleFullscreen}>
          {fullscreen ? t('present.toolbar.exitFullscreen') : t('present.toolbar.fullscreen')}
        </button>
        {target.kind === 'session' && <FollowQrButton workspaceId={workspaceId} sessionId={target.id} accessKey={accessKey} role={role} />}
        {target.kind === 'session' && role === 'edit' && <ThemePicker doc={deck.sync.doc} theme={theme} />}
        <ConnectionIndicator status={indicatorStatus(deck.syncState, role)} />
      </div>
    </div>
  );
}
