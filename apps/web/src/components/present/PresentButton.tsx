import type { Role } from '@minga/schema';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { CopyField } from '../CopyField.tsx';
import { ErrorNotice } from '../ErrorNotice.tsx';
import { getViewKey } from './presentApi.ts';
import { followLink, openSpeakerWindow, presentPath, type PresentTarget } from './presentPaths.ts';

interface PresentButtonProps {
  workspaceId: string;
  accessKey: string;
  role: Role;
  target: PresentTarget;
}

/** The follow link of a session, made from the view key the server gives editors back. */
function FollowLinkField({ workspaceId, sessionId, accessKey, role }: { workspaceId: string; sessionId: string; accessKey: string; role: Role }) {
  const { t } = useTranslation();
  const [loaded, setLoaded] = useState<{ for: string; viewKey: string | null; error?: unknown } | null>(null);
  const request = `${workspaceId}\n${accessKey}`;
  useEffect(() => {
    if (role !== 'edit') return;
    const abort = new AbortController();
    getViewKey(workspaceId, accessKey, abort.signal).then(
      (viewKey) => setLoaded({ for: request, viewKey }),
      (error: unknown) => {
        if (!abort.signal.aborted) setLoaded({ for: request, viewKey: null, error });
      },
    );
    return () => abort.abort();
  }, [workspaceId, accessKey, role, request]);

  // Someone holding the view key shares the link they opened.
  const viewKey = role === 'view' ? accessKey : loaded?.for === request ? loaded.viewKey : undefined;
  if (viewKey === undefined) return <p className="hint" role="status">{t('present.follow.linkLoading')}</p>;
  if (viewKey === null && loaded?.error !== undefined) return <ErrorNotice tone="warning" lead={t('present.follow.linkFailed')} error={loaded.error} testId="follow-link-failed" />;
  if (viewKey === null) return <p className="hint" data-testid="follow-link-unknown">{t('present.follow.linkUnknown')}</p>;
  return (
    <CopyField label={t('present.follow.linkLabel')} hint={t('present.follow.linkHint')} value={followLink(workspaceId, sessionId, viewKey)} testId="follow-link" />
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
