import { CLOSE_CODES } from '@minga/schema';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

interface SyncRefusedNoticeProps {
  closeCode: number;
}

function messageKey(closeCode: number) {
  switch (closeCode) {
    case CLOSE_CODES.missingKey:
      return 'syncRefused.missingKey';
    case CLOSE_CODES.wrongKey:
      return 'syncRefused.wrongKey';
    case CLOSE_CODES.workspaceNotFound:
      return 'syncRefused.workspaceNotFound';
    case CLOSE_CODES.docDeleted:
      return 'syncRefused.docDeleted';
    case CLOSE_CODES.messageTooBig:
      return 'syncRefused.messageTooBig';
    case CLOSE_CODES.tooManyMessages:
      return 'syncRefused.tooManyMessages';
    case CLOSE_CODES.outdatedClient:
      return 'syncRefused.outdatedClient';
    default:
      return 'syncRefused.other';
  }
}

/** Why the server closed the connection for good, and what to do about it. */
export function SyncRefusedNotice({ closeCode }: SyncRefusedNoticeProps) {
  const { t } = useTranslation();
  return (
    <div className="notice notice--error" role="alert" data-testid="sync-refused" data-code={closeCode}>
      <p className="notice__title">{t('syncRefused.title')}</p>
      <p>{t(messageKey(closeCode))}</p>
      <p>
        {closeCode === CLOSE_CODES.outdatedClient ? (
          // The server kept every change this tab had stored; the reload brings the app that reads the new layout.
          <button type="button" className="button" onClick={() => window.location.reload()} data-testid="sync-reload">
            {t('syncRefused.reload')}
          </button>
        ) : (
          <Link to="/">{t('syncRefused.backHome')}</Link>
        )}
      </p>
    </div>
  );
}
