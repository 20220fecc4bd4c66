import { lazy } from 'react';
import { createBrowserRouter } from 'react-router';
import { AppLayout } from './components/AppLayout.tsx';
import { HomePage } from './pages/HomePage.tsx';
import { NotFoundPage } from './pages/NotFoundPage.tsx';

// The workspace page carries the editor and Yjs: loading it apart keeps the home page light.
const WorkspacePage = lazy(() => import('./pages/WorkspacePage.tsx').then((module) => ({ default: module.WorkspacePage })));

/** The app's routes: home, a workspace, and a not-found page for anything else. */
export const router = createBrowserRouter([
  {
    element: <AppLayout />,
    children: [
      { index: true, element: <HomePage /> },
      { path: 'w/:workspaceId', element: <WorkspacePage /> },
      { path: '*', element: <NotFoundPage /> },
    ],
  },
]);
