import { useEffect, useRef, type RefObject } from 'react';

/**
 * A `<dialog>` shown as a modal while its component is mounted: the browser keeps the focus in
 * it and Escape closes it. When it goes, closed or taken off the page by its Cancel button, the
 * focus goes back to what had it before (the button that opened it), if the focus was lost and
 * that element is still on the page: a keyboard user carries on from where they were.
 */
export function useModalDialog(): RefObject<HTMLDialogElement | null> {
  const dialog = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const element = dialog.current;
    const opener = document.activeElement instanceof HTMLElement && document.activeElement !== document.body ? document.activeElement : null;
    if (element && !element.open) element.showModal();
    return () => {
      element?.close();
      const active = document.activeElement;
      const lost = !active || active === document.body || (element?.contains(active) ?? false);
      if (lost && opener?.isConnected) opener.focus();
    };
  }, []);
  return dialog;
}
