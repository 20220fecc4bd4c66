import { openThread } from '@minga/doc-model';
import type { CommentAnchor } from '@minga/schema';
import { useCallback, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useAutoContributor } from '../../hooks/useAutoContributor.ts';
import { useReviewState, useUnitMeta } from '../../hooks/useUnitMeta.ts';
import { useCommentThreads } from '../comments/useCommentThreads.ts';
import type { OpenDoc } from '../doc/DocPage.tsx';
import { DocPresence } from '../doc/DocPresence.tsx';
import { DocSection } from '../doc/DocSection.tsx';
import { HeaderStandard } from './HeaderStandard.tsx';
import { LanguageField } from './LanguageField.tsx';
import { LicenceField } from './LicenceField.tsx';
import { ObjectivesList } from './ObjectivesList.tsx';
import { StepsList } from './StepsList.tsx';
import { LazyCommentsPanel, LazyContributorsList, LazyDeleteUnitDialog, LazyHistoryPanel, LazyMaterialsList, LazyPresentTools, LazyReviewPanel, LazySlidesEditor, LazyUnitChangesSince, LazyUnitLibraryPanel, LazyUnitShareLinks } from './UnitLazyPanels.tsx';
import './unit.css';

/** The body of a unit's page: every part of it, who is where, history and credits, written live by everyone present. */
export function UnitEditor({ info, docId: unitId, accessKey, identity, doc, awareness, people, editable, canComment, title, shownTitle }: OpenDoc) {
  const { t } = useTranslation();
  const comments = useCommentThreads(info.id, unitId, accessKey);
  const role = info.role;
  const { name, color } = identity;
  const user = useMemo(() => ({ name, color }), [name, color]);
  const [deleting, setDeleting] = useState(false);
  const { licence, isFork } = useUnitMeta(doc);
  const reviewState = useReviewState(doc);
  useAutoContributor(doc, name, editable);

  const commentsDoc = comments.doc;
  const openOnSlide = useCallback(
    (anchor: CommentAnchor, text: string) => void openThread(commentsDoc, { anchor, author: name, text, now: new Date().toISOString() }),
    [commentsDoc, name],
  );
  const slideComments = useMemo(
    () => ({ threads: comments.threads, open: canComment ? openOnSlide : null }),
    [comments.threads, canComment, openOnSlide],
  );

  return (
    <>
      <div className="unit-grid">
        <div className="unit-main">
          <DocSection id="unit-header-standard" title={t('unit.sections.header')}>
            <HeaderStandard />
          </DocSection>
          <DocSection id="unit-objectives" title={t('unit.objectives.title')}>
            <ObjectivesList />
          </DocSection>
          <DocSection id="unit-sequence" title={t('unit.steps.sectionTitle')}>
            <StepsList />
          </DocSection>
          {/* The slides editor carries its own heading. */}
          <div className="card unit-section" data-testid="unit-slides">
            <LazySlidesEditor doc={doc} awareness={awareness} workspaceId={info.id} apiKey={accessKey} readOnly={!editable} user={user} comments={slideComments} />
          </div>
          <DocSection id="unit-materials" title={t('unit.materials.sectionTitle')}>
            <LazyMaterialsList />
          </DocSection>
        </div>

        <aside className="unit-side">
          <DocPresence people={people} />
          <DocSection id="unit-review" title={t('review.title')}>
            <LazyReviewPanel commentsDoc={comments.doc} threads={comments.threads} canComment={canComment} me={name} />
          </DocSection>
          <DocSection id="unit-comments" title={t('comments.title')}>
            <LazyCommentsPanel comments={comments} canComment={canComment} me={name} />
          </DocSection>
          <DocSection id="unit-licence" title={t('unit.sections.licence')}>
            <LanguageField />
            <LicenceField />
          </DocSection>
          <DocSection id="unit-contributors" title={t('unit.contributors.title')}>
            <LazyContributorsList />
          </DocSection>
          <DocSection id="unit-history" title={t('history.title')}>
            <LazyHistoryPanel workspaceId={info.id} accessKey={accessKey} unitId={unitId} authorName={name} />
          </DocSection>
          <DocSection id="unit-changes-since" title={t('relay.since.title')}>
            <LazyUnitChangesSince workspaceId={info.id} accessKey={accessKey} unitId={unitId} title={shownTitle} />
          </DocSection>
          <DocSection id="unit-present" title={t('present.section')}>
            <LazyPresentTools
              present={{ workspaceId: info.id, accessKey, role, target: { kind: 'unit', id: unitId } }}
              exports={{ workspaceId: info.id, accessKey, target: { kind: 'unit', id: unitId } }}
            />
          </DocSection>
          <DocSection id="unit-share" title={t('share.title')}>
            <LazyUnitShareLinks workspaceId={info.id} unitId={unitId} accessKey={accessKey} role={role} />
          </DocSection>
          <LazyUnitLibraryPanel workspaceId={info.id} accessKey={accessKey} role={role} unit={{ id: unitId, title, licence, isFork, reviewState }} />
          {editable && (
            <DocSection id="unit-delete" title={t('unit.delete.sectionTitle')}>
              <p className="hint">{t('unit.delete.hint')}</p>
              <button type="button" className="button--danger" onClick={() => setDeleting(true)} data-testid="delete-unit">
                {t('unit.delete.open')}
              </button>
            </DocSection>
          )}
        </aside>
      </div>
      {deleting && (
        <LazyDeleteUnitDialog workspaceId={info.id} accessKey={accessKey} unitId={unitId} title={shownTitle} onClose={() => setDeleting(false)} />
      )}
    </>
  );
}
