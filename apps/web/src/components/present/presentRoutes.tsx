import { lazy, Suspense, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { RouteObject } from 'react-router';

// reveal.js and the deck builder load only with these pages: no other page carries them.
const PresentPage = lazy(() => import('../../pages/PresentPage.tsx').then((module) => ({ default: module.PresentPage })));
const FollowPage = lazy(() => import('../../pages/FollowPage.tsx').then((module) => ({ default: module.FollowPage })));

function Loading() {
  const { t } = useTranslation();
  return <p className="loading" role="status">{t('present.loading')}</p>;
}

const page = (element: ReactNode) => <Suspense fallback={<Loading />}>{element}</Suspense>;

/**
 * Presenting's full-screen pages, outside the app's header and footer: a session's or a unit's
 * deck (projector, speaker view, print), and the follow page people open on their phones.
 */
export const presentRoutes: RouteObject[] = [
  { path: 'w/:workspaceId/sessions/:sessionId/present', element: page(<PresentPage kind="session" />) },
  { path: 'w/:workspaceId/units/:unitId/present', element: page(<PresentPage kind="unit" />) },
  { path: 'w/:workspaceId/sessions/:sessionId/follow', element: page(<FollowPage />) },
];
