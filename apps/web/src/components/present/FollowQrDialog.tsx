import { useTranslation } from 'react-i18next';
import { useModalDialog } from '../../hooks/useModalDialog.ts';
import { ErrorNotice } from '../ErrorNotice.tsx';
import { FollowQrCode } from './FollowQrCode.tsx';
import { PRESENT_UI_ATTRIBUTE } from './RevealDeck.tsx';
import type { FollowLinkState } from './useFollowLink.ts';

/** On the projector: the follow link, big enough to scan from the back of the room. Escape closes it. */
export function FollowQrDialog({ follow, onClose }: { follow: FollowLinkState; onClose: () => void }) {
  const { t } = useTranslation();
  const dialog = useModalDialog();
  return (
    <dialog
      ref={dialog}
      className="dialog follow-qr-dialog"
      aria-labelledby="follow-qr-title"
      data-testid="follow-qr-dialog"
      onClose={onClose}
      {...{ [PRESENT_UI_ATTRIBUTE]: '' }}
    >
      <h2 id="follow-qr-title">{t('present.follow.qrHeading')}</h2>
      {follow.status === 'loading' && <p role="status">{t('present.follow.linkLoading')}</p>}
      {follow.status === 'failed' && <ErrorNotice tone="warning" lead={t('present.follow.linkFailed')} error={follow.error} />}
      {follow.status === 'editorsOnly' && <p>{t('present.follow.linkEditorsOnly')}</p>}
      {follow.status === 'ready' && <FollowQrCode link={follow.link} size={360} />}
      <div className="actions">
        <button type="button" className="button button--primary" onClick={onClose} autoFocus>
          {t('present.follow.qrClose')}
        </button>
      </div>
    </dialog>
  );
}
