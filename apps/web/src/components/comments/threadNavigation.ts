/**
 * Between the words a thread points at and its card in the side panel, both ways, as in the
 * office suites: a click (or Alt+Enter) in highlighted words shows their thread, and a card's
 * "Go to the text" selects its words. The slides editor and the comments panel load apart and
 * know nothing of each other: each listens here for what the other asks.
 */

/** Shows a thread's card; `focus` moves the keyboard focus onto it (asked from the keyboard). */
type ThreadListener = (threadId: string, focus: boolean) => void;
/** Selects a thread's words; true when this text holds them. */
type RangeListener = (threadId: string) => boolean;

const threadListeners = new Set<ThreadListener>();
const rangeListeners = new Set<RangeListener>();

/** Shows a thread's card in the side panel (and focuses it when asked from the keyboard). */
export function showThread(threadId: string, focus: boolean): void {
  threadListeners.forEach((listener) => listener(threadId, focus));
}

/** Selects and shows the words a thread points at; false when no text on the page holds them. */
export function showThreadRange(threadId: string): boolean {
  for (const listener of rangeListeners) {
    if (listener(threadId)) return true;
  }
  return false;
}

/** Listens for threads to show; returns the unsubscribe. */
export function onShowThread(listener: ThreadListener): () => void {
  threadListeners.add(listener);
  return () => threadListeners.delete(listener);
}

/** Listens for ranges to select; returns the unsubscribe. */
export function onShowThreadRange(listener: RangeListener): () => void {
  rangeListeners.add(listener);
  return () => rangeListeners.delete(listener);
}
