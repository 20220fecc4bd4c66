import { Suspense, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Outlet } from 'react-router';
import { useFocusOnNavigation } from '../hooks/useFocusOnNavigation.ts';
import { LanguageSwitch } from './LanguageSwitch.tsx';

/** Header (home link, language switch), the page, and a footer. */
export function AppLayout() {
  const { t } = useTranslation();
  const main = useRef<HTMLElement>(null);
  useFocusOnNavigation(main);
  return (
    <>
      <a className="skip-link" href="#main">{t('layout.skipToContent')}</a>
      <header className="app-header">
        <Link to="/" className="brand" aria-label={t('layout.homeLink')}>
          <img src="/favicon.svg" alt="" width="28" height="28" />
          <span>{t('app.name')}</span>
        </Link>
        <LanguageSwitch />
      </header>
      <main id="main" className="app-main" tabIndex={-1} ref={main}>
        <Suspense fallback={<p className="loading" role="status">{t('layout.loading')}</p>}>
          <Outlet />
        </Suspense>
      </main>
      <footer className="app-footer">
        <p>{t('layout.footer')}</p>
      </footer>
    </>
  );
}
