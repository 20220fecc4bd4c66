import type { Role } from '@minga/schema';
import { useTranslation } from 'react-i18next';
import { useUnitLibrary } from '../hooks/useUnitLibrary.ts';
import { BinPanel } from './BinPanel.tsx';
import { ErrorNotice } from './ErrorNotice.tsx';
import { EmptyState } from './EmptyState.tsx';
import { NewUnitButton } from './NewUnitButton.tsx';
import { UnitCard } from './UnitCard.tsx';
import './unit/unit.css';

interface UnitLibraryProps {
  workspaceId: string;
  accessKey: string;
  role: Role;
}

/** The workspace's training units, most recently changed first, a button to start one, and the bin. */
export function UnitLibrary({ workspaceId, accessKey, role }: UnitLibraryProps) {
  const { t } = useTranslation();
  const { result, reload } = useUnitLibrary(workspaceId, accessKey);
  return (
    <div className="unit-library">
      {role === 'edit' && <NewUnitButton workspaceId={workspaceId} accessKey={accessKey} />}
      {result.status === 'loading' && <p className="loading" role="status">{t('unitList.loading')}</p>}
      {result.status === 'error' && (result.offline
        ? <p className="notice notice--warning" role="alert">{t('unitList.offline')}</p>
        : <ErrorNotice tone="warning" lead={t('unitList.failed')} error={result.error} />)}
      {result.status === 'ready' && result.units.length === 0 && (
        <EmptyState title={t('units.emptyTitle')} testId="units-empty">
          <p>{t('units.emptyBody')}</p>
        </EmptyState>
      )}
      {result.status === 'ready' && result.units.length > 0 && (
        <ul className="unit-cards" data-testid="unit-list">
          {result.units.map((unit) => (
            <li key={unit.id}>
              <UnitCard workspaceId={workspaceId} accessKey={accessKey} unit={unit} />
            </li>
          ))}
        </ul>
      )}
      {role === 'edit' && <BinPanel workspaceId={workspaceId} accessKey={accessKey} onRestored={reload} />}
    </div>
  );
}
