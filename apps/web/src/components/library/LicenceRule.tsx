import type { LicenceTerms } from '@minga/schema';
import { useTranslation } from 'react-i18next';

/** What a licence lets whoever adapts a unit do, in one or two sentences, with a link to its deed. */
export function LicenceRule({ terms }: { terms: LicenceTerms }) {
  const { t } = useTranslation();
  const rule = terms.noDerivatives ? 'fork.rule.noDerivatives' : terms.shareAlike ? 'fork.rule.shareAlike' : 'fork.rule.other';
  return (
    <div className={terms.noDerivatives ? 'notice notice--warning' : 'notice'} data-testid="licence-rule" data-no-derivatives={terms.noDerivatives}>
      <p>
        {t(rule, { licence: terms.label })}
        {terms.attribution && <> {t('fork.rule.credits')}</>}
      </p>
      {terms.nonCommercial && <p>{t('fork.rule.nonCommercial')}</p>}
      {terms.url && (
        <p><a href={terms.url} target="_blank" rel="noopener noreferrer">{t('fork.rule.deed', { licence: terms.label })}</a></p>
      )}
    </div>
  );
}
