import type { Role } from '@minga/schema';
import { lazy, Suspense, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { CopyField } from '../CopyField.tsx';
import { ErrorNotice } from '../ErrorNotice.tsx';
import { openSpeakerWindow, presentPath, type PresentTarget } from './presentPaths.ts';
import { useFollowLink } from './useFollowLink.ts';

// The QR code library loads only on pages that show a session's follow link.
const FollowQrCode = lazy(() => import('./FollowQrCode.tsx').then((module) => ({ default: module.FollowQrCode })));

interface PresentButtonProps {
  workspaceId: string;
  accessKey: string;
  role: Role;
  target: PresentTarget;
}

/** The follow link of a session, to copy or to show as a QR code, and to replace when it went too far. */
function FollowLinkField({ workspaceId, sessionId, accessKey, role }: { workspaceId: string; sessionId: string; accessKey: string; role: Role }) {
  const { t } = useTranslation();
  const { follow, rotate } = useFollowLink(workspaceId, sessionId, accessKey, role);
  const [rotation, setRotation] = useState<{ status: 'idle' | 'busy' | 'done' } | { status: 'failed'; error: unknown }>({ status: 'idle' });
  if (follow.status === 'loading') return <p className="hint" role="status">{t('present.follow.linkLoading')}</p>;
  if (follow.status === 'failed') return <ErrorNotice tone="warning" lead={t('present.follow.linkFailed')} error={follow.error} testId="follow-link-failed" />;
  if (follow.status === 'editorsOnly') return <p className="hint" data-testid="follow-link-editors-only">{t('present.follow.linkEditorsOnly')}</p>;
  const onRotate = () => {
    setRotation({ status: 'busy' });
    rotate().then(
      () => setRotation({ status: 'done' }),
      (error: unknown) => setRotation({ status: 'failed', error }),
    );
  };
  return (
    <>
      <CopyField label={t('present.follow.linkLabel')} hint={t('present.follow.linkHint')} value={follow.link} testId="follow-link" />
      <details className="follow-qr-details">
        <summary>{t('present.follow.qrShow')}</summary>
        <Suspense fallback={null}><FollowQrCode link={follow.link} size={200} /></Suspense>
      </details>
      <div className="actions">
        <button type="button" className="button" onClick={onRotate} disabled={rotation.status === 'busy'} aria-describedby="follow-rotate-hint" data-testid="follow-rotate">
          {t('present.follow.rotate')}
        </button>
      </div>
      <p className="hint" id="follow-rotate-hint">{t('present.follow.rotateHint')}</p>
      {rotation.status === 'done' && <p className="hint" role="status" data-testid="follow-rotated">{t('present.follow.rotated')}</p>}
      {rotation.status === 'failed' && <ErrorNotice tone="warning" lead={t('present.follow.rotateFailed')} error={rotation.error} />}
    </>
  );
}

/**
 * Present a session or a unit: on this screen (the projector), in a speaker view of its own,
 * and, for a session, the link people in the room open on their phones to follow.
 */
export function PresentButton({ workspaceId, accessKey, role, target }: PresentButtonProps) {
  const { t } = useTranslation();
  const speaker = presentPath(workspaceId, target, accessKey, { speaker: true });
  return (
    <div className="present-button" data-testid="present-button">
      <div className="actions">
        <Link className="button button--primary" to={presentPath(workspaceId, target, accessKey)} data-testid="present-link">
          {t('present.button.present')}
        </Link>
        <button type="button" className="button" onClick={() => openSpeakerWindow(speaker, `minga-speaker-${target.id}`)}>
          {t('present.button.speaker')}
        </button>
      </div>
      {target.kind === 'session' && <FollowLinkField workspaceId={workspaceId} sessionId={target.id} accessKey={accessKey} role={role} />}
    </div>
  );
}
