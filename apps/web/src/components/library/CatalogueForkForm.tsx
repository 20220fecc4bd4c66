import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { LicenceTerms } from '@minga/schema';
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { queryKeys } from '../../api/queryKeys.ts';
import { Link, useNavigate } from 'react-router';
import { useStoredValue } from '../../hooks/useStoredValue.ts';
import { recentWorkspacesStore } from '../../lib/recentWorkspaces.ts';
import { unitPath } from '../../lib/unitLink.ts';
import { forkFromCatalogue } from './libraryApi.ts';
import { ErrorNotice } from '../ErrorNotice.tsx';
import { LicenceRule } from './LicenceRule.tsx';

interface CatalogueForkFormProps {
  publicId: string;
  licence: LicenceTerms;
}

/** "Fork into my workspace": pick one of the workspaces this device can edit, fork there, open the new unit. */
export function CatalogueForkForm({ publicId, licence }: CatalogueForkFormProps) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const id = useId();
  const editable = useStoredValue(recentWorkspacesStore).filter((entry) => entry.role === 'edit');
  const [chosen, setChosen] = useState('');
  const queryClient = useQueryClient();
  const target = editable.find((entry) => entry.id === chosen) ?? editable[0];
  const forking = useMutation({
    mutationFn: (into: { id: string; key: string }) => forkFromCatalogue(publicId, { workspaceId: into.id, editKey: into.key }),
    onSuccess: (unit, into) => {
      void queryClient.invalidateQueries({ queryKey: queryKeys.units(into.id) });
      void navigate(unitPath(into.id, unit.id, into.key));
    },
  });
  // Still forking once forked, while the new unit's page opens.
  const busy = forking.isPending || forking.isSuccess;

  const fork = (event: FormEvent) => {
    event.preventDefault();
    if (!target) return;
    forking.mutate({ id: target.id, key: target.key });
  };

  return (
    <section className="card catalogue-fork" aria-labelledby={`${id}-title`} data-testid="catalogue-fork">
      <h2 id={`${id}-title`}>{t('catalogue.fork.title')}</h2>
      <LicenceRule terms={licence} />
      {licence.noDerivatives ? null : editable.length === 0 ? (
        <p className="hint" data-testid="catalogue-fork-no-workspace">
          {t('catalogue.fork.noWorkspace')} <Link to="/">{t('catalogue.fork.createWorkspace')}</Link>
        </p>
      ) : (
        <form onSubmit={fork}>
          <div className="field">
            <label htmlFor={`${id}-workspace`}>{t('catalogue.fork.workspace')}</label>
            <select id={`${id}-workspace`} value={target?.id ?? ''} onChange={(event) => setChosen(event.currentTarget.value)} data-testid="catalogue-fork-workspace">
              {editable.map((entry) => <option key={entry.id} value={entry.id}>{entry.name}</option>)}
            </select>
            <p className="hint">{t('catalogue.fork.workspaceHint')}</p>
          </div>
          <div className="actions">
            <button type="submit" className="button--primary" disabled={busy} data-testid="catalogue-fork-button">
              {busy ? t('fork.forking') : t('catalogue.fork.action')}
            </button>
          </div>
        </form>
      )}
      {forking.isError && <ErrorNotice lead={t('fork.failed')} error={forking.error} />}
    </section>
  );
}
