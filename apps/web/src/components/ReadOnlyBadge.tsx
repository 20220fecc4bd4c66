import { useTranslation } from 'react-i18next';

/** Tells a view-key holder that they can read and follow, not write. */
export function ReadOnlyBadge() {
  const { t } = useTranslation();
  return (
    <span className="badge badge--read-only" data-testid="readonly-badge" title={t('readOnly.explanation')}>
      {t('readOnly.badge')}
    </span>
  );
}
