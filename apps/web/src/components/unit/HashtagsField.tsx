import { addHashtag, removeHashtag } from '@minga/doc-model';
import { HashtagSchema, normaliseHashtag } from '@minga/schema';
import { useId, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useFieldFocus } from '../../hooks/useFieldFocus.ts';
import { useHashtags } from '../../hooks/useHashtags.ts';
import { FieldPresence } from '../fields/FieldPresence.tsx';
import { useDocEditor } from '../doc/DocEditorContext.ts';

/** Tags typed as in a pad header ("#tiers-lieux #Décideurs"), split and normalised. */
function splitTags(raw: string): string[] {
  return raw.split(/[#,]/).map(normaliseHashtag).filter((tag) => tag !== '');
}

/** The unit's hashtags as chips, and a field that adds them, normalised as typed (accents kept). */
export function HashtagsField() {
  const { t } = useTranslation();
  const { doc, editable, change } = useDocEditor();
  const tags = useHashtags(doc);
  const id = useId();
  const focus = useFieldFocus('hashtags');
  const [draft, setDraft] = useState('');
  const pending = splitTags(draft);
  const invalid = pending.filter((tag) => !HashtagSchema.safeParse(tag).success);

  const commit = () => {
    if (pending.length === 0 || invalid.length > 0) return;
    change(() => {
      for (const tag of pending) addHashtag(doc, tag);
    });
    setDraft('');
  };
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'Enter' || event.key === ',') {
      event.preventDefault();
      commit();
    } else if (event.key === 'Backspace' && draft === '' && tags.length > 0) {
      const last = tags[tags.length - 1]!;
      change(() => removeHashtag(doc, last));
    }
  };

  return (
    <div className="field unit-field" {...focus}>
      <div className="unit-field__label">
        <label htmlFor={id}>{t('unit.hashtags.label')}</label>
        <FieldPresence field="hashtags" />
      </div>
      <ul className="chips" aria-label={t('unit.hashtags.list')} data-testid="hashtags">
        {tags.map((tag) => (
          <li key={tag} className="chip" data-tag={tag}>
            <span>#{tag}</span>
            {editable && (
              <button type="button" className="chip__remove" onClick={() => change(() => removeHashtag(doc, tag))} aria-label={t('unit.hashtags.remove', { tag })}>
                <span aria-hidden="true">✕</span>
              </button>
            )}
          </li>
        ))}
        {tags.length === 0 && !editable && <li className="hint">{t('unit.hashtags.none')}</li>}
      </ul>
      {editable && (
        <>
          <div className="inline-form">
            <input
              id={id}
              type="text"
              value={draft}
              onChange={(event) => setDraft(event.target.value)}
              onKeyDown={onKeyDown}
              placeholder={t('unit.hashtags.placeholder')}
              aria-describedby={`${id}-hint`}
              aria-invalid={invalid.length > 0 || undefined}
              data-testid="hashtag-input"
              data-native-undo
            />
            <button type="button" onClick={commit} disabled={pending.length === 0 || invalid.length > 0}>{t('unit.hashtags.add')}</button>
          </div>
          <p className="hint" id={`${id}-hint`} aria-live="polite">
            {invalid.length > 0
              ? t('unit.hashtags.invalid', { tags: invalid.map((tag) => `#${tag}`).join(' ') })
              : pending.length > 0
                ? t('unit.hashtags.preview', { tags: pending.map((tag) => `#${tag}`).join(' ') })
                : t('unit.hashtags.hint')}
          </p>
        </>
      )}
    </div>
  );
}
