import type { Deck } from '@minga/export';
import { useTranslation } from 'react-i18next';
import type { PresenterSync } from './PresenterSync.ts';
import { computeTimers, formatElapsed, type TimerState } from './timers.ts';

interface SpeakerTimersProps {
  deck: Deck | null;
  presenter: PresenterSync;
  now: number;
  stepTitles: ReadonlyMap<string, string>;
}

function TimerRow({ timer, level }: { timer: TimerState; level: 'item' | 'step' }) {
  const { t } = useTranslation();
  const state = timer.over ? 'over' : timer.active ? 'active' : timer.started ? 'done' : 'waiting';
  return (
    <li className={`speaker-timer speaker-timer--${level} speaker-timer--${state}`} data-testid="speaker-timer" data-state={state} aria-current={timer.active ? 'step' : undefined}>
      <span className="speaker-timer__label">{timer.label}</span>
      <span className="speaker-timer__time">
        {t('present.timers.elapsed', { elapsed: timer.started ? formatElapsed(timer.elapsedMs) : '–', planned: timer.plannedMinutes })}
      </span>
      {timer.over && <span className="speaker-timer__flag">{t('present.timers.over')}</span>}
    </li>
  );
}

/**
 * Each item and step of the deck with its elapsed time against the planned minutes: a timer
 * starts when the presenter reaches it and turns to the warning colour past its plan, which is
 * also announced once to screen readers.
 */
export function SpeakerTimers({ deck, presenter, now, stepTitles }: SpeakerTimersProps) {
  const { t } = useTranslation();
  const report = deck ? computeTimers(deck, presenter.readLog(), now, stepTitles, (n) => t('present.timers.step', { number: n })) : null;
  // Derived, not stored: the live region changes only when the timer running now goes over, and says so once.
  const runningOver = report ? report.items.flatMap((item) => [item, ...item.steps]).filter((timer) => timer.active && timer.over) : [];
  const overNow = runningOver[runningOver.length - 1];
  const announcement = overNow ? t('present.timers.overAnnouncement', { label: overNow.label, planned: overNow.plannedMinutes }) : '';

  return (
    <section className="speaker-view__timers" aria-labelledby="speaker-timers">
      <div className="speaker-view__section-head">
        <h2 id="speaker-timers">{t('present.timers.title')}</h2>
        <p className="speaker-view__total">{t('present.timers.total', { elapsed: formatElapsed(report?.totalMs ?? 0) })}</p>
        <button type="button" className="button button--quiet" onClick={() => presenter.resetLog()} data-testid="reset-timers">{t('present.timers.reset')}</button>
      </div>
      {report && report.items.length > 0 ? (
        <ol className="speaker-timers">
          {report.items.map((item) => (
            <li key={item.key} className="speaker-timers__item">
              <ol className="speaker-timers__rows">
                <TimerRow timer={item} level="item" />
                {item.steps.map((step) => <TimerRow key={step.key} timer={step} level="step" />)}
              </ol>
            </li>
          ))}
        </ol>
      ) : (
        <p className="hint">{t('present.timers.none')}</p>
      )}
      <p className="visually-hidden" role="status" aria-live="assertive" data-testid="timer-announcement">{announcement}</p>
    </section>
  );
}
