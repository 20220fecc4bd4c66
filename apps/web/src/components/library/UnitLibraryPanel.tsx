import type { ReviewState, Role } from '@minga/schema';
import { useTranslation } from 'react-i18next';
import { AdaptUnitButton } from './AdaptUnitButton.tsx';
import { PublishToggle } from './PublishToggle.tsx';
import { UnitLineage } from './UnitLineage.tsx';
import { UpstreamChanges } from './UpstreamChanges.tsx';
import './library.css';

interface UnitLibraryPanelProps {
  workspaceId: string;
  accessKey: string;
  role: Role;
  /** `isFork`: only a fork has a source whose changes to ask for; `reviewState`: publishing warns unless ready. */
  unit: { id: string; title: string; licence: string; isFork: boolean; reviewState: ReviewState };
}

/**
 * The library side of a unit's page, in one piece: its lineage and a way to adapt (fork) it,
 * what changed in its source, and its publication in the commons catalogue.
 */
export function UnitLibraryPanel({ workspaceId, accessKey, role, unit }: UnitLibraryPanelProps) {
  const { t } = useTranslation();
  return (
    <div className="unit-library-panel" data-testid="unit-library-panel">
      <div className="card">
        <UnitLineage workspaceId={workspaceId} accessKey={accessKey} unitId={unit.id} />
        {role === 'edit' && (
          <div className="unit-library-panel__adapt">
            <p className="hint">{t('fork.adaptHint')}</p>
            <AdaptUnitButton workspaceId={workspaceId} accessKey={accessKey} unit={unit} />
          </div>
        )}
      </div>
      {unit.isFork && <UpstreamChanges workspaceId={workspaceId} accessKey={accessKey} unitId={unit.id} role={role} />}
      <div className="card"><PublishToggle workspaceId={workspaceId} accessKey={accessKey} unitId={unit.id} role={role} reviewState={unit.reviewState} /></div>
    </div>
  );
}
