import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { queryKeys } from '../../api/queryKeys.ts';
import { saveVersion } from '../../api/unitApi.ts';
import { ErrorNotice } from '../ErrorNotice.tsx';

interface SaveVersionFormProps {
  workspaceId: string;
  accessKey: string;
  unitId: string;
  authorName: string;
}

/** Saves the unit as it stands on the server under a name ("After the Lille workshop"). */
export function SaveVersionForm({ workspaceId, accessKey, unitId, authorName }: SaveVersionFormProps) {
  const { t } = useTranslation();
  const id = useId();
  const [label, setLabel] = useState('');
  const queryClient = useQueryClient();
  const save = useMutation({
    mutationFn: (name: string) => saveVersion(workspaceId, accessKey, unitId, name, authorName),
    onSuccess: () => {
      setLabel('');
      // The history lists it.
      void queryClient.invalidateQueries({ queryKey: queryKeys.versions(workspaceId, unitId) });
    },
  });
  const state = save.isPending ? 'saving' : save.isSuccess ? 'saved' : save.isError ? { failed: save.error } : 'idle';
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const trimmed = label.trim();
    if (!trimmed || state === 'saving') return;
    save.mutate(trimmed);
  };
  return (
    <form className="save-version" onSubmit={submit} data-testid="save-version-form">
      <label htmlFor={id}>{t('history.saveLabel')}</label>
      <p className="hint" id={`${id}-hint`}>{t('history.saveHint')}</p>
      <div className="inline-form">
        <input
          id={id}
          value={label}
          maxLength={120}
          onChange={(event) => setLabel(event.target.value)}
          placeholder={t('history.savePlaceholder')}
          aria-describedby={`${id}-hint`}
          data-native-undo
          data-testid="version-label"
        />
        <button type="submit" disabled={!label.trim() || state === 'saving'}>{state === 'saving' ? t('history.saving') : t('history.save')}</button>
      </div>
      <p className="hint" role="status">{state === 'saved' && t('history.saved')}</p>
      {typeof state === 'object' && <ErrorNotice lead={t('history.saveFailed')} error={state.failed} />}
    </form>
  );
}
