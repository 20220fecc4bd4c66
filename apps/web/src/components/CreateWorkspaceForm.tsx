import type { WorkspaceWithKeys } from '@minga/schema';
import { useMutation } from '@tanstack/react-query';
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { createWorkspace } from '../api/apiClient.ts';
import { rememberWorkspace } from '../lib/recentWorkspaces.ts';
import { ErrorNotice } from './ErrorNotice.tsx';

interface CreateWorkspaceFormProps {
  onCreated: (workspace: WorkspaceWithKeys) => void;
}

/** Name field and button that create a workspace (`POST /api/workspaces`). */
export function CreateWorkspaceForm({ onCreated }: CreateWorkspaceFormProps) {
  const { t } = useTranslation();
  const id = useId();
  const [name, setName] = useState('');
  const creation = useMutation({
    mutationFn: (wanted: string) => createWorkspace(wanted),
    onSuccess: (workspace) => {
      rememberWorkspace({ id: workspace.id, name: workspace.name, key: workspace.editKey, role: 'edit', viewKey: workspace.viewKey });
      onCreated(workspace);
    },
  });
  const busy = creation.isPending;

  function submit(event: FormEvent) {
    event.preventDefault();
    if (!name.trim() || busy) return;
    creation.mutate(name.trim());
  }

  return (
    <form className="create-form" onSubmit={submit} aria-busy={busy}>
      <div className="field">
        <label htmlFor={`${id}-name`}>{t('create.nameLabel')}</label>
        <p className="hint" id={`${id}-hint`}>{t('create.nameHint')}</p>
        <div className="create-form__row">
          <input
            id={`${id}-name`}
            name="workspace-name"
            required
            maxLength={120}
            aria-describedby={`${id}-hint`}
            value={name}
            onChange={(event) => setName(event.target.value)}
          />
          <button type="submit" className="button--primary" disabled={busy}>
            {busy ? t('create.creating') : t('create.submit')}
          </button>
        </div>
      </div>
      {creation.isError && <ErrorNotice lead={t('create.failed')} error={creation.error} />}
    </form>
  );
}
