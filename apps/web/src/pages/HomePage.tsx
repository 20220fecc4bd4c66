import type { WorkspaceWithKeys } from '@minga/schema';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CreatedWorkspace } from '../components/CreatedWorkspace.tsx';
import { CreateWorkspaceForm } from '../components/CreateWorkspaceForm.tsx';
import { RecentWorkspaces } from '../components/RecentWorkspaces.tsx';
import { useDocumentTitle } from '../hooks/useDocumentTitle.ts';

/** `/`: what Minga is, create a workspace, reopen a recent one. */
export function HomePage() {
  const { t } = useTranslation();
  const [created, setCreated] = useState<WorkspaceWithKeys | null>(null);
  useDocumentTitle(t('home.pageTitle'));

  return (
    <div className="page home-page">
      <section className="hero">
        <h1>{t('home.title')}</h1>
        <p className="lead">{t('home.lead')}</p>
      </section>

      <section className="card" aria-labelledby="create-title">
        <h2 id="create-title">{t('create.title')}</h2>
        <p>{t('create.explanation')}</p>
        {created ? <CreatedWorkspace workspace={created} /> : <CreateWorkspaceForm onCreated={setCreated} />}
      </section>

      <section className="card" aria-labelledby="recent-title">
        <h2 id="recent-title">{t('recent.title')}</h2>
        <RecentWorkspaces />
      </section>
    </div>
  );
}
