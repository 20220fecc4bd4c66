import { lazy } from 'react';
import { createBrowserRouter } from 'react-router';
import { AppLayout } from './components/AppLayout.tsx';
import { HomePage } from './pages/HomePage.tsx';
import { NotFoundPage } from './pages/NotFoundPage.tsx';

// The workspace page carries the editor and Yjs: loading it apart keeps the home page light.
const WorkspacePage = lazy(() => import('./pages/WorkspacePage.tsx').then((module) => ({ default: module.WorkspacePage })));
// A unit's own page: the unit editor, its slides and drag and drop load only here.
const UnitPage = lazy(() => import('./pages/UnitPage.tsx').then((module) => ({ default: module.UnitPage })));

/** The app's routes: home, a workspace, a unit, and a not-found page for anything else. */
export const router = createBrowserRouter([
  {
    element: <AppLayout />,
    children: [
      { index: true, element: <HomePage /> },
      { path: 'w/:workspaceId', element: <WorkspacePage /> },
      { path: 'w/:workspaceId/units/:unitId', element: <UnitPage /> },
      { path: '*', element: <NotFoundPage /> },
    ],
  },
]);
