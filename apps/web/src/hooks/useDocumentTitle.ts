import { useEffect } from 'react';

/** Sets the tab title to "<title> · Minga" while the component is shown. */
export function useDocumentTitle(title: string): void {
  useEffect(() => {
    document.title = title ? `${title} · Minga` : 'Minga';
  }, [title]);
}
