import { useCallback } from 'react';
import type * as Y from 'yjs';
import { bindTextInput } from '../lib/bindTextInput.ts';

/**
 * A ref for an `<input>` or `<textarea>` that edits a Y.Text live: local typing goes in as a
 * minimal edit with `origin`, the others' typing shows without moving the caret, and two people
 * typing in the same field at once both keep their words (see bindTextInput).
 * The element is uncontrolled: give it no `value`.
 */
export function useYTextInput<E extends HTMLInputElement | HTMLTextAreaElement>(
  text: Y.Text | null,
  origin: unknown,
): (element: E | null) => (() => void) | undefined {
  return useCallback(
    (element: E | null) => (element && text ? bindTextInput(element, text, origin) : undefined),
    [text, origin],
  );
}
