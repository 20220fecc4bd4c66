import type { Session } from '@minga/schema';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useComposer } from './ComposerContext.ts';
import { formatClock, formatSessionDate } from './sessionFormat.ts';

/** Title, date, start and place all given: the details are written and can step aside for the programme. */
export function detailsFilled(session: Session): boolean {
  return Boolean(session.title.trim() && session.date && session.startTime && session.place.trim());
}

interface SessionDetailsDisclosureProps {
  /** The session as first read from this device's copy or the server: decides whether it opens. */
  loaded: boolean;
  children: ReactNode;
}

/**
 * The session's details and promotional texts behind a disclosure (a native `<details>`: a
 * keyboard-reachable summary whose state screen readers announce). Open on a session still being
 * written, closed by default once its details are filled so the programme fits the screen; the
 * summary recalls when and where. The default is decided once the session is loaded, then only
 * the person opens or closes it: it never closes under their fingers as they fill the last field.
 */
export function SessionDetailsDisclosure({ loaded, children }: SessionDetailsDisclosureProps) {
  const { t, i18n } = useTranslation();
  const { session } = useComposer();
  const [decided, setDecided] = useState<boolean | null>(null);
  if (decided === null && loaded) setDecided(!detailsFilled(session));
  const open = decided ?? true;
  const recap = [
    session.date ? formatSessionDate(session.date, i18n.language) : '',
    session.startTime ? formatClock({ hhmm: session.startTime, dayOffset: 0 }, i18n.language) : '',
    session.place.trim(),
  ].filter(Boolean).join(' · ');
  return (
    <details
      className="card composer-details"
      open={open}
      // The toggle the browser fires for the first render's `open` comes before the decision: only later ones are the person's.
      onToggle={(event) => {
        if (decided !== null) setDecided(event.currentTarget.open);
      }}
      data-testid="session-details-disclosure"
    >
      <summary className="composer-details__summary" data-testid="session-details-summary">
        <span className="composer-details__label">{t('composerPanes.details')}</span>
        {recap && <span className="composer-details__recap">{recap}</span>}
      </summary>
      <div className="composer-details__body">{children}</div>
    </details>
  );
}
