import { useEffect } from 'react';

/**
 * Sets the tab title to "<title> · Minga" while the component is shown. `null` leaves the title to
 * what the page shows instead (an editor named after its document, an error that names itself):
 * a page's effect runs after its children's, so it must step aside for them.
 */
export function useDocumentTitle(title: string | null): void {
  useEffect(() => {
    if (title === null) return;
    document.title = title ? `${title} · Minga` : 'Minga';
  }, [title]);
}
