import { insertItem } from '@minga/doc-model';
import { contributorKey, type Contributor } from '@minga/schema';
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useUnitList } from '../../hooks/useUnitList.ts';
import { ContributorRow } from './ContributorRow.tsx';
import { useDocEditor } from '../doc/DocEditorContext.ts';

const pickContributor = (contributor: Contributor) => ({ key: contributorKey(contributor.name), name: contributor.name });

/** Who wrote the unit: added automatically at their first edit, editable, carried into every export. */
export function ContributorsList() {
  const { t } = useTranslation();
  const { doc, editable, change } = useDocEditor();
  const contributors = useUnitList(doc, 'contributors', pickContributor);
  const id = useId();
  const [name, setName] = useState('');
  const add = (event: FormEvent) => {
    event.preventDefault();
    const trimmed = name.trim();
    if (!trimmed) return;
    change(() => insertItem(doc, 'contributors', { name: trimmed }));
    setName('');
  };
  return (
    <>
      <p className="hint">{t('unit.contributors.hint')}</p>
      {contributors.length === 0 ? (
        <p className="hint" data-testid="contributors-empty">{t('unit.contributors.empty')}</p>
      ) : (
        <ul className="contributors" data-testid="contributors">
          {contributors.map((contributor) => (
            <li key={contributor.key} data-name={contributor.name}>
              <ContributorRow contributorId={contributor.key} name={contributor.name} />
            </li>
          ))}
        </ul>
      )}
      {editable && (
        <form className="inline-form" onSubmit={add}>
          <label htmlFor={id} className="visually-hidden">{t('unit.contributors.addLabel')}</label>
          <input id={id} value={name} maxLength={100} onChange={(event) => setName(event.target.value)} placeholder={t('unit.contributors.addLabel')} data-native-undo data-testid="contributor-input" />
          <button type="submit" disabled={!name.trim()}>{t('unit.contributors.add')}</button>
        </form>
      )}
    </>
  );
}
