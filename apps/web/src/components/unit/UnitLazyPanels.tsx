import { lazy, Suspense, type ComponentProps } from 'react';
import { useTranslation } from 'react-i18next';
import type { SlidesEditorProps } from '../slides/SlidesEditor.tsx';
import type { HistoryPanel as HistoryPanelType } from './HistoryPanel.tsx';
import type { UnitLibraryPanel as UnitLibraryPanelType } from '../library/UnitLibraryPanel.tsx';
import type { CommentsPanel as CommentsPanelType } from '../comments/CommentsPanel.tsx';
import type { ReviewPanel as ReviewPanelType } from '../comments/ReviewPanel.tsx';
import type { DeleteUnitDialog as DeleteUnitDialogType } from './DeleteUnitDialog.tsx';
import type { ExportMenu as ExportMenuType } from '../present/ExportMenu.tsx';
import type { PresentButton as PresentButtonType } from '../present/PresentButton.tsx';
import type { UnitChangesSince as UnitChangesSinceType } from '../relay/UnitChangesSince.tsx';
import type { UnitShareLinks as UnitShareLinksType } from './UnitShareLinks.tsx';
import { preloadSortableList } from '../fields/SortableList.tsx';

// The unit page's heavy parts load apart from it (Tiptap and ProseMirror for the slides, the
// version history, the library panel, review and comments, what changed since a delivery,
// presenting and exports, materials, credits and links), so the header standard can be read and typed in first.
const loadSlidesEditor = () => import('../slides/SlidesEditor.tsx');
const loadHistoryPanel = () => import('./HistoryPanel.tsx');
const loadUnitLibraryPanel = () => import('../library/UnitLibraryPanel.tsx');
const loadCommentsPanel = () => import('../comments/CommentsPanel.tsx');
const loadReviewPanel = () => import('../comments/ReviewPanel.tsx');
const loadUnitChangesSince = () => import('../relay/UnitChangesSince.tsx');
const loadPresentButton = () => import('../present/PresentButton.tsx');
const loadExportMenu = () => import('../present/ExportMenu.tsx');
const loadMaterialsList = () => import('./MaterialsList.tsx');
const loadContributorsList = () => import('./ContributorsList.tsx');
const loadUnitShareLinks = () => import('./UnitShareLinks.tsx');

const SlidesEditor = lazy(() => loadSlidesEditor().then((module) => ({ default: module.SlidesEditor })));
const HistoryPanel = lazy(() => loadHistoryPanel().then((module) => ({ default: module.HistoryPanel })));
const UnitLibraryPanel = lazy(() => loadUnitLibraryPanel().then((module) => ({ default: module.UnitLibraryPanel })));
// Asked for when the person opens it.
const DeleteUnitDialog = lazy(() => import('./DeleteUnitDialog.tsx').then((module) => ({ default: module.DeleteUnitDialog })));
const CommentsPanel = lazy(() => loadCommentsPanel().then((module) => ({ default: module.CommentsPanel })));
const ReviewPanel = lazy(() => loadReviewPanel().then((module) => ({ default: module.ReviewPanel })));
const UnitChangesSince = lazy(() => loadUnitChangesSince().then((module) => ({ default: module.UnitChangesSince })));
const PresentButton = lazy(() => loadPresentButton().then((module) => ({ default: module.PresentButton })));
const ExportMenu = lazy(() => loadExportMenu().then((module) => ({ default: module.ExportMenu })));
const MaterialsList = lazy(() => loadMaterialsList().then((module) => ({ default: module.MaterialsList })));
const ContributorsList = lazy(() => loadContributorsList().then((module) => ({ default: module.ContributorsList })));
const UnitShareLinks = lazy(() => loadUnitShareLinks().then((module) => ({ default: module.UnitShareLinks })));

/** Starts loading the unit page's panels while the page still waits for its workspace and doc. */
export function preloadUnitPanels(): void {
  void loadSlidesEditor();
  void loadHistoryPanel();
  void loadUnitLibraryPanel();
  void loadCommentsPanel();
  void loadReviewPanel();
  void loadUnitChangesSince();
  void loadPresentButton();
  void loadExportMenu();
  void loadMaterialsList();
  void loadContributorsList();
  void loadUnitShareLinks();
  preloadSortableList();
}

function Loading({ testId }: { testId?: string }) {
  const { t } = useTranslation();
  return <p className="loading" role="status" data-testid={testId}>{t('layout.loading')}</p>;
}

/** The slides editor, its heading shown while Tiptap loads. */
export function LazySlidesEditor(props: SlidesEditorProps) {
  const { t } = useTranslation();
  const fallback = (
    <section className="slides" aria-labelledby="slides-title">
      <div className="slides__header"><h2 id="slides-title">{t('slides.title')}</h2></div>
      <Loading testId="slides-loading" />
    </section>
  );
  return <Suspense fallback={fallback}><SlidesEditor {...props} /></Suspense>;
}

/** The unit's version history, loaded apart. */
export function LazyHistoryPanel(props: ComponentProps<typeof HistoryPanelType>) {
  return <Suspense fallback={<Loading />}><HistoryPanel {...props} /></Suspense>;
}

/** The unit's lineage, source changes and publication, loaded apart. */
export function LazyUnitLibraryPanel(props: ComponentProps<typeof UnitLibraryPanelType>) {
  return <Suspense fallback={null}><UnitLibraryPanel {...props} /></Suspense>;
}

/** What changed in the unit since a delivery, loaded apart. */
export function LazyUnitChangesSince(props: ComponentProps<typeof UnitChangesSinceType>) {
  return <Suspense fallback={<Loading />}><UnitChangesSince {...props} /></Suspense>;
}

/** Presenting the unit and its exports, loaded apart. */
export function LazyPresentTools({ present, exports }: { present: ComponentProps<typeof PresentButtonType>; exports: ComponentProps<typeof ExportMenuType> }) {
  return (
    <Suspense fallback={<Loading />}>
      <PresentButton {...present} />
      <ExportMenu {...exports} />
    </Suspense>
  );
}

/** The unit's review (approvals, proposals), loaded apart. */
export function LazyReviewPanel(props: ComponentProps<typeof ReviewPanelType>) {
  return <Suspense fallback={<Loading />}><ReviewPanel {...props} /></Suspense>;
}

/** The unit's comment threads, loaded apart. */
export function LazyCommentsPanel(props: ComponentProps<typeof CommentsPanelType>) {
  return <Suspense fallback={<Loading />}><CommentsPanel {...props} /></Suspense>;
}

/** The dialog that moves the unit to the bin, loaded when opened. */
export function LazyDeleteUnitDialog(props: ComponentProps<typeof DeleteUnitDialogType>) {
  return <Suspense fallback={null}><DeleteUnitDialog {...props} /></Suspense>;
}

/** The unit's materials, loaded apart. */
export function LazyMaterialsList() {
  return <Suspense fallback={<Loading />}><MaterialsList /></Suspense>;
}

/** The unit's contributors (credits), loaded apart. */
export function LazyContributorsList() {
  return <Suspense fallback={<Loading />}><ContributorsList /></Suspense>;
}

/** The unit's own links, loaded apart. */
export function LazyUnitShareLinks(props: ComponentProps<typeof UnitShareLinksType>) {
  return <Suspense fallback={<Loading />}><UnitShareLinks {...props} /></Suspense>;
}
