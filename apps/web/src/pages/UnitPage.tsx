import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Navigate, useParams, useSearchParams } from 'react-router';
import { IdentityWelcome } from '../components/IdentityWelcome.tsx';
import { WorkspaceError } from '../components/WorkspaceError.tsx';
import { UnitEditor } from '../components/unit/UnitEditor.tsx';
import { preloadUnitPanels } from '../components/unit/UnitLazyPanels.tsx';
import { useStoredValue } from '../hooks/useStoredValue.ts';
import { useDocCheck } from '../hooks/useDocCheck.ts';
import { useDocumentTitle } from '../hooks/useDocumentTitle.ts';
import { useWorkspaceInfo } from '../hooks/useWorkspaceInfo.ts';
import { identityStore } from '../lib/identity.ts';
import { recentWorkspacesStore } from '../lib/recentWorkspaces.ts';
import { unitPath } from '../lib/unitLink.ts';
import { workspacePath } from '../lib/workspaceLink.ts';

/** `/w/:workspaceId/units/:unitId?key=…`: a unit's own page, shareable like a pad. */
export function UnitPage() {
  const { t } = useTranslation();
  const { workspaceId = '', unitId = '' } = useParams();
  const [searchParams] = useSearchParams();
  const key = searchParams.get('key');
  const identity = useStoredValue(identityStore);
  const recent = useStoredValue(recentWorkspacesStore);
  const result = useWorkspaceInfo(workspaceId, key);
  const check = useDocCheck('unit', workspaceId, key ?? '', unitId);
  // The panels load while the workspace and the unit are checked, not after.
  useEffect(preloadUnitPanels, []);
  // The editor names the page after its unit, an error names itself; until then, where we are.
  const opened = result.status === 'ready' && check === 'ok' && identity !== null;
  useDocumentTitle(
    result.status === 'error' || opened ? null
      : check === 'missing' ? t('unit.missing.title')
      : result.status === 'ready' ? result.info.name
      : t('unit.eyebrow'),
  );

  const remembered = key ? undefined : recent.find((entry) => entry.id === workspaceId);
  if (remembered) return <Navigate replace to={unitPath(workspaceId, unitId, remembered.key)} />;

  if (result.status === 'loading' || (result.status === 'ready' && check === 'checking')) {
    return (
      <div className="page">
        <p className="loading" role="status" data-testid="unit-loading">{t('unit.loading')}</p>
      </div>
    );
  }
  if (result.status === 'error') return <div className="page"><WorkspaceError code={result.code} /></div>;
  if (check === 'missing') {
    return (
      <div className="page">
        <section className="card notice--error-card" role="alert" data-testid="unit-missing">
          <h1>{t('unit.missing.title')}</h1>
          <p>{t('unit.missing.body')}</p>
          <p><Link to={workspacePath(workspaceId, key ?? '')}>{t('unit.missing.back', { name: result.info.name })}</Link></p>
        </section>
      </div>
    );
  }
  if (!identity) return <IdentityWelcome eyebrow={t('unit.eyebrow')} title={result.info.name} />;

  return <UnitEditor key={`${workspaceId}/${unitId}`} info={result.info} unitId={unitId} accessKey={key ?? ''} identity={identity} offline={result.offline} />;
}
