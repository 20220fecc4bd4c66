import { useEffect, useRef } from 'react';
import { useLocation } from 'react-router';

interface ArrivalState {
  focusOnArrival?: unknown;
}

/** Navigation state asking the next page to put the focus in one of its fields (by its test id). */
export function focusOnArrival(testId: string): ArrivalState {
  return { focusOnArrival: testId };
}

/**
 * On a page opened by `navigate(path, { state: focusOnArrival(id) })` (a document just created
 * from a dialog), puts the focus in that field once, so the person goes on typing where the
 * dialog left off instead of starting again from the page's heading.
 */
export function useFocusOnArrival(): void {
  const location = useLocation();
  const target = (location.state as ArrivalState | null)?.focusOnArrival;
  const done = useRef(false);
  useEffect(() => {
    if (done.current || typeof target !== 'string') return;
    const field = document.querySelector<HTMLElement>(`[data-testid="${CSS.escape(target)}"]`);
    if (!field) return;
    done.current = true;
    field.focus();
  });
}
