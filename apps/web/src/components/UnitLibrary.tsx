import type { Role } from '@minga/schema';
import { useTranslation } from 'react-i18next';
import { isOffline } from '../api/ApiError.ts';
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
}

/** The workspace's training units, most recently changed first, and a button to start one. */
export function UnitLibrary({ workspaceId, accessKey, role }: UnitLibraryProps) {
  const { t } = useTranslation();
  const library = useUnitLibrary(workspaceId, accessKey);
  return (
    <div className="unit-library">
      {role === 'edit' && <NewUnitButton workspaceId={workspaceId} accessKey={accessKey} />}
      {library.status === 'pending' && <p className="loading" role="status">{t('unitList.loading')}</p>}
      {library.status === 'error' && (isOffline(library.error)
        ? <p className="notice notice--warning" role="alert">{t('unitList.offline')}</p>
        : <ErrorNotice tone="warning" lead={t('unitList.failed')} error={library.error} />)}
      {library.status === 'success' && library.data.units.length === 0 && (
        <EmptyState title={t('units.emptyTitle')} testId="units-empty">
          <p>{role === 'edit' ? t('units.emptyBody') : t('units.emptyBodyReadOnly')}</p>
        </EmptyState>
      )}
      {library.status === 'success' && library.data.units.length > 0 && (
        <ul className="unit-cards" data-testid="unit-list">
          {library.data.units.map((unit) => (
            <li key={unit.id}>
              <UnitCard workspaceId={workspaceId} accessKey={accessKey} unit={unit} />
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
