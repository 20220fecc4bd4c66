import { lazy, Suspense, type ComponentProps } from 'react';
import { useTranslation } from 'react-i18next';
import type { SlidesEditorProps } from '../slides/SlidesEditor.tsx';
import type { HistoryPanel as HistoryPanelType } from './HistoryPanel.tsx';
import type { UnitLibraryPanel as UnitLibraryPanelType } from '../library/UnitLibraryPanel.tsx';
import { preloadSortableList } from '../fields/SortableList.tsx';

// The unit page's heavy parts load apart from it (Tiptap and ProseMirror for the slides, the
// version history, the library panel), so the header standard can be read and typed in first.
const loadSlidesEditor = () => import('../slides/SlidesEditor.tsx');
const loadHistoryPanel = () => import('./HistoryPanel.tsx');
const loadUnitLibraryPanel = () => import('../library/UnitLibraryPanel.tsx');

const SlidesEditor = lazy(() => loadSlidesEditor().then((module) => ({ default: module.SlidesEditor })));
const HistoryPanel = lazy(() => loadHistoryPanel().then((module) => ({ default: module.HistoryPanel })));
const UnitLibraryPanel = lazy(() => loadUnitLibraryPanel().then((module) => ({ default: module.UnitLibraryPanel })));

/** Starts loading the unit page's panels while the page still waits for its workspace and doc. */
export function preloadUnitPanels(): void {
  void loadSlidesEditor();
  void loadHistoryPanel();
  void loadUnitLibraryPanel();
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
