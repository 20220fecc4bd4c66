import { setUnitMeta } from '@minga/doc-model';
import { useId, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useUnitMeta } from '../../hooks/useUnitMeta.ts';
import { useDocEditor } from '../doc/DocEditorContext.ts';

/** Languages the network writes in, first; a unit in another language keeps its own. */
const COMMON_LANGUAGES = ['fr', 'en', 'es', 'de', 'it', 'pt', 'nl', 'ca', 'br', 'eu', 'oc', 'ar'];

/** The language the unit is written in (for search and for the deck), named in the interface's language. */
export function LanguageField() {
  const { t, i18n } = useTranslation();
  const { doc, editable, change } = useDocEditor();
  const { language } = useUnitMeta(doc);
  const id = useId();
  const options = useMemo(() => {
    const names = new Intl.DisplayNames([i18n.language], { type: 'language' });
    const codes = COMMON_LANGUAGES.includes(language) ? COMMON_LANGUAGES : [language, ...COMMON_LANGUAGES];
    return codes.map((code) => ({ code, name: names.of(code) ?? code }));
  }, [i18n.language, language]);
  return (
    <div className="field">
      <label htmlFor={id}>{t('unit.language.label')}</label>
      <select
        id={id}
        value={language}
        disabled={!editable}
        data-testid="unit-language"
        onChange={(event) => {
          const next = event.target.value;
          change(() => setUnitMeta(doc, { language: next }));
        }}
      >
        {options.map((option) => <option key={option.code} value={option.code} lang={option.code}>{option.name}</option>)}
      </select>
    </div>
  );
}
