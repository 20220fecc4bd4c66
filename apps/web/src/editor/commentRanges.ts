import { resolveRange, spanRange } from '@minga/doc-model';
import type { CommentRange } from '@minga/schema';
import { Extension, type Editor } from '@tiptap/core';
import type { EditorState } from '@tiptap/pm/state';
import { Plugin, PluginKey, Selection } from '@tiptap/pm/state';
import { Decoration, DecorationSet } from '@tiptap/pm/view';
import type { Node as PmNode } from '@tiptap/pm/model';
import { absolutePositionToRelativePosition, ySyncPluginKey } from '@tiptap/y-tiptap';
import * as Y from 'yjs';

/**
 * Comment threads anchored to words of a rich text, shown as highlights: decorations drawn from
 * the threads' Yjs relative positions, never marks written into the document (a highlight is
 * nobody's edit, and the deck must not carry it). The positions are resolved again whenever the
 * Yjs document changes from outside this editor (another person, undo); this editor's own typing
 * maps the highlights, whose edges stay outside as the anchors' ends do (`spanRange`).
 */

/** One thread's range, as this editor shows it. */
export interface CommentHighlight {
  threadId: string;
  range: CommentRange;
}

interface HighlightState {
  highlights: readonly CommentHighlight[];
  /** The thread shown in the side panel, its words drawn as such. */
  active: string | null;
  decorations: DecorationSet;
}

