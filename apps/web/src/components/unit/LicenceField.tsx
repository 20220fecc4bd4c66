import { setUnitMeta } from '@minga/doc-model';
import { allowedLicences, licenceTerms, type Licence } from '@minga/schema';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useUnitMeta } from '../../hooks/useUnitMeta.ts';
import { useDocEditor } from '../doc/DocEditorContext.ts';

/**
 * The unit's licence (CC BY-SA 4.0 unless changed) and what it asks of whoever reuses the unit.
 * A fork of a share-alike unit offers only its source's licence, and says why.
 */
export function LicenceField() {
  const { t } = useTranslation();
  const { doc, editable, change } = useDocEditor();
  const { licence, sourceLicence } = useUnitMeta(doc);
  const id = useId();
  const terms = licenceTerms(licence);
  const allowed = allowedLicences(sourceLicence);
  // A licence set before the rule was known (or by another client) stays visible, not selectable.
  const outside = !allowed.includes(licence);
  const source = sourceLicence ? licenceTerms(sourceLicence).label : '';
  return (
    <div className="field">
      <label htmlFor={id}>{t('unit.licence.label')}</label>
      <select
        id={id}
        value={licence}
        disabled={!editable}
        aria-describedby={sourceLicence ? `${id}-rule ${id}-terms` : `${id}-terms`}
        data-testid="unit-licence"
        onChange={(event) => {
          const next = event.target.value as Licence;
          change(() => setUnitMeta(doc, { licence: next }));
        }}
      >
        {outside && <option value={licence} disabled>{terms.label}</option>}
        {allowed.map((option) => <option key={option} value={option}>{licenceTerms(option).label}</option>)}
      </select>
      {sourceLicence && (
        <div id={`${id}-rule`} className={outside ? 'notice notice--warning' : 'notice'} data-testid="licence-share-alike">
          <p>{t('unit.licence.shareAlikeSource', { licence: source })}</p>
          {outside && <p>{t('unit.licence.outsideRule', { licence: source, current: terms.label })}</p>}
        </div>
      )}
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
