import { unitText } from '@minga/doc-model';
import type { WorkspaceInfo } from '@minga/schema';
import { useCallback, useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useAutoContributor } from '../../hooks/useAutoContributor.ts';
import { useDocumentTitle } from '../../hooks/useDocumentTitle.ts';
import { useFocusOnArrival } from '../../hooks/useFocusOnArrival.ts';
import { FIELD_AWARENESS_KEY } from '../../hooks/useFieldOccupants.ts';
import { usePresence } from '../../hooks/usePresence.ts';
import { useSyncedDoc } from '../../hooks/useSyncedDoc.ts';
import { useUnitMeta } from '../../hooks/useUnitMeta.ts';
import { useUnitUndo } from '../../hooks/useUnitUndo.ts';
import { useYTextValue } from '../../hooks/useYTextValue.ts';
import type { Identity } from '../../lib/identity.ts';
import { DocPageHeader } from '../DocPageHeader.tsx';
import { useCommentThreads } from '../comments/useCommentThreads.ts';
import { PresenceList } from '../PresenceList.tsx';
import { PresentLink } from '../present/PresentLink.tsx';
import { ContributorsList } from './ContributorsList.tsx';
import { HeaderStandard } from './HeaderStandard.tsx';
import { LanguageField } from './LanguageField.tsx';
import { LicenceField } from './LicenceField.tsx';
import { MaterialsList } from './MaterialsList.tsx';
import { ObjectivesList } from './ObjectivesList.tsx';
import { StepsList } from './StepsList.tsx';
import { UndoRedoButtons } from './UndoRedoButtons.tsx';
import { UnitEditorContext, type UnitEditorContextValue } from './UnitEditorContext.ts';
import { LazyCommentsPanel, LazyDeleteUnitDialog, LazyHistoryPanel, LazyPresentTools, LazyReviewPanel, LazySlidesEditor, LazyUnitChangesSince, LazyUnitLibraryPanel } from './UnitLazyPanels.tsx';
import { UnitSection } from './UnitSection.tsx';
import { UnitShareLinks } from './UnitShareLinks.tsx';
import './unit.css';

interface UnitEditorProps {
  info: WorkspaceInfo;
  unitId: string;
  accessKey: string;
  identity: Identity;
  /** The server could not be reached when the page opened. */
  offline: boolean;
}

