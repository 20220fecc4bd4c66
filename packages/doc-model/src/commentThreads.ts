import * as Y from 'yjs';
import {
  CommentAnchorSchema, CommentAuthorSchema, CommentMessageSchema, CommentProposalSchema, CommentTextSchema,
  CommentThreadStatusSchema, newItemId, type CommentAnchor, type CommentMessage, type CommentThread,
} from '@minga/schema';
import { keysBetween } from './fractionalIndex.ts';
import { sortedIds } from './orderedMap.ts';
import { ORDER_KEY } from './unitLayout.ts';

/**
 * The comments document of a unit or a session (docs/doc-model.md, "Comments"): one root
 * `threads` Y.Map, thread id → Y.Map. A thread's anchor and proposal are plain objects replaced
 * whole; its messages are a Y.Map id → Y.Map ordered by order keys, so two replies sent at once
 * are both kept. Every edit is one transaction; wrap calls in `doc.transact(fn, origin)` to give
 * them an origin.
 */

/** Bumped when this layout changes in a way old code cannot read. */
export const COMMENTS_LAYOUT_VERSION = 1;

export const COMMENT_ROOTS = { meta: 'comments', threads: 'threads' } as const;

const T = {
  anchor: 'anchor', status: 'status', author: 'author', createdAt: 'createdAt', resolvedBy: 'resolvedBy',
  resolvedAt: 'resolvedAt', proposal: 'proposal', messages: 'messages',
} as const;
const M = { author: 'author', text: 'text', createdAt: 'createdAt', editedAt: 'editedAt', deleted: 'deleted' } as const;

/** The root map of threads. */
export function commentThreadsMap(doc: Y.Doc): Y.Map<Y.Map<unknown>> {
  return doc.getMap(COMMENT_ROOTS.threads);
}

/** What opening a thread takes: where it points, who opens it, the first message and maybe a proposed replacement. */
export interface NewThread {
  anchor: CommentAnchor;
  author: string;
  text: string;
  proposal?: string;
  now: string;
}

/** Opens a thread with its first message; returns its id. Throws on invalid input (checked with the schemas). */
export function openThread(doc: Y.Doc, input: NewThread): string {
  const anchor = CommentAnchorSchema.parse(input.anchor);
  const author = CommentAuthorSchema.parse(input.author);
  const text = CommentTextSchema.parse(input.text);
  const id = newItemId();
  doc.transact(() => {
    doc.getMap(COMMENT_ROOTS.meta).set('layoutVersion', COMMENTS_LAYOUT_VERSION);
    const thread = new Y.Map<unknown>();
    commentThreadsMap(doc).set(id, thread);
    thread.set(T.anchor, anchor);
    thread.set(T.status, 'open');
    thread.set(T.author, author);
    thread.set(T.createdAt, input.now);
    if (input.proposal !== undefined) thread.set(T.proposal, CommentProposalSchema.parse({ text: input.proposal, status: 'pending' }));
    thread.set(T.messages, new Y.Map());
    appendMessage(thread, author, text, input.now);
  });
  return id;
}

/** Adds a reply at the end of a thread; returns its id, or null when the thread is gone. */
export function replyToThread(doc: Y.Doc, threadId: string, author: string, text: string, now: string): string | null {
  const thread = commentThreadsMap(doc).get(threadId);
  if (!(thread instanceof Y.Map)) return null;
  const who = CommentAuthorSchema.parse(author);
  const what = CommentTextSchema.parse(text);
  let id: string | null = null;
  doc.transact(() => {
    id = appendMessage(thread, who, what, now);
  });
  return id;
}

function appendMessage(thread: Y.Map<unknown>, author: string, text: string, now: string): string {
  const messages = thread.get(T.messages) as Y.Map<Y.Map<unknown>>;
  const ids = sortedIds(messages as Y.Map<unknown>);
  const last = ids.length > 0 ? messages.get(ids[ids.length - 1]!)?.get(ORDER_KEY) : null;
  const [order] = keysBetween(typeof last === 'string' ? last : null, null, 1);
  const id = newItemId();
  const message = new Y.Map<unknown>();
  messages.set(id, message);
  message.set(ORDER_KEY, order);
  message.set(M.author, author);
  message.set(M.text, text);
  message.set(M.createdAt, now);
  message.set(M.deleted, false);
  return id;
}

function messageOf(doc: Y.Doc, threadId: string, messageId: string): Y.Map<unknown> | null {
  const thread = commentThreadsMap(doc).get(threadId);
  const messages = thread instanceof Y.Map ? thread.get(T.messages) : null;
  const message = messages instanceof Y.Map ? messages.get(messageId) : null;
  return message instanceof Y.Map ? message : null;
}

/** Replaces a message's text, only for its author. False when refused or missing. */
export function editMessage(doc: Y.Doc, threadId: string, messageId: string, by: string, text: string, now: string): boolean {
  const message = messageOf(doc, threadId, messageId);
  if (!message || message.get(M.deleted) === true || !sameName(message.get(M.author), by)) return false;
  const what = CommentTextSchema.parse(text);
  doc.transact(() => {
    message.set(M.text, what);
    message.set(M.editedAt, now);
  });
  return true;
}