/** What the highlights do when used: set by the editor that shows them. */
export interface CommentRangesStorage {
  highlights: readonly CommentHighlight[];
  /** Shows a thread in the side panel: from a click, or focused from the keyboard. */
  onOpen: ((threadId: string, from: 'click' | 'keyboard') => void) | null;
  /** Enter opens the thread under the caret (a text people may select in but not edit). */
  enterOpens: boolean;
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

function decorate(state: EditorState, highlights: readonly CommentHighlight[], active: string | null): DecorationSet {
  const sync = syncState(state);
  if (!sync || highlights.length === 0) return DecorationSet.empty;
  const size = state.doc.content.size;
  const decorations: Decoration[] = [];
  for (const { threadId, range } of highlights) {
    const at = pmRange(sync, range);
    if (!at || at.to > size) continue;
    decorations.push(Decoration.inline(at.from, at.to, {
      nodeName: 'mark',
      class: threadId === active ? 'comment-range comment-range--active' : 'comment-range',
      'data-thread-id': threadId,
      'data-testid': 'comment-range',
    }, { threadId }));
  }
  return DecorationSet.create(state.doc, decorations);
}

/** Where a range is in this editor now, or null when its words are gone (or not rendered). */
function pmRange(sync: SyncState, range: CommentRange): { from: number; to: number } | null {
  const at = resolveRange(sync.doc, range);
  if (!at || !(at.type instanceof Y.XmlText) || !(at.endType instanceof Y.XmlText)) return null;
  const from = pmPosition(sync, at.type, at.start);
  const to = pmPosition(sync, at.endType, at.end);
  return from === null || to === null || from >= to ? null : { from, to };
}

/** The thread whose highlighted words hold this position (the innermost, the last drawn), or null. */
export function threadAt(state: EditorState, pos: number): string | null {
  // Ranges that begin or end right here count: a caret after the last commented word is on them.
  const found = commentRangesKey.getState(state)?.decorations.find(pos, pos, (spec: { threadId?: string }) => spec.threadId !== undefined) ?? [];
  return (found.at(-1)?.spec as { threadId?: string } | undefined)?.threadId ?? null;
}

/** The editor positions of a thread's words, or null when they are not shown here. */
export function threadRange(editor: Editor, threadId: string): { from: number; to: number } | null {
  const state = commentRangesKey.getState(editor.state);
  const highlight = state?.highlights.find((entry) => entry.threadId === threadId);
  const sync = syncState(editor.state);
  return highlight && sync ? pmRange(sync, highlight.range) : null;
}

/** Draws one thread's words as the one shown in the side panel (null: none). */
export function setActiveCommentRange(editor: Editor, threadId: string | null): void {
  if (editor.isDestroyed) return;
  editor.view.dispatch(editor.state.tr.setMeta(commentRangesKey, { active: threadId }).setMeta('addToHistory', false));
}

/** Why a selection cannot be commented on, or the range it makes. */
export type SelectionRange =
  | { ok: true; range: CommentRange }
  | { ok: false; reason: 'empty' };

/** The editor's selection as a comment range: words of one paragraph or of several. */
export function selectionRange(editor: Editor): SelectionRange {
  const { state } = editor;
  const { empty } = state.selection;
  if (empty || state.doc.textBetween(state.selection.from, state.selection.to).trim() === '') return { ok: false, reason: 'empty' };
  const sync = syncState(state);
  if (!sync) return { ok: false, reason: 'empty' };
  // A selection of whole blocks (Ctrl+A, a slide's image) starts or ends between blocks: its ends
  // move in to the nearest words, where the anchors can hold on to a character.
  const from = Selection.findFrom(state.selection.$from, 1, true)?.from;
  const to = Selection.findFrom(state.selection.$to, -1, true)?.to;
  if (from === undefined || to === undefined || to <= from) return { ok: false, reason: 'empty' };
  const toYjs = (pos: number) => Y.createAbsolutePositionFromRelativePosition(absolutePositionToRelativePosition(pos, sync.type, sync.binding.mapping) as Y.RelativePosition, sync.doc);
  const start = toYjs(from);
  const end = toYjs(to);
  if (!start || !end || !(start.type instanceof Y.XmlText) || !(end.type instanceof Y.XmlText)) return { ok: false, reason: 'empty' };
  if (start.type === end.type && end.index <= start.index) return { ok: false, reason: 'empty' };
  return { ok: true, range: spanRange({ type: start.type, index: start.index }, { type: end.type, index: end.index }) };
}

/** Shows these threads' ranges in the editor (all of them: filter before). */
export function showCommentRanges(editor: Editor, highlights: readonly CommentHighlight[]): void {
  if (editor.isDestroyed) return;
  commentRangesStorage(editor).highlights = highlights;
  editor.view.dispatch(editor.state.tr.setMeta(commentRangesKey, { highlights }).setMeta('addToHistory', false));
}

/** The highlights' settings in an editor. */
export function commentRangesStorage(editor: Editor): CommentRangesStorage {
  return (editor.storage as unknown as Record<string, CommentRangesStorage>).commentRanges!;
}

/** Alt+Enter (Option+Enter), or Enter alone where the text cannot be edited: to the thread under the caret. */
function isOpenKey(event: KeyboardEvent, enterOpens: boolean): boolean {
  if (event.key !== 'Enter' || event.shiftKey || event.ctrlKey || event.metaKey) return false;
  return event.altKey || enterOpens;
}

/** Highlights the words comment threads point at (after Collaboration, whose binding it reads). */
export const CommentRanges = Extension.create<Record<string, never>, CommentRangesStorage>({
  name: 'commentRanges',
  addStorage() {
    return { highlights: [], onOpen: null, enterOpens: false };
  },
  addProseMirrorPlugins() {
    const storage = this.storage;
    return [
      new Plugin<HighlightState>({
        key: commentRangesKey,
        state: {
          init: (_, state) => ({ highlights: storage.highlights, active: null, decorations: decorate(state, storage.highlights, null) }),
          apply: (tr, value, _old, state) => {
            const meta = tr.getMeta(commentRangesKey) as { highlights?: readonly CommentHighlight[]; active?: string | null } | undefined;
            if (meta) {
              const highlights = meta.highlights ?? value.highlights;
              const active = meta.active !== undefined ? meta.active : value.active;
              return { highlights, active, decorations: decorate(state, highlights, active) };
            }
            const fromYjs = (tr.getMeta(ySyncPluginKey) as { isChangeOrigin?: boolean } | undefined)?.isChangeOrigin === true;
            if (fromYjs) return { ...value, decorations: decorate(state, value.highlights, value.active) };
            if (!tr.docChanged) return value;
            return { ...value, decorations: value.decorations.map(tr.mapping, tr.doc) };
          },
        },
        props: {
          decorations: (state) => commentRangesKey.getState(state)?.decorations ?? DecorationSet.empty,
        },
      }),
    ];
  },
});

/**
 * From highlighted words to their thread: a click, or Alt+Enter (Enter alone where the text
 * cannot be edited). Its own extension, before the keymaps (which would take Enter first).
 */
export const CommentRangeKeys = Extension.create({
  name: 'commentRangeKeys',
  priority: 1000,
  addProseMirrorPlugins() {
    const storage = () => commentRangesStorage(this.editor);
    return [
      new Plugin({
        key: new PluginKey('commentRangeKeys'),
        props: {
          // The caret goes into the words as usual: the thread is shown, the focus stays here.
          handleClick: (view, pos, event) => {
            const { onOpen } = storage();
            if (event.button !== 0 || !onOpen) return false;
            const threadId = threadAt(view.state, pos);
            if (threadId) onOpen(threadId, 'click');
            return false;
          },
          handleKeyDown: (view, event) => {
            const { onOpen, enterOpens } = storage();
            if (!onOpen || !isOpenKey(event, enterOpens)) return false;
            const threadId = threadAt(view.state, view.state.selection.from);
            if (!threadId) return false;
            onOpen(threadId, 'keyboard');
            return true;
          },
        },
      }),
    ];
  },
});
