import { setUnitMeta } from '@minga/doc-model';
import { LICENCES, licenceTerms, type Licence } from '@minga/schema';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useUnitMeta } from '../../hooks/useUnitMeta.ts';
import { useUnitEditor } from './UnitEditorContext.ts';

/** The unit's licence (CC BY-SA 4.0 unless changed) and what it asks of whoever reuses the unit. */
export function LicenceField() {
  const { t } = useTranslation();
  const { doc, editable, change } = useUnitEditor();
  const { licence } = useUnitMeta(doc);
  const id = useId();
  const terms = licenceTerms(licence);
  return (
    <div className="field">
      <label htmlFor={id}>{t('unit.licence.label')}</label>
      <select
        id={id}
        value={licence}
        disabled={!editable}
        aria-describedby={`${id}-terms`}
        data-testid="unit-licence"
        onChange={(event) => {
          const next = event.target.value as Licence;
          change(() => setUnitMeta(doc, { licence: next }));
        }}
      >
        {LICENCES.map((option) => <option key={option} value={option}>{licenceTerms(option).label}</option>)}
      </select>
      <div id={`${id}-terms`} className="licence-terms" data-testid="licence-terms">
        <ul>
          {terms.attribution ? <li>{t('unit.licence.attribution')}</li> : <li>{t('unit.licence.publicDomain')}</li>}
          {terms.shareAlike && <li>{t('unit.licence.shareAlike')}</li>}
          {terms.nonCommercial && <li>{t('unit.licence.nonCommercial')}</li>}
          {terms.noDerivatives && <li>{t('unit.licence.noDerivatives')}</li>}
        </ul>
        <a href={terms.url} target="_blank" rel="noreferrer">{t('unit.licence.deed', { licence: terms.label })}</a>
      </div>
    </div>
  );
}
