import type { CommentedTextTarget } from '@minga/doc-model';
import { CommentAnchorSchema } from '@minga/schema';

/**
 * Inputs whose words take range comments (a unit's title, an objective, a step's notes…) say
 * what they edit in data attributes, so the comments panel (loaded apart) finds both ways
 * between an input and the threads on its words without the fields knowing of comments.
 */

type CommentedInput = HTMLInputElement | HTMLTextAreaElement;

/** The data attributes that mark an input as editing `target`. */
export function commentTargetAttributes(target: CommentedTextTarget): Record<string, string | undefined> {
  return { 'data-comment-field': target.field, 'data-comment-item': target.itemId, 'data-comment-part': target.part };
}

/** What an input edits, from its data attributes, or null for any other element or a garbled target. */
export function commentTargetOf(element: EventTarget | null): { input: CommentedInput; target: CommentedTextTarget } | null {
  if (!(element instanceof HTMLInputElement || element instanceof HTMLTextAreaElement)) return null;
  const { commentField: field, commentItem: itemId, commentPart: part } = element.dataset;
  const parsed = CommentAnchorSchema.safeParse({ field, ...(itemId !== undefined ? { itemId } : {}), ...(part !== undefined ? { part } : {}) });
  return parsed.success ? { input: element, target: parsed.data } : null;
}

/** The input on the page editing `target`, if shown. */
function inputOf(target: CommentedTextTarget): CommentedInput | null {
  const attribute = (name: string, value: string | undefined) => (value === undefined ? `:not([${name}])` : `[${name}="${CSS.escape(value)}"]`);
  const selector = `[data-comment-field="${CSS.escape(target.field)}"]${attribute('data-comment-item', target.itemId)}${attribute('data-comment-part', target.part)}`;
  return document.querySelector<CommentedInput>(selector);
}

/** Selects words of a plain text in its input: false when the page has no such input or the words are gone. */
export function selectCommentedWords(target: CommentedTextTarget, start: number, end: number): boolean {
  const input = inputOf(target);
  if (!input || end > input.value.length) return false;
  input.focus();
  input.setSelectionRange(start, end);
  return true;
}
