import type { Role } from '@minga/schema';
import { useTranslation } from 'react-i18next';
import { useUnitLibrary } from '../hooks/useUnitLibrary.ts';
import { EmptyState } from './EmptyState.tsx';
import { ErrorNotice } from './ErrorNotice.tsx';
import { NewUnitButton } from './NewUnitButton.tsx';
import { UnitCard } from './UnitCard.tsx';
import './fields/fields.css';
import './unit/unit.css';

interface UnitLibraryProps {
  workspaceId: string;
  accessKey: string;
  role: Role;
  /** Changes when a unit came back from the bin: the list asks again. */
  refreshToken?: number;
}

/** The workspace's training units, most recently changed first, and a button to start one. */
export function UnitLibrary({ workspaceId, accessKey, role, refreshToken = 0 }: UnitLibraryProps) {
  const { t } = useTranslation();
  const { result } = useUnitLibrary(workspaceId, accessKey, refreshToken);
  return (
    <div className="unit-library">
      {role === 'edit' && <NewUnitButton workspaceId={workspaceId} accessKey={accessKey} />}
      {result.status === 'loading' && <p className="loading" role="status">{t('unitList.loading')}</p>}
      {result.status === 'error' && (result.offline
        ? <p className="notice notice--warning" role="alert">{t('unitList.offline')}</p>
        : <ErrorNotice tone="warning" lead={t('unitList.failed')} error={result.error} />)}
      {result.status === 'ready' && result.units.length === 0 && (
        <EmptyState title={t('units.emptyTitle')} testId="units-empty">
          <p>{role === 'edit' ? t('units.emptyBody') : t('units.emptyBodyReadOnly')}</p>
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
    </div>
  );
}
