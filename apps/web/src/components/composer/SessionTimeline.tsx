import type { CSSProperties } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDuration } from '../../lib/formatDuration.ts';
import { BudgetMessage } from './BudgetMessage.tsx';
import { useComposer } from './ComposerContext.ts';
import { itemTitle } from './itemLabels.ts';
import { formatClock, formatClockRange } from './sessionFormat.ts';
import { timelineSegments } from './timelineSegments.ts';

/**
 * The target duration as a bar, each item's share of it coloured by kind, the minutes left or
 * the overrun past a mark at the target, and the budget message.
 */
export function SessionTimeline() {
  const { t, i18n } = useTranslation();
  const { session, timing, units } = useComposer();
  const layout = timelineSegments(timing.items.map((item) => ({ id: item.itemId, minutes: item.minutes })), timing.targetMinutes);
  const over = timing.budget.status === 'over';
  const pending = [...units.byItem.values()].some((unit) => unit.used.status === 'loading');
  return (
    <div className="timeline" data-testid="session-timeline">
      <BudgetMessage budget={timing.budget} total={timing.totalMinutes} target={timing.targetMinutes} pending={pending} />
      {timing.start && timing.end && (
        <p className="timeline__range" data-testid="session-clock-range">
          {t('composer.timeline.range', { start: formatClock(timing.start, i18n.language), end: formatClock(timing.end, i18n.language) })}
        </p>
      )}
      <div className="timeline__track">
        <ol className="timeline__bar" aria-label={t('composer.timeline.label', { target: formatDuration(t, timing.targetMinutes) })} data-testid="timeline-bar">
          {layout.segments.map((segment, index) => {
            const item = session.items[index];
            const itemTiming = timing.items[index];
            if (!item || !itemTiming) return null;
            const title = itemTitle(t, item, units.byItem.get(item.id));
            const clock = formatClockRange(itemTiming.start, itemTiming.end, i18n.language);
            const text = [title, formatDuration(t, segment.minutes), clock].filter(Boolean).join(' · ');
            const style = {
              left: `${segment.left}%`,
              width: `${segment.width}%`,
              '--late': `${100 - segment.overflow}%`,
            } as CSSProperties;
            return (
              <li
                key={segment.id}
                className={`timeline__segment timeline__segment--${item.kind}${itemTiming.unitMissing && itemTiming.source === 'missing' ? ' timeline__segment--missing' : ''}${segment.overflow > 0 ? ' timeline__segment--late' : ''}`}
                style={style}
                title={text}
                data-testid="timeline-segment"
                data-minutes={segment.minutes}
              >
                <span className="timeline__label">{text}</span>
              </li>
            );
          })}
          {layout.remaining && (
            <li
              className="timeline__segment timeline__segment--free"
              style={{ left: `${layout.remaining.left}%`, width: `${layout.remaining.width}%` }}
              data-testid="timeline-free"
            >
              <span className="timeline__label">{t('composer.timeline.free', { duration: formatDuration(t, layout.remaining.minutes) })}</span>
            </li>
          )}
        </ol>
        {over && (
          <span className="timeline__target" style={{ left: `${layout.targetAt}%` }} aria-hidden="true" data-testid="timeline-target">
            <span className="timeline__target-label">{formatDuration(t, timing.targetMinutes)}</span>
          </span>
        )}
      </div>
    </div>
  );
}
