import { useEffect, useRef, type RefObject } from 'react';
import { useLocation } from 'react-router';

/**
 * How long to wait for a page loaded on demand to show its heading: its code and its document may
 * take seconds on a slow phone or a busy machine (2 s was too short on a loaded CI machine). The
 * wait never takes the focus from where the person put it meanwhile (see `lost`).
 */
const HEADING_WAIT_MS = 20_000;

/**
 * After moving to another page in the app, the keyboard focus goes to the new page's heading (or
 * to the main area until it shows): a screen reader reads where the person landed, and Tab goes
 * on from the top of the new page. Nothing happens on the first load, nor when the page itself
 * put the focus somewhere (a field it opened for typing).
 */
export function useFocusOnNavigation(main: RefObject<HTMLElement | null>): void {
  const { pathname } = useLocation();
  const previous = useRef(pathname);

  useEffect(() => {
    if (previous.current === pathname) return;
    previous.current = pathname;
    const area = main.current;
    if (!area) return;
    // The focus was on the link that led here, gone with the old page, or on the layout around it.
    const lost = () => {
      const active = document.activeElement;
      return !active || active === document.body || !active.isConnected || active === area || !area.contains(active);
    };
    const focusHeading = (): boolean => {
      const heading = area.querySelector('h1');
      if (!heading) return false;
      if (lost()) {
        heading.setAttribute('tabindex', '-1');
        heading.focus();
      }
      return true;
    };
    if (focusHeading()) return;
    if (lost()) area.focus();
    const observer = new MutationObserver(() => {
      if (focusHeading()) observer.disconnect();
    });
    observer.observe(area, { childList: true, subtree: true });
    const timer = window.setTimeout(() => observer.disconnect(), HEADING_WAIT_MS);
    return () => {
      observer.disconnect();
      window.clearTimeout(timer);
    };
  }, [pathname, main]);
}
