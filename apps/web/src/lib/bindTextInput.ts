import type * as Y from 'yjs';
import { diffText, mapIndexThroughDelta, rebaseEdit, type TextDeltaOp } from './textDelta.ts';

type TextElement = HTMLInputElement | HTMLTextAreaElement;

/**
 * Binds a plain input or textarea to a Y.Text, both ways, and returns the unbinding.
 *
 * Local typing is written as the one edit the person made (not the whole value), in a
 * transaction with `origin` (the undo manager tracks it). Changes from others are shown at once
 * with the caret and selection mapped through the change, so nobody's caret jumps. During an IME
 * composition the field is left alone (rewriting it would cancel the composition); the others'
 * changes wait, and the composed text is rebased over them when it is committed.
 */
export function bindTextInput(element: TextElement, text: Y.Text, origin: unknown): () => void {
  /** The text the field showed after the last sync, which local edits are diffed against. */
  let shown = text.toString();
  /** Changes by others not yet shown (only during a composition), oldest first. */
  let pending: TextDeltaOp[][] = [];
  let composing = false;
  let writing = false;
  element.value = shown;

  const display = (caret?: number) => {
    const next = text.toString();
    const focused = element.ownerDocument.activeElement === element;
    let start = element.selectionStart ?? 0;
    let end = element.selectionEnd ?? 0;
    const direction = element.selectionDirection ?? 'none';
    for (const delta of pending) {
      const collapsed = start === end;
      start = mapIndexThroughDelta(start, delta);
      end = collapsed ? start : mapIndexThroughDelta(end, delta, true);
    }
    pending = [];
    shown = next;
    if (element.value === next) return;
    element.value = next;
    if (caret !== undefined) start = end = caret;
    if (focused) element.setSelectionRange(start, end, direction);
  };

  const commit = () => {
    // A field only selected in (a comment link's): what got past its refusals is undone.
    if (element.getAttribute('aria-readonly') === 'true') {
      element.value = shown;
      return;
    }
    const edit = diffText(shown, element.value, element.selectionEnd ?? undefined);
    if (!edit) return;
    const rebased = rebaseEdit(edit, pending);
    const apply = () => {
      if (rebased.remove > 0) text.delete(rebased.index, rebased.remove);
      if (rebased.insert !== '') text.insert(rebased.index, rebased.insert);
    };
    writing = true;
    try {
      if (text.doc) text.doc.transact(apply, origin);
      else apply();
    } finally {
      writing = false;
    }
    if (pending.length > 0) {
      // The field showed a stale copy: show the merged text, caret after what was typed.
      pending = [];
      display(rebased.index + rebased.insert.length);
    } else {
      shown = element.value;
    }
  };

  const observer = (event: Y.YTextEvent) => {
    if (writing) return;
    pending.push(event.delta as TextDeltaOp[]);
    if (!composing) display();
  };

  const onInput = () => {
    if (!composing) commit();
  };
  const onCompositionStart = () => {
    composing = true;
  };
  const onCompositionEnd = () => {
    composing = false;
    commit();
    if (pending.length > 0) display();
  };

  text.observe(observer);
  element.addEventListener('input', onInput);
  element.addEventListener('compositionstart', onCompositionStart);
  element.addEventListener('compositionend', onCompositionEnd);
  return () => {
    text.unobserve(observer);
    element.removeEventListener('input', onInput);
    element.removeEventListener('compositionstart', onCompositionStart);
    element.removeEventListener('compositionend', onCompositionEnd);
  };
}
