import { lazy } from 'react';
import { createBrowserRouter } from 'react-router';
import { AppLayout } from './components/AppLayout.tsx';
import { presentRoutes } from './components/present/presentRoutes.tsx';
import { NotFoundPage } from './pages/NotFoundPage.tsx';

// The home page (create a workspace, recent ones) loads apart too: no other route pays for it.
const HomePage = lazy(() => import('./pages/HomePage.tsx').then((module) => ({ default: module.HomePage })));
// The workspace page carries the editor and Yjs: loading it apart keeps the home page light.
const WorkspacePage = lazy(() => import('./pages/WorkspacePage.tsx').then((module) => ({ default: module.WorkspacePage })));
// A unit's own page: the unit editor, its slides and drag and drop load only here.
const UnitPage = lazy(() => import('./pages/UnitPage.tsx').then((module) => ({ default: module.UnitPage })));
// The library and the public catalogue: search, fork, import and read-only units, no editor.
const LibraryPage = lazy(() => import('./pages/LibraryPage.tsx').then((module) => ({ default: module.LibraryPage })));
const CataloguePage = lazy(() => import('./pages/CataloguePage.tsx').then((module) => ({ default: module.CataloguePage })));
const CatalogueEntryPage = lazy(() => import('./pages/CatalogueEntryPage.tsx').then((module) => ({ default: module.CatalogueEntryPage })));
// A session's composer and its printable run-sheet: the composer's drag and drop loads only there.
const SessionPage = lazy(() => import('./pages/SessionPage.tsx').then((module) => ({ default: module.SessionPage })));
const RunSheetPage = lazy(() => import('./pages/RunSheetPage.tsx').then((module) => ({ default: module.RunSheetPage })));

/** The app's routes: home, a workspace, a unit, and a not-found page for anything else. */
export const router = createBrowserRouter([
  {
    element: <AppLayout />,
    children: [
      { index: true, element: <HomePage /> },
      { path: 'w/:workspaceId', element: <WorkspacePage /> },
      { path: 'w/:workspaceId/units/:unitId', element: <UnitPage /> },
      { path: 'w/:workspaceId/sessions/:sessionId', element: <SessionPage /> },
      { path: 'w/:workspaceId/sessions/:sessionId/run-sheet', element: <RunSheetPage /> },
      { path: 'w/:workspaceId/library', element: <LibraryPage /> },
      { path: 'catalogue', element: <CataloguePage /> },
      { path: 'c/:publicId', element: <CatalogueEntryPage /> },
      { path: '*', element: <NotFoundPage /> },
    ],
  },
  // Presenting and following: full-screen pages, without the app's header and footer.
  ...presentRoutes,
]);
