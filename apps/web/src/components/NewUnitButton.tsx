import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { createUnit } from '../api/unitApi.ts';
import { unitPath } from '../lib/unitLink.ts';
import { ErrorNotice } from './ErrorNotice.tsx';

interface NewUnitButtonProps {
  workspaceId: string;
  accessKey: string;
}

/** Creates an empty unit (in the interface's language, CC BY-SA) and opens it. */
export function NewUnitButton({ workspaceId, accessKey }: NewUnitButtonProps) {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const [state, setState] = useState<'idle' | 'creating' | { failed: unknown }>('idle');
  const create = () => {
    setState('creating');
    createUnit(workspaceId, accessKey, { language: i18n.language === 'en' ? 'en' : 'fr' }).then(
      (unit) => void navigate(unitPath(workspaceId, unit.id, accessKey)),
      (error: unknown) => setState({ failed: error }),
    );
  };
  return (
    <div className="new-unit">
      <button type="button" className="button--primary" onClick={create} disabled={state === 'creating'} data-testid="new-unit">
        {state === 'creating' ? t('unitList.creating') : t('unitList.newUnit')}
      </button>
      {typeof state === 'object' && <ErrorNotice lead={t('unitList.createFailed')} error={state.failed} />}
    </div>
  );
}
