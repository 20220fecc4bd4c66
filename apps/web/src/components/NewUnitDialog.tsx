import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { queryKeys } from '../api/queryKeys.ts';
import { createUnit } from '../api/unitApi.ts';
import { focusOnArrival } from '../hooks/useFocusOnArrival.ts';
import { useModalDialog } from '../hooks/useModalDialog.ts';
import { unitPath } from '../lib/unitLink.ts';
import { ErrorNotice } from './ErrorNotice.tsx';

interface NewUnitDialogProps {
  workspaceId: string;
  accessKey: string;
  onClose: () => void;
}

/** Asks a new unit's title first, then creates it (in the interface's language, CC BY-SA) and opens it at its description. */
export function NewUnitDialog({ workspaceId, accessKey, onClose }: NewUnitDialogProps) {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const uid = useId();
  const dialog = useModalDialog();
  const [title, setTitle] = useState('');
  const queryClient = useQueryClient();
  const create = useMutation({
    mutationFn: (title: string) => createUnit(workspaceId, accessKey, { title, language: i18n.language === 'en' ? 'en' : 'fr' }),
    onSuccess: (unit) => {
      void queryClient.invalidateQueries({ queryKey: queryKeys.units(workspaceId) });
      void navigate(unitPath(workspaceId, unit.id, accessKey), { state: focusOnArrival('unit-description') });
    },
  });
  // Still `creating` once created, while the unit's page opens.
  const state = create.isPending || create.isSuccess ? 'creating' : create.isError ? { failed: create.error } : 'idle';
  const cleanTitle = title.replace(/\s+/g, ' ').trim().slice(0, 200);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!cleanTitle || state === 'creating') return;
    create.mutate(cleanTitle);
  };

  return (
    <dialog ref={dialog} className="dialog" aria-labelledby={`${uid}-heading`} data-testid="new-unit-dialog" onClose={onClose}>
      <h2 id={`${uid}-heading`}>{t('unitList.newDialog.title')}</h2>
      <form onSubmit={submit}>
        <div className="field">
          <label htmlFor={`${uid}-title`}>{t('unitList.newDialog.titleLabel')}</label>
          <p className="hint" id={`${uid}-hint`}>{t('unitList.newDialog.titleHint')}</p>
          <input
            id={`${uid}-title`}
            type="text"
            value={title}
            maxLength={200}
            required
            aria-describedby={`${uid}-hint`}
            onChange={(event) => setTitle(event.target.value)}
            data-testid="new-unit-title"
            autoFocus
          />
        </div>
        {typeof state === 'object' && <ErrorNotice lead={t('unitList.createFailed')} error={state.failed} />}
        <div className="actions">
          <button type="submit" className="button--primary" disabled={state === 'creating' || !cleanTitle} data-testid="confirm-new-unit">
            {state === 'creating' ? t('unitList.creating') : t('unitList.newDialog.confirm')}
          </button>
          <button type="button" onClick={onClose}>{t('common.cancel')}</button>
        </div>
      </form>
    </dialog>
  );
}
