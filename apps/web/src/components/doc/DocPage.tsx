import type { WorkspaceInfo } from '@minga/schema';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Navigate, useParams, useSearchParams } from 'react-router';
import { useCollaborativeDoc, type CollaborativeDoc, type EditableDocKind } from '../../hooks/useCollaborativeDoc.ts';
import { useDocCheck } from '../../hooks/useDocCheck.ts';
import { useDocumentTitle } from '../../hooks/useDocumentTitle.ts';
import { useFocusOnArrival } from '../../hooks/useFocusOnArrival.ts';
import { useStoredValue } from '../../hooks/useStoredValue.ts';
import { useWorkspaceInfo } from '../../hooks/useWorkspaceInfo.ts';
import { useYTextValue } from '../../hooks/useYTextValue.ts';
import { identityStore, type Identity } from '../../lib/identity.ts';
import { recentWorkspacesStore } from '../../lib/recentWorkspaces.ts';
import { workspacePath } from '../../lib/workspaceLink.ts';
import { IdentityWelcome } from '../IdentityWelcome.tsx';
import { WorkspaceError } from '../WorkspaceError.tsx';
import { UndoRedoButtons } from '../fields/UndoRedoButtons.tsx';
import { PresentLink } from '../present/PresentLink.tsx';
import { DocEditorContext } from './DocEditorContext.ts';
import { DocPageHeader } from './DocPageHeader.tsx';
import { DOC_KIND_PAGES } from './docKinds.ts';
import '../fields/fields.css';

/** A unit or a session open on its page: the doc being edited together, where it lives, and by whom. */
export interface OpenDoc extends CollaborativeDoc {
  info: WorkspaceInfo;
  docId: string;
  accessKey: string;
  identity: Identity;
  /** The doc's title as typed (may be blank). */
  title: string;
  /** The title as shown: "Untitled …" when blank. */
  shownTitle: string;
}

interface DocPageProps {
  kind: EditableDocKind;
  /** The route parameter that names the doc (`unitId`, `sessionId`). */
  idParam: string;
  /** The header's own actions of this kind, after "Present" and undo/redo. */
  actions?: (open: OpenDoc) => ReactNode;
  /** The page's content under its header. */
  children: (open: OpenDoc) => ReactNode;
}

/**
 * The page of a unit or a session, shareable like a pad (`/w/:workspaceId/<kind>s/:id?key=…`):
 * checks the workspace, the key and the doc, asks a newcomer's name, then opens the doc under
 * one header (connection, saving, presence of the others, why it cannot sync).
 */
export function DocPage({ kind, idParam, actions, children }: DocPageProps) {
  const { t } = useTranslation();
  const page = DOC_KIND_PAGES[kind];
  const params = useParams();
  const workspaceId = params.workspaceId ?? '';
  const docId = params[idParam] ?? '';
  const [searchParams] = useSearchParams();
  const key = searchParams.get('key');
  const identity = useStoredValue(identityStore);
  const recent = useStoredValue(recentWorkspacesStore);
  const result = useWorkspaceInfo(workspaceId, key);
  const check = useDocCheck(kind, workspaceId, key ?? '', docId);
  // The editor names the page after its doc, an error names itself; until then, where we are.
  const opened = result.status === 'ready' && check === 'ok' && identity !== null;
  useDocumentTitle(
    result.status === 'error' || opened ? null
      : check === 'missing' ? t(page.texts.missingTitle)
      : result.status === 'ready' ? result.info.name
      : t(page.texts.eyebrow),
  );

  const remembered = key ? undefined : recent.find((entry) => entry.id === workspaceId);
  if (remembered) return <Navigate replace to={page.path(workspaceId, docId, remembered.key)} />;

  if (result.status === 'loading' || (result.status === 'ready' && check === 'checking')) {
    return (
      <div className="page">
        <p className="loading" role="status" data-testid={page.testIds.loading}>{t(page.texts.loading)}</p>
      </div>
    );
  }
  if (result.status === 'error') return <div className="page"><WorkspaceError code={result.code} /></div>;
  if (check === 'missing') {
    return (
      <div className="page">
        <section className="card notice--error-card" role="alert" data-testid={page.testIds.missing}>
          <h1>{t(page.texts.missingTitle)}</h1>
          <p>{t(page.texts.missingBody)}</p>
          <p><Link to={workspacePath(workspaceId, key ?? '')}>{t(page.texts.missingBack, { name: result.info.name })}</Link></p>
        </section>
      </div>
    );
  }
  if (!identity) return <IdentityWelcome eyebrow={t(page.texts.eyebrow)} title={result.info.name} />;

  return (
    <OpenDocPage key={`${workspaceId}/${docId}`} kind={kind} info={result.info} docId={docId} accessKey={key ?? ''} identity={identity} offline={result.offline} actions={actions}>
      {children}
    </OpenDocPage>
  );
}

interface OpenDocPageProps extends Omit<DocPageProps, 'idParam'> {
  info: WorkspaceInfo;
  docId: string;
  accessKey: string;
  identity: Identity;
  /** The server could not be reached when the page opened. */
  offline: boolean;
}

/** The open doc: its editing context for every field below, and the header above them. */
function OpenDocPage({ kind, info, docId, accessKey, identity, offline, actions, children }: OpenDocPageProps) {
  const { t } = useTranslation();
  const page = DOC_KIND_PAGES[kind];
  const collaborative = useCollaborativeDoc({ kind, info, docId, accessKey, identity });
  const title = useYTextValue(page.titleText(collaborative.doc));
  const shownTitle = title.trim() || t(page.texts.untitled);
  useDocumentTitle(t(page.texts.pageTitle, { title: shownTitle }));
  // Just created from its dialog: the person goes on with the next field.
  useFocusOnArrival();

  const open: OpenDoc = { ...collaborative, info, docId, accessKey, identity, title, shownTitle };
  const { editable, undo } = collaborative;
  const idAttribute = { [page.idAttribute]: docId };
  return (
    <DocEditorContext.Provider value={collaborative.editor}>
      <div className={`page ${page.pageClass}`} data-testid={page.testIds.editor} {...idAttribute}>
        <DocPageHeader
          info={info}
          accessKey={accessKey}
          breadcrumbLabel={t(page.texts.breadcrumb)}
          eyebrow={t(page.texts.eyebrow)}
          title={shownTitle}
          headingTestId={page.testIds.heading}
          state={collaborative.state}
          offline={offline}
          editable={editable}
          actions={(
            <>
              <PresentLink workspaceId={info.id} accessKey={accessKey} target={{ kind, id: docId }} />
              {editable && <UndoRedoButtons undo={undo} />}
              {actions?.(open)}
            </>
          )}
        />
        {children(open)}
      </div>
    </DocEditorContext.Provider>
  );
}
