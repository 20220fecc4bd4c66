import { useMutation, useQueryClient } from '@tanstack/react-query';
import { LicenceSchema, licenceTerms } from '@minga/schema';
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { queryKeys } from '../../api/queryKeys.ts';
import { useNavigate } from 'react-router';
import { useStoredValue } from '../../hooks/useStoredValue.ts';
import { identityStore } from '../../lib/identity.ts';
import { unitPath } from '../../lib/unitLink.ts';
import { forkUnit } from './libraryApi.ts';
import { apiErrorCode, apiErrorMessage } from '../../api/errorMessage.ts';
import { ErrorNotice } from '../ErrorNotice.tsx';
import { LicenceRule } from './LicenceRule.tsx';
import { useModalDialog } from '../../hooks/useModalDialog.ts';

interface ForkDialogProps {
  workspaceId: string;
  accessKey: string;
  source: { id: string; title: string; licence: string };
  onClose: () => void;
}

/** "Adapt this unit": states the licence rule, names the adaptation, forks, and opens the new unit. */
export function ForkDialog({ workspaceId, accessKey, source, onClose }: ForkDialogProps) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const identity = useStoredValue(identityStore);
  const dialog = useModalDialog();
  const id = useId();
  const [title, setTitle] = useState(source.title);
  const queryClient = useQueryClient();
  const forking = useMutation({
    mutationFn: (body: { title?: string; author?: string }) => forkUnit(workspaceId, accessKey, source.id, body),
    onSuccess: (unit) => {
      void queryClient.invalidateQueries({ queryKey: queryKeys.units(workspaceId) });
      void queryClient.invalidateQueries({ queryKey: queryKeys.lineage(workspaceId, source.id, accessKey) });
      void navigate(unitPath(workspaceId, unit.id, accessKey));
    },
  });
  // Still forking once forked, while the new unit's page opens.
  const busy = forking.isPending || forking.isSuccess;
  const licence = LicenceSchema.safeParse(source.licence);
  const terms = licence.success ? licenceTerms(licence.data) : null;
  const refused = forking.isError && apiErrorCode(forking.error) === 'forbidden';
  const allowed = !terms?.noDerivatives && !refused;

  const fork = (event: FormEvent) => {
    event.preventDefault();
    const wanted = title.trim();
    forking.mutate({
      ...(wanted && wanted !== source.title ? { title: wanted } : {}),
      ...(identity ? { author: identity.name } : {}),
    });
  };

  return (
    <dialog ref={dialog} className="dialog" aria-labelledby={`${id}-title`} data-testid="fork-dialog" onClose={onClose}>
      <form onSubmit={fork}>
        <h2 id={`${id}-title`}>{t('fork.title')}</h2>
        <p>{t('fork.body', { title: source.title.trim() || t('unit.untitled') })}</p>
        {terms && <LicenceRule terms={terms} />}
        {refused && (
          <div className="notice notice--error" role="alert" data-testid="fork-refused">
            <p className="notice__title">{t('fork.refused')}</p>
            <p>{apiErrorMessage(t, forking.error)}</p>
          </div>
        )}
        {forking.isError && !refused && (
          <ErrorNotice lead={t('fork.failed')} error={forking.error} />
        )}
        {allowed && (
          <div className="field">
            <label htmlFor={`${id}-name`}>{t('fork.name')}</label>
            <input id={`${id}-name`} value={title} maxLength={200} onChange={(event) => setTitle(event.currentTarget.value)} data-testid="fork-title" />
          </div>
        )}
        <div className="actions">
          {allowed && (
            <button type="submit" className="button--primary" disabled={busy} data-testid="confirm-fork">
              {busy ? t('fork.forking') : t('fork.confirm')}
            </button>
          )}
          <button type="button" onClick={onClose} autoFocus={!allowed}>{allowed ? t('common.cancel') : t('common.close')}</button>
        </div>
      </form>
    </dialog>
  );
}
