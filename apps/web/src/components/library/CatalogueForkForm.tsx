import { useQueryClient } from '@tanstack/react-query';
import type { LicenceTerms } from '@minga/schema';
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { queryKeys } from '../../api/queryKeys.ts';
import { Link, useNavigate } from 'react-router';
import { apiErrorCode } from '../../api/errorMessage.ts';
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

type ForkState = { status: 'idle' | 'forking' } | { status: 'failed'; code: string; message: string };

/** "Fork into my workspace": pick one of the workspaces this device can edit, fork there, open the new unit. */
export function CatalogueForkForm({ publicId, licence }: CatalogueForkFormProps) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const id = useId();
  const editable = useStoredValue(recentWorkspacesStore).filter((entry) => entry.role === 'edit');
  const [chosen, setChosen] = useState('');
  const [state, setState] = useState<ForkState>({ status: 'idle' });
  const queryClient = useQueryClient();
  const target = editable.find((entry) => entry.id === chosen) ?? editable[0];

  const fork = (event: FormEvent) => {
    event.preventDefault();
    if (!target) return;
    setState({ status: 'forking' });
    forkFromCatalogue(publicId, { workspaceId: target.id, editKey: target.key }).then(
      (unit) => {
        void queryClient.invalidateQueries({ queryKey: queryKeys.units(target.id) });
        void navigate(unitPath(target.id, unit.id, target.key));
      },
      (error: unknown) => setState({
        status: 'failed',
        code: apiErrorCode(error),
        message: error instanceof Error ? error.message : String(error),
      }),
    );
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
            <button type="submit" className="button--primary" disabled={state.status === 'forking'} data-testid="catalogue-fork-button">
              {state.status === 'forking' ? t('fork.forking') : t('catalogue.fork.action')}
            </button>
          </div>
        </form>
      )}
      {state.status === 'failed' && <ErrorNotice lead={t('fork.failed')} error={state} />}
    </section>
  );
}
