import { useTranslation } from 'react-i18next';
import { useFieldOccupants } from '../../hooks/useFieldOccupants.ts';
import { useDocEditor } from '../doc/DocEditorContext.ts';
import './fields.css';

interface FieldPresenceProps {
  field: string;
}

/** Small coloured name tags of the other people whose caret is in this field. */
export function FieldPresence({ field }: FieldPresenceProps) {
  const { t } = useTranslation();
  const { awareness } = useDocEditor();
  const occupants = useFieldOccupants(awareness, field);
  if (occupants.length === 0) return null;
  const names = occupants.map((person) => person.name).join(', ');
  return (
    <span className="field-presence" data-testid="field-presence" data-field={field}>
      {occupants.map((person) => (
        <span key={person.clientId} className="field-presence__tag" style={{ backgroundColor: person.color }} aria-hidden="true">
          {person.name}
        </span>
      ))}
      <span className="visually-hidden">{t('unit.presence.inField', { names })}</span>
    </span>
  );
}