/** A training unit written live by everyone present: every part of it, who is where, history and credits. */
export function UnitEditor({ info, unitId, accessKey, identity, offline }: UnitEditorProps) {
  const { t } = useTranslation();
  const { session, state } = useSyncedDoc(info.id, unitId, accessKey, 'unit');
  const { doc, awareness } = session;
  const people = usePresence(awareness);
  const comments = useCommentThreads(info.id, unitId, accessKey);
  const role = info.role;
  const refused = state.status === 'refused';
  const editable = role === 'edit' && !refused;
  // A comment link writes threads, proposals and approvals (the comments doc), never the unit.
  const canComment = (role === 'edit' || role === 'comment') && !refused;
  const { name, color } = identity;
  const user = useMemo(() => ({ name, color }), [name, color]);
  // One origin per open doc: this person's changes, which their undo tracks and no one else's.
  const origin = useMemo(() => ({ session }), [session]);
  const undo = useUnitUndo(doc, origin, editable);
  const [deleting, setDeleting] = useState(false);
  const title = useYTextValue(unitText(doc, 'title'));
  const shownTitle = title.trim() || t('unit.untitled');
  const { licence, isFork } = useUnitMeta(doc);
  useDocumentTitle(t('unit.pageTitle', { title: shownTitle }));
  useAutoContributor(doc, name, editable);
  // Just created from its dialog: the person goes on with the next field.
  useFocusOnArrival();

  useEffect(() => {
    session.setUser({ name, color, role });
  }, [session, name, color, role]);

  const { stopCapturing } = undo;
  const change = useCallback(
    (edit: () => void) => {
      stopCapturing();
      doc.transact(edit, origin);
      stopCapturing();
    },
    [doc, origin, stopCapturing],
  );
  const setField = useCallback(
    (field: string | null) => awareness.setLocalStateField(FIELD_AWARENESS_KEY, field),
    [awareness],
  );
  const context = useMemo<UnitEditorContextValue>(
    () => ({ doc, awareness, origin, editable, change, setField }),
    [doc, awareness, origin, editable, change, setField],
  );

  return (
    <UnitEditorContext.Provider value={context}>
      <div className="page unit-page" data-testid="unit-editor" data-unit-id={unitId}>
        <DocPageHeader
          info={info}
          accessKey={accessKey}
          breadcrumbLabel={t('unit.breadcrumb')}
          eyebrow={t('unit.eyebrow')}
          title={shownTitle}
          headingTestId="unit-heading"
          state={state}
          offline={offline}
          editable={editable}
          actions={(
            <>
              <PresentLink workspaceId={info.id} accessKey={accessKey} target={{ kind: 'unit', id: unitId }} />
              {editable && <UndoRedoButtons undo={undo} />}
            </>
          )}
        />

        <div className="unit-grid">
          <div className="unit-main">
            <UnitSection id="unit-header-standard" title={t('unit.sections.header')}>
              <HeaderStandard />
            </UnitSection>
            <UnitSection id="unit-objectives" title={t('unit.objectives.title')}>
              <ObjectivesList />
            </UnitSection>
            <UnitSection id="unit-sequence" title={t('unit.steps.sectionTitle')}>
              <StepsList />
            </UnitSection>
            {/* The slides editor carries its own heading. */}
            <div className="card unit-section" data-testid="unit-slides">
              <LazySlidesEditor doc={doc} awareness={awareness} workspaceId={info.id} apiKey={accessKey} readOnly={!editable} user={user} />
            </div>
            <UnitSection id="unit-materials" title={t('unit.materials.sectionTitle')}>
              <MaterialsList />
            </UnitSection>
          </div>

          <aside className="unit-side">
            <section className="card">
              <PresenceList people={people} />
            </section>
            <UnitSection id="unit-review" title={t('review.title')}>
              <LazyReviewPanel commentsDoc={comments.doc} threads={comments.threads} canComment={canComment} me={name} />
            </UnitSection>
            <UnitSection id="unit-comments" title={t('comments.title')}>
              <LazyCommentsPanel comments={comments} canComment={canComment} me={name} />
            </UnitSection>
            <UnitSection id="unit-licence" title={t('unit.sections.licence')}>
              <LanguageField />
              <LicenceField />
            </UnitSection>
            <UnitSection id="unit-contributors" title={t('unit.contributors.title')}>
              <ContributorsList />
            </UnitSection>
            <UnitSection id="unit-history" title={t('history.title')}>
              <LazyHistoryPanel workspaceId={info.id} accessKey={accessKey} unitId={unitId} authorName={name} />
            </UnitSection>
            <UnitSection id="unit-changes-since" title={t('relay.since.title')}>
              <LazyUnitChangesSince workspaceId={info.id} accessKey={accessKey} unitId={unitId} title={shownTitle} />
            </UnitSection>
            <UnitSection id="unit-present" title={t('present.section')}>
              <LazyPresentTools
                present={{ workspaceId: info.id, accessKey, role, target: { kind: 'unit', id: unitId } }}
                exports={{ workspaceId: info.id, accessKey, target: { kind: 'unit', id: unitId } }}
              />
            </UnitSection>
            <UnitSection id="unit-share" title={t('share.title')}>
              <UnitShareLinks workspaceId={info.id} unitId={unitId} accessKey={accessKey} role={role} />
            </UnitSection>
            <LazyUnitLibraryPanel workspaceId={info.id} accessKey={accessKey} role={role} unit={{ id: unitId, title, licence, isFork }} />
            {editable && (
              <UnitSection id="unit-delete" title={t('unit.delete.sectionTitle')}>
                <p className="hint">{t('unit.delete.hint')}</p>
                <button type="button" className="button--danger" onClick={() => setDeleting(true)} data-testid="delete-unit">
                  {t('unit.delete.open')}
                </button>
              </UnitSection>
            )}
          </aside>
        </div>
        {deleting && (
          <LazyDeleteUnitDialog workspaceId={info.id} accessKey={accessKey} unitId={unitId} title={shownTitle} onClose={() => setDeleting(false)} />
        )}
      </div>
    </UnitEditorContext.Provider>
  );
}
