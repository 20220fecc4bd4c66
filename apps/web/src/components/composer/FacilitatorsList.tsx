import { insertSessionListItem, removeSessionListItem } from '@minga/doc-model';
import { contributorKey } from '@minga/schema';
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useDocEditor } from '../doc/DocEditorContext.ts';
import { useComposer } from './ComposerContext.ts';

/** Who runs the session: names added once each (two spellings of one name are one person). */
export function FacilitatorsList() {
  const { t } = useTranslation();
  const { doc, editable, change } = useDocEditor();
  const { session } = useComposer();
  const uid = useId();
  const [draft, setDraft] = useState('');
  const add = (event: FormEvent) => {
    event.preventDefault();
    const name = draft.trim().replace(/\s+/g, ' ').slice(0, 100);
    if (!name) return;
    change(() => insertSessionListItem(doc, 'facilitators', { name }));
    setDraft('');
  };
  return (
    <div className="facilitators">
      {session.facilitators.length === 0 ? (
        <p className="hint">{t('composer.facilitators.empty')}</p>
      ) : (
        <ul className="contributors" data-testid="session-facilitators">
          {session.facilitators.map((person) => (
            <li key={contributorKey(person.name)} className="contributor" data-name={person.name}>
              <span className="contributor__name">{person.name}</span>
              {editable && (
                <button
                  type="button"
                  className="icon-button icon-button--danger"
                  onClick={() => change(() => removeSessionListItem(doc, 'facilitators', contributorKey(person.name)))}
                  aria-label={t('composer.facilitators.remove', { name: person.name })}
                  title={t('composer.facilitators.remove', { name: person.name })}
                >
                  <span aria-hidden="true">✕</span>
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
      {editable && (
        <form className="inline-form" onSubmit={add}>
          <label htmlFor={`${uid}-name`} className="visually-hidden">{t('composer.facilitators.nameLabel')}</label>
          <input
            id={`${uid}-name`}
            type="text"
            value={draft}
            maxLength={100}
            placeholder={t('composer.facilitators.placeholder')}
            onChange={(event) => setDraft(event.target.value)}
            data-native-undo
            data-testid="facilitator-name"
          />
          <button type="submit" disabled={!draft.trim()}>{t('composer.facilitators.add')}</button>
        </form>
      )}
    </div>
  );
}
