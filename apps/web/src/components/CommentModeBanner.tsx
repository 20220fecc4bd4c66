import { useTranslation } from 'react-i18next';

/** Tells a comment-key holder what their link allows: read, comment, propose and approve, never edit. */
export function CommentModeBanner() {
  const { t } = useTranslation();
  return (
    <p className="notice comment-mode-banner" data-testid="comment-mode-banner">
      <span className="badge badge--read-only">{t('commentMode.badge')}</span> {t('commentMode.banner')}
    </p>
  );
}
