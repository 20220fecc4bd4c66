import { useCallback, useEffect, useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { usePresentClock } from '../../hooks/usePresentClock.ts';
import { usePresentSync } from '../../hooks/usePresentSync.ts';
import { ConnectionIndicator, indicatorStatus } from '../ConnectionIndicator.tsx';
import type { PresentViewProps } from './PresentViewProps.ts';
import { RevealDeck, type DeckHandle } from './RevealDeck.tsx';
import { RoomInputPanel } from './RoomInputPanel.tsx';
import { SlidePicker } from './SlidePicker.tsx';
import { SpeakerTimers } from './SpeakerTimers.tsx';
import { ThemePicker } from './ThemePicker.tsx';
import { presentPath } from './presentPaths.ts';
import { slideIndexOf } from './presenting.ts';
import { keyBelongsToControl } from './keyBelongsToControl.ts';

const NEXT_KEYS = new Set(['ArrowRight', 'ArrowDown', 'PageDown', ' ', 'n', 'N']);
const PREV_KEYS = new Set(['ArrowLeft', 'ArrowUp', 'PageUp', 'p', 'P']);

/**
 * The speaker view, in the app (a window of its own, `?speaker=1`): the current and the next
 * slide, the current slide's notes, a clock, each item's and step's time against the plan, and
 * what the room sends. It drives the projector window of this browser (BroadcastChannel) and
 * follows a presenter on another device (awareness).
 */
export function SpeakerView({ workspaceId, target, accessKey, role, deck, presence, lang }: PresentViewProps) {
  const { t, i18n } = useTranslation();
  const { presenter, position } = usePresentSync(workspaceId, target, presence.awareness);
  const now = usePresentClock();
  const current = useRef<DeckHandle | null>(null);
  const next = useRef<DeckHandle | null>(null);
  const slideIds = useMemo(() => deck.slides.map((s) => s.id), [deck.slides]);
  const index = position ? slideIndexOf(slideIds, position) : 0;
  const slide = deck.slides[index];
  const total = deck.slides.length;

  const goTo = useCallback(
    (i: number) => {
      const clamped = Math.max(0, Math.min(i, total - 1));
      presenter.navigate({ h: clamped, v: 0, f: -1, slideId: slideIds[clamped] ?? '', lang });
    },
    [presenter, slideIds, total, lang],
  );

  useEffect(() => {
    current.current?.goTo(index);
    next.current?.goTo(index + 1);
  }, [index, deck.slides]);

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.ctrlKey || event.metaKey || event.altKey || keyBelongsToControl(event)) return;
      if (NEXT_KEYS.has(event.key)) goTo(index + 1);
      else if (PREV_KEYS.has(event.key)) goTo(index - 1);
      else if (event.key === 'Home') goTo(0);
      else if (event.key === 'End') goTo(total - 1);
      else return;
      event.preventDefault();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [goTo, index, total]);

  const theme = deck.deck?.theme ?? 'minga';
  const clock = new Intl.DateTimeFormat(i18n.language, { hour: '2-digit', minute: '2-digit' }).format(now);
  const presentWindow = `minga-present-${target.id}`;
  return (
    <div className="speaker-view" data-testid="speaker-view" data-current-slide={index} data-current-slide-id={slideIds[index] ?? ''}>
      <header className="speaker-view__bar">
        <h1 className="speaker-view__title">{deck.deck?.title}</h1>
        <p className="speaker-view__clock" aria-label={t('present.speaker.clock')} data-testid="speaker-clock">{clock}</p>
        <p className="speaker-view__position" aria-live="polite">{t('present.speaker.position', { number: index + 1, total })}</p>
        <ConnectionIndicator status={indicatorStatus(deck.syncState, role)} />
      </header>

      <div className="speaker-view__controls" role="toolbar" aria-label={t('present.speaker.controls')}>
        <button type="button" className="button" onClick={() => goTo(index - 1)} disabled={index === 0} data-testid="speaker-prev">{t('present.speaker.prev')}</button>
        <button type="button" className="button button--primary" onClick={() => goTo(index + 1)} disabled={index >= total - 1} data-testid="speaker-next">{t('present.speaker.next')}</button>
        <SlidePicker slides={deck.slides} index={index} onPick={goTo} />
        <button type="button" className="button" onClick={() => window.open(presentPath(workspaceId, target, accessKey), presentWindow)}>
          {t('present.speaker.openProjector')}
        </button>
        {target.kind === 'session' && role === 'edit' && <ThemePicker doc={deck.sync.doc} theme={theme} />}
      </div>

      <section className="speaker-view__current" aria-labelledby="speaker-current">
        <h2 id="speaker-current">{t('present.speaker.current')}</h2>
        <div className="speaker-view__frame">
          <RevealDeck slides={deck.slides} theme={theme} mode="embedded" interactive={false} initialIndex={index} label={t('present.speaker.current')} testId="speaker-current" onReady={(h) => { current.current = h; h.goTo(index); }} />
        </div>
      </section>

      <section className="speaker-view__next" aria-labelledby="speaker-next">
        <h2 id="speaker-next">{t('present.speaker.upNext')}</h2>
        <div className="speaker-view__frame speaker-view__frame--small">
          {index + 1 < total ? (
            <RevealDeck slides={deck.slides} theme={theme} mode="embedded" interactive={false} initialIndex={index + 1} label={t('present.speaker.upNext')} testId="speaker-next-slide" onReady={(h) => { next.current = h; h.goTo(index + 1); }} />
          ) : (
            <p className="speaker-view__end">{t('present.speaker.end')}</p>
          )}
        </div>
      </section>

      <section className="speaker-view__notes" aria-labelledby="speaker-notes">
        <h2 id="speaker-notes">{t('present.speaker.notes')}</h2>
        {/* renderSlideHtml's notes: user text escaped, rich text from the allow-list (docs/deck.md). */}
        <div className="speaker-view__notes-text" data-testid="speaker-notes" dangerouslySetInnerHTML={{ __html: slide?.notesHtml ?? '' }} />
      </section>

      <SpeakerTimers deck={deck.deck} presenter={presenter} now={now} stepTitles={deck.stepTitles} />

      {target.kind === 'session' && role === 'edit' && (
        <RoomInputPanel workspaceId={workspaceId} sessionId={target.id} accessKey={accessKey} sessionDoc={deck.sync.doc} units={deck.units} className="speaker-view__room card" />
      )}
    </div>
  );
}
