import { removeItem, updateItem } from '@minga/doc-model';
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { RemoveButton } from '../fields/RemoveButton.tsx';
import { useDocEditor } from '../doc/DocEditorContext.ts';

interface ContributorRowProps {
  /** The contributor's key in the list (contributorKey of the name). */
  contributorId: string;
  name: string;
}

/** A contributor's name, renamed in place (a typo, a full name) or removed. */
export function ContributorRow({ contributorId, name }: ContributorRowProps) {
  const { t } = useTranslation();
  const { doc, editable, change } = useDocEditor();
  const id = useId();
  const [draft, setDraft] = useState<string | null>(null);
  const save = (event: FormEvent) => {
    event.preventDefault();
    const trimmed = draft?.trim() ?? '';
    if (trimmed && trimmed !== name) change(() => updateItem(doc, 'contributors', contributorId, { name: trimmed }));
    setDraft(null);
  };
  if (draft !== null) {
    return (
      <form className="inline-form" onSubmit={save}>
        <label htmlFor={id} className="visually-hidden">{t('unit.contributors.renameLabel', { name })}</label>
        <input id={id} value={draft} maxLength={100} autoFocus onChange={(event) => setDraft(event.target.value)} data-native-undo />
        <button type="submit">{t('unit.contributors.save')}</button>
        <button type="button" onClick={() => setDraft(null)}>{t('common.cancel')}</button>
      </form>
    );
  }
  return (
    <span className="contributor">
      <span className="contributor__name">{name}</span>
      {editable && (
        <>
          <button type="button" className="button--quiet" onClick={() => setDraft(name)} aria-label={t('unit.contributors.renameLabel', { name })}>
            {t('unit.contributors.rename')}
          </button>
          <RemoveButton label={t('unit.contributors.remove', { name })} onRemove={() => change(() => removeItem(doc, 'contributors', contributorId))} />
        </>
      )}
    </span>
  );
}
