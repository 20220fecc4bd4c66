/**
 * Brings an item just added to the programme into view and highlights it for a moment, so the
 * person sees where it landed (the screen-reader announcement says it too). Runs after the next
 * paint: the item is on the page by then.
 */
export function showAddedItem(itemId: string): void {
  requestAnimationFrame(() => {
    const row = document.querySelector<HTMLElement>(`[data-testid="session-item"][data-item-id="${CSS.escape(itemId)}"]`);
    if (!row) return;
    const still = window.matchMedia('(prefers-reduced-motion: reduce)').matches;
    row.scrollIntoView({ block: 'nearest', behavior: still ? 'auto' : 'smooth' });
    row.classList.remove('session-item--added');
    // Restart the highlight when the same row is shown twice.
    void row.offsetWidth;
    row.classList.add('session-item--added');
    row.addEventListener('animationend', () => row.classList.remove('session-item--added'), { once: true });
  });
}