/** Deletes a message's text, only for its author; it keeps its place as "deleted". False when refused or missing. */
export function deleteMessage(doc: Y.Doc, threadId: string, messageId: string, by: string, now: string): boolean {
  const message = messageOf(doc, threadId, messageId);
  if (!message || !sameName(message.get(M.author), by)) return false;
  doc.transact(() => {
    message.set(M.text, '');
    message.set(M.deleted, true);
    message.set(M.editedAt, now);
  });
  return true;
}

/** Resolves or reopens a thread. False when the thread is gone. */
export function setThreadStatus(doc: Y.Doc, threadId: string, status: 'open' | 'resolved', by: string, now: string): boolean {
  const thread = commentThreadsMap(doc).get(threadId);
  if (!(thread instanceof Y.Map)) return false;
  doc.transact(() => {
    thread.set(T.status, status);
    if (status === 'resolved') {
      thread.set(T.resolvedBy, CommentAuthorSchema.parse(by));
      thread.set(T.resolvedAt, now);
    } else {
      thread.delete(T.resolvedBy);
      thread.delete(T.resolvedAt);
    }
  });
  return true;
}

/**
 * Records an editor's decision on a thread's pending proposal; accepting also resolves the thread.
 * Applying the text to the commented document is the caller's job (it is a normal, credited change).
 * False when there is no pending proposal.
 */
export function decideProposal(doc: Y.Doc, threadId: string, decision: 'accepted' | 'declined', by: string, now: string): boolean {
  const thread = commentThreadsMap(doc).get(threadId);
  if (!(thread instanceof Y.Map)) return false;
  const proposal = CommentProposalSchema.safeParse(thread.get(T.proposal));
  if (!proposal.success || proposal.data.status !== 'pending') return false;
  doc.transact(() => {
    thread.set(T.proposal, { ...proposal.data, status: decision, decidedBy: CommentAuthorSchema.parse(by), decidedAt: now });
    if (decision === 'accepted') setThreadStatus(doc, threadId, 'resolved', by, now);
  });
  return true;
}

/** Removes a thread whole (an editor tidying up). False when it was not there. */
export function removeThread(doc: Y.Doc, threadId: string): boolean {
  const threads = commentThreadsMap(doc);
  if (!threads.has(threadId)) return false;
  doc.transact(() => threads.delete(threadId));
  return true;
}

/**
 * The threads of a comments document, oldest first. Never throws: a thread whose anchor or
 * author a peer wrote wrong is left out, a malformed message is skipped.
 */
export function yDocToThreads(doc: Y.Doc): CommentThread[] {
  const threads: CommentThread[] = [];
  commentThreadsMap(doc).forEach((thread, id) => {
    if (!(thread instanceof Y.Map)) return;
    const read = readThread(thread, id);
    if (read) threads.push(read);
  });
  return threads.sort((a, b) => (a.createdAt < b.createdAt ? -1 : a.createdAt > b.createdAt ? 1 : a.id < b.id ? -1 : 1));
}

function readThread(thread: Y.Map<unknown>, id: string): CommentThread | null {
  const anchor = CommentAnchorSchema.safeParse(thread.get(T.anchor));
  const author = CommentAuthorSchema.safeParse(thread.get(T.author));
  const createdAt = thread.get(T.createdAt);
  if (!anchor.success || !author.success || typeof createdAt !== 'string') return null;
  const status = CommentThreadStatusSchema.safeParse(thread.get(T.status));
  const proposal = CommentProposalSchema.safeParse(thread.get(T.proposal));
  const resolvedBy = thread.get(T.resolvedBy);
  const resolvedAt = thread.get(T.resolvedAt);
  const messages = thread.get(T.messages);
  return {
    id,
    anchor: anchor.data,
    status: status.success ? status.data : 'open',
    author: author.data,
    createdAt,
    ...(typeof resolvedBy === 'string' && status.data === 'resolved' ? { resolvedBy } : {}),
    ...(typeof resolvedAt === 'string' && status.data === 'resolved' ? { resolvedAt } : {}),
    ...(proposal.success ? { proposal: proposal.data } : {}),
    messages: messages instanceof Y.Map ? readMessages(messages as Y.Map<unknown>) : [],
  };
}

function readMessages(messages: Y.Map<unknown>): CommentMessage[] {
  return sortedIds(messages).flatMap((id) => {
    const message = messages.get(id);
    if (!(message instanceof Y.Map)) return [];
    const editedAt = message.get(M.editedAt);
    const parsed = CommentMessageSchema.safeParse({
      id,
      author: message.get(M.author),
      text: message.get(M.text),
      createdAt: message.get(M.createdAt),
      ...(typeof editedAt === 'string' ? { editedAt } : {}),
      deleted: message.get(M.deleted) === true,
    });
    return parsed.success ? [parsed.data] : [];
  });
}

function sameName(stored: unknown, by: string): boolean {
  return typeof stored === 'string' && stored.trim().toLowerCase() === by.trim().toLowerCase();
}
