import { useTranslation } from 'react-i18next';
import { apiErrorMessage } from '../../api/errorMessage.ts';
import type { EditorNotice, KeyedNotice } from './useImageUploads.ts';

interface EditorNoticesProps {
  notices: KeyedNotice[];
  uploading: number;
  onDismiss: (key: number) => void;
}

const UPLOAD_LEADS = {
  tooLarge: 'slides.notice.uploadTooLarge',
  unsupported: 'slides.notice.uploadUnsupported',
  forbidden: 'slides.notice.uploadForbidden',
  network: 'slides.notice.uploadNetwork',
  other: 'slides.notice.uploadOther',
} as const;

function NoticeText({ notice }: { notice: EditorNotice }) {
  const { t, i18n } = useTranslation();
  switch (notice.kind) {
    case 'pasteTooLarge':
      return <p>{t('slides.notice.pasteTooLarge', { limit: notice.limit.toLocaleString(i18n.language) })}</p>;
    case 'imagesDropped':
      return <p>{t('slides.notice.imagesDropped', { count: notice.count })}</p>;
    case 'uploadFailed':
      return (
        <>
          <p>{t(UPLOAD_LEADS[notice.reason], { name: notice.fileName })}</p>
          {/* Why, and what to do (the size limit the server named, a key that changed…); the lead says enough for a wrong type or no connection. */}
          {notice.reason !== 'unsupported' && notice.reason !== 'network' && (
            <p className="slide-notice__server" data-testid="upload-reason" data-code={notice.code}>
              {apiErrorMessage(t, { code: notice.code, message: notice.serverMessage ?? '' })}
            </p>
          )}
        </>
      );
  }
}

/** What an editor refused or could not do, and uploads in progress; read out as they come. */
export function EditorNotices({ notices, uploading, onDismiss }: EditorNoticesProps) {
  const { t } = useTranslation();
  return (
    <div className="slide-notices">
      {uploading > 0 && (
        <p className="slide-notices__uploading" role="status" data-testid="upload-progress">
          {t('slides.notice.uploading', { count: uploading })}
        </p>
      )}
      {notices.map(({ key, notice }) => (
        <div key={key} className="notice notice--error slide-notice" role="alert" data-testid="editor-notice" data-kind={notice.kind}>
          <div className="slide-notice__text"><NoticeText notice={notice} /></div>
          <button type="button" className="button--quiet" onClick={() => onDismiss(key)}>
            {t('common.close')}
          </button>
        </div>
      ))}
    </div>
  );
}
