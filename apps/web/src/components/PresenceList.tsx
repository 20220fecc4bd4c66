import { useTranslation } from 'react-i18next';
import type { PresentPerson } from '../hooks/usePresence.ts';

interface PresenceListProps {
  people: PresentPerson[];
}

/** Who is on the workspace's pad right now, each with their caret colour. */
export function PresenceList({ people }: PresenceListProps) {
  const { t } = useTranslation();
  return (
    <div className="presence">
      <h2 className="presence__title" id="presence-title">
        {t('presence.title', { count: people.length })}
      </h2>
      <ul className="presence__list" aria-labelledby="presence-title" data-testid="presence-list">
        {people.map((person) => (
          <li key={person.clientId} data-name={person.name} className="presence__person">
            <span className="presence__dot" style={{ backgroundColor: person.color }} aria-hidden="true" />
            <span>{person.name}</span>
            {person.isSelf && <span className="presence__tag">{t('presence.you')}</span>}
            {person.role === 'view' && <span className="presence__tag">{t('presence.readOnly')}</span>}
          </li>
        ))}
      </ul>
    </div>
  );
}
