import { GENERAL_PAD_DOC_ID, type WorkspaceInfo } from '@minga/schema';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { usePresence } from '../hooks/usePresence.ts';
import { useSyncedDoc } from '../hooks/useSyncedDoc.ts';
import { identityStore, type Identity } from '../lib/identity.ts';
import { BinPanel } from './BinPanel.tsx';
import { ConnectionIndicator, indicatorStatus } from './ConnectionIndicator.tsx';
import { GeneralPad } from './GeneralPad.tsx';
import { IdentityForm } from './IdentityForm.tsx';
import { libraryPath } from './library/libraryQuery.ts';
import { PresenceList } from './PresenceList.tsx';
import { CommentModeBanner } from './CommentModeBanner.tsx';
import { ReadOnlyBadge } from './ReadOnlyBadge.tsx';
import { ShareLinks } from './ShareLinks.tsx';
import { SyncRefusedNotice } from './SyncRefusedNotice.tsx';
import { UnitLibrary } from './UnitLibrary.tsx';
import { SessionList } from './composer/SessionList.tsx';
import { DeliveryTimeline } from './relay/DeliveryTimeline.tsx';
import { WaitingForMe } from './comments/WaitingForMe.tsx';

interface WorkspaceViewProps {
  info: WorkspaceInfo;
  accessKey: string;
  identity: Identity;
  /** The server could not be reached: `info` comes from this device's memory. */
  offline: boolean;
}

/** An opened workspace: its general pad, who is here, its units and sessions, its links. */
export function WorkspaceView({ info, accessKey, identity, offline }: WorkspaceViewProps) {
  const { t } = useTranslation();
  const { session, state } = useSyncedDoc(info.id, GENERAL_PAD_DOC_ID, accessKey);
  const people = usePresence(session.awareness);
  const [rotating, setRotating] = useState(false);
  const [editingIdentity, setEditingIdentity] = useState(false);
  const { name, color } = identity;
  const role = info.role;

  useEffect(() => {
    session.setUser({ name, color, role });
  }, [session, name, color, role]);

  // While keys rotate, the server cuts the old socket: that refusal is expected, not an error.
  const refused = state.status === 'refused' && !rotating;
  const status = state.status === 'refused' && rotating ? 'reconnecting' : indicatorStatus(state, role);

  return (
    <div className="page workspace-page">
      <header className="workspace-header">
        <div>
          <p className="eyebrow">{t('workspace.eyebrow')}</p>
          <h1 data-testid="workspace-name">{info.name}</h1>
        </div>
        <div className="workspace-header__status">
          <Link className="button" to={libraryPath(info.id, accessKey)} data-testid="open-library">{t('libraryPage.link')}</Link>
          {role === 'view' && <ReadOnlyBadge />}
          <ConnectionIndicator status={status} />
        </div>
      </header>

      {role === 'comment' && <CommentModeBanner />}
      {offline && <p className="notice">{t('workspace.offlineInfo')}</p>}
      {refused && state.closeCode !== null && <SyncRefusedNotice closeCode={state.closeCode} />}

      <div className="workspace-grid">
        <div className="workspace-main">
          <section className="card" aria-labelledby="pad-title">
            <h2 id="pad-title">{t('pad.title')}</h2>
            <p className="hint">{role === 'edit' ? t('pad.explanation') : t('pad.explanationReadOnly')}</p>
            <GeneralPad session={session} editable={role === 'edit' && !refused} labelledBy="pad-title" />
          </section>

          <div className="workspace-lists">
            <section className="card" aria-labelledby="waiting-title">
              <h2 id="waiting-title">{t('waiting.title')}</h2>
              <WaitingForMe workspaceId={info.id} accessKey={accessKey} name={name} />
            </section>
            <section className="card" aria-labelledby="units-title">
              <h2 id="units-title">{t('units.title')}</h2>
              <UnitLibrary workspaceId={info.id} accessKey={accessKey} role={role} />
            </section>
            <section className="card" aria-labelledby="sessions-title">
              <h2 id="sessions-title">{t('sessions.title')}</h2>
              <SessionList workspaceId={info.id} accessKey={accessKey} role={role} />
            </section>
            <section className="card" aria-labelledby="timeline-title">
              <h2 id="timeline-title">{t('relay.timeline.title')}</h2>
              <DeliveryTimeline workspaceId={info.id} accessKey={accessKey} />
            </section>
          </div>
          {role === 'edit' && (
            <section className="card" aria-label={t('bin.title')}>
              <BinPanel workspaceId={info.id} accessKey={accessKey} />
            </section>
          )}
        </div>

        <aside className="workspace-side">
          <section className="card">
            <PresenceList people={people} />
            {editingIdentity ? (
              <IdentityForm
                initial={identity}
                onSave={(next) => {
                  identityStore.set(next);
                  setEditingIdentity(false);
                }}
                onCancel={() => setEditingIdentity(false)}
              />
            ) : (
              <button type="button" className="button--quiet" onClick={() => setEditingIdentity(true)}>
                {t('identity.edit')}
              </button>
            )}
          </section>
          <section className="card" aria-labelledby="share-title">
            <h2 id="share-title">{t('share.title')}</h2>
            <ShareLinks
              workspaceId={info.id}
              workspaceName={info.name}
              currentKey={accessKey}
              role={role}
              onRotatingChange={setRotating}
            />
          </section>
        </aside>
      </div>
    </div>
  );
}
