import { resolveRange, textRange } from '@minga/doc-model';
import type { CommentRange } from '@minga/schema';
import { Extension, type Editor } from '@tiptap/core';
import type { EditorState } from '@tiptap/pm/state';
import { Plugin, PluginKey } from '@tiptap/pm/state';
import { Decoration, DecorationSet } from '@tiptap/pm/view';
import type { Node as PmNode } from '@tiptap/pm/model';
import { absolutePositionToRelativePosition, ySyncPluginKey } from '@tiptap/y-tiptap';
import * as Y from 'yjs';

/**
 * Comment threads anchored to words of a rich text, shown as highlights: decorations drawn from
 * the threads' Yjs relative positions, never marks written into the document (a highlight is
 * nobody's edit, and the deck must not carry it). The positions are resolved again whenever the
 * Yjs document changes from outside this editor (another person, undo); this editor's own typing
 * maps the highlights, whose edges stay outside as the anchors' ends do (`textRange`).
 */

/** One thread's range, as this editor shows it. */
export interface CommentHighlight {
  threadId: string;
  range: CommentRange;
}

interface HighlightState {
  highlights: readonly CommentHighlight[];
  decorations: DecorationSet;
}

export const commentRangesKey = new PluginKey<HighlightState>('commentRanges');

/** y-tiptap's binding: each Yjs element to its ProseMirror node (each text to its text nodes). */
type ProsemirrorMapping = Map<Y.AbstractType<any>, PmNode | PmNode[]>; // eslint-disable-line @typescript-eslint/no-explicit-any

interface SyncState {
  doc: Y.Doc;
  type: Y.XmlFragment;
  binding: { mapping: ProsemirrorMapping };
}

function syncState(state: EditorState): SyncState | null {
  return (ySyncPluginKey.getState(state) as SyncState | undefined) ?? null;
}

/**
 * The ProseMirror position of an index in a Y.XmlText bound to this editor, or null when the text
 * is not (or not yet) rendered. The walk of y-tiptap's `relativePositionToAbsolutePosition`,
 * without its guard against positions at the very start, which a range may well hold.
 */
function pmPosition(sync: SyncState, text: Y.XmlText, index: number): number | null {
  let pos = index;
  let type: Y.AbstractType<any> = text; // eslint-disable-line @typescript-eslint/no-explicit-any
  while (type !== sync.type) {
    const item = type._item;
    if (item === null || item.deleted) return null;
    const parent = item.parent as Y.AbstractType<any>; // eslint-disable-line @typescript-eslint/no-explicit-any
    if (parent !== sync.type) pos += 1; // the parent's opening tag
    for (let sibling = parent._start; sibling !== null; sibling = sibling.right) {
      const child = (sibling.content as Y.ContentType).type;
      if (child === type) break;
      if (sibling.deleted) continue;
      if (child instanceof Y.XmlText) pos += child.length;
      else {
        const node = sync.binding.mapping.get(child);
        if (!node || Array.isArray(node)) return null;
        pos += node.nodeSize;
      }
    }
    type = parent;
  }
  return pos;
}

function decorate(state: EditorState, highlights: readonly CommentHighlight[]): DecorationSet {
  const sync = syncState(state);
  if (!sync || highlights.length === 0) return DecorationSet.empty;
  const size = state.doc.content.size;
  const decorations: Decoration[] = [];
  for (const { threadId, range } of highlights) {
    const at = resolveRange(sync.doc, range);
    if (!at || !(at.type instanceof Y.XmlText)) continue;
    const from = pmPosition(sync, at.type, at.start);
    const to = pmPosition(sync, at.type, at.end);
    if (from === null || to === null || from >= to || to > size) continue;
    decorations.push(Decoration.inline(from, to, {
      nodeName: 'mark',
      class: 'comment-range',
      'data-thread-id': threadId,
      'data-testid': 'comment-range',
    }));
  }
  return DecorationSet.create(state.doc, decorations);
}

/** Why a selection cannot be commented on, or the range it makes. */
export type SelectionRange =
  | { ok: true; range: CommentRange }
  | { ok: false; reason: 'empty' | 'severalBlocks' };

/** The editor's selection as a comment range: words of one paragraph (or heading, list item…). */
export function selectionRange(editor: Editor): SelectionRange {
  const { state } = editor;
  const { from, to, empty } = state.selection;
  if (empty || state.doc.textBetween(from, to).trim() === '') return { ok: false, reason: 'empty' };
  const sync = syncState(state);
  if (!sync) return { ok: false, reason: 'empty' };
  const start = Y.createAbsolutePositionFromRelativePosition(absolutePositionToRelativePosition(from, sync.type, sync.binding.mapping) as Y.RelativePosition, sync.doc);
  const end = Y.createAbsolutePositionFromRelativePosition(absolutePositionToRelativePosition(to, sync.type, sync.binding.mapping) as Y.RelativePosition, sync.doc);
  if (!start || !end || start.type !== end.type || !(start.type instanceof Y.XmlText) || end.index <= start.index) {
    return { ok: false, reason: 'severalBlocks' };
  }
  return { ok: true, range: textRange(start.type, start.index, end.index) };
}

/** Shows these threads' ranges in the editor (all of them: filter before). */
export function showCommentRanges(editor: Editor, highlights: readonly CommentHighlight[]): void {
  if (editor.isDestroyed) return;
  (editor.storage as unknown as Record<string, { highlights: readonly CommentHighlight[] }>).commentRanges!.highlights = highlights;
  editor.view.dispatch(editor.state.tr.setMeta(commentRangesKey, highlights).setMeta('addToHistory', false));
}

/** Highlights the words comment threads point at (after Collaboration, whose binding it reads). */
export const CommentRanges = Extension.create<Record<string, never>, { highlights: readonly CommentHighlight[] }>({
  name: 'commentRanges',
  addStorage() {
    return { highlights: [] };
  },
  addProseMirrorPlugins() {
    const storage = this.storage;
    return [
      new Plugin<HighlightState>({
        key: commentRangesKey,
        state: {
          init: (_, state) => ({ highlights: storage.highlights, decorations: decorate(state, storage.highlights) }),
          apply: (tr, value, _old, state) => {
            const highlights = tr.getMeta(commentRangesKey) as readonly CommentHighlight[] | undefined;
            if (highlights) return { highlights, decorations: decorate(state, highlights) };
            const fromYjs = (tr.getMeta(ySyncPluginKey) as { isChangeOrigin?: boolean } | undefined)?.isChangeOrigin === true;
            if (fromYjs) return { highlights: value.highlights, decorations: decorate(state, value.highlights) };
            if (!tr.docChanged) return value;
            return { highlights: value.highlights, decorations: value.decorations.map(tr.mapping, tr.doc) };
          },
        },
        props: {
          decorations: (state) => commentRangesKey.getState(state)?.decorations ?? DecorationSet.empty,
        },
      }),
    ];
  },
});
