/** How long an item just added stays highlighted (composer.css draws it while the attribute is set). */
const HIGHLIGHT_MS = 2500;
/** Frames to wait for the row to be on the page: the programme renders the doc's change after it. */
const FRAMES_TO_WAIT = 10;

/**
 * Brings an item just added to the programme into view and highlights it for a moment, so the
 * person sees where it landed (the screen-reader announcement says it too). The highlight is a
 * data attribute, which React's re-renders of the row leave alone; smooth scrolling and the fade
 * only when the person has not asked for reduced motion.
 */
export function showAddedItem(itemId: string, framesLeft = FRAMES_TO_WAIT): void {
  requestAnimationFrame(() => {
    const row = document.querySelector<HTMLElement>(`[data-testid="session-item"][data-item-id="${CSS.escape(itemId)}"]`);
    if (!row) {
      if (framesLeft > 0) showAddedItem(itemId, framesLeft - 1);
      return;
    }
    const still = window.matchMedia('(prefers-reduced-motion: reduce)').matches;
    row.scrollIntoView({ block: 'center', behavior: still ? 'auto' : 'smooth' });
    const stamp = String(Date.now());
    row.dataset.justAdded = stamp;
    window.setTimeout(() => {
      if (row.dataset.justAdded === stamp) delete row.dataset.justAdded;
    }, HIGHLIGHT_MS);
  });
}
