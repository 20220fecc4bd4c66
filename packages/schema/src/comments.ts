import { z } from 'zod';
import { DocIdSchema } from './ids.ts';
import { ItemIdSchema } from './itemId.ts';

/**
 * Comment threads on a unit or a session: the JSON form of a document's comments
 * (`GET /api/w/<ws>/comments`, `?comments=1` on a doc's JSON). Threads live in a Yjs document of
 * their own beside the commented document (docs/doc-model.md, "Comments"), so a comment key can
 * be allowed to write there and nowhere else. They never reach an export.
 */

/** Fields a thread may point at, in a unit or a session. Lists name the item with `itemId`. */
export const COMMENT_FIELDS = [
  'title', 'description', 'context', 'participants', // unit header
  'audience', 'place', 'promotionalDescription', // session header
  'objectives', 'steps', 'nextSteps', 'slides', 'materials', 'items', // list items
] as const;
export const CommentFieldSchema = z.enum(COMMENT_FIELDS, { error: `must be one of ${COMMENT_FIELDS.join(', ')}` });
export type CommentField = z.infer<typeof CommentFieldSchema>;

/** The fields of a list item a thread may point into (a slide's content or notes, a step's title…). */
export const COMMENT_PARTS = ['text', 'title', 'notes', 'content', 'transitionNote'] as const;
export const CommentPartSchema = z.enum(COMMENT_PARTS, { error: `must be one of ${COMMENT_PARTS.join(', ')}` });

/** An encoded Yjs relative position (base64): it follows its character through concurrent edits. */
const RelativePositionSchema = z.string().max(200).regex(/^[A-Za-z0-9+/]*={0,2}$/, 'must be base64');

/** A range of text inside the anchored field, and the words it held when the thread was opened. */
export const CommentRangeSchema = z.strictObject({
  start: RelativePositionSchema,
  end: RelativePositionSchema,
  quote: z.string().max(1000, 'must be at most 1000 characters'),
});
export type CommentRange = z.infer<typeof CommentRangeSchema>;

/** Where a thread points: a field, an item of a list, a part of that item, and maybe a range of its text. */
export const CommentAnchorSchema = z
  .strictObject({
    field: CommentFieldSchema,
    itemId: ItemIdSchema.optional(),
    part: CommentPartSchema.optional(),
    range: CommentRangeSchema.optional(),
  })
  .refine((a) => isListField(a.field) === (a.itemId !== undefined), {
    error: 'a list field (objectives, steps, nextSteps, slides, materials, items) needs an itemId, and only those take one',
  });
export type CommentAnchor = z.infer<typeof CommentAnchorSchema>;

const LIST_FIELDS: ReadonlySet<CommentField> = new Set(['objectives', 'steps', 'nextSteps', 'slides', 'materials', 'items']);

/** True for fields that hold a list of items (a thread on them names one item). */
export function isListField(field: CommentField): boolean {
  return LIST_FIELDS.has(field);
}

/** A person's name as they typed it in the workspace (no accounts: names, like a pad's). */
export const CommentAuthorSchema = z.string().trim().min(1, 'must not be empty').max(80, 'must be at most 80 characters');

export const CommentTextSchema = z.string().trim().min(1, 'must not be empty').max(4000, 'must be at most 4000 characters');

export const CommentMessageSchema = z.strictObject({
  id: ItemIdSchema,
  author: CommentAuthorSchema,
  /** Empty once deleted: the message keeps its place in the thread ("message deleted"). */
  text: z.string().max(4000),
  createdAt: z.string(),
  editedAt: z.string().optional(),
  deleted: z.boolean(),
});
export type CommentMessage = z.infer<typeof CommentMessageSchema>;

/** A replacement for a plain-text field, proposed in a thread; an editor accepts or declines it. */
export const CommentProposalSchema = z.strictObject({
  text: z.string().max(1000, 'must be at most 1000 characters'),
  status: z.enum(['pending', 'accepted', 'declined']),
  decidedBy: CommentAuthorSchema.optional(),
  decidedAt: z.string().optional(),
});
export type CommentProposal = z.infer<typeof CommentProposalSchema>;

export const CommentThreadStatusSchema = z.enum(['open', 'resolved']);
export type CommentThreadStatus = z.infer<typeof CommentThreadStatusSchema>;

export const CommentThreadSchema = z.strictObject({
  id: ItemIdSchema,
  anchor: CommentAnchorSchema,
  status: CommentThreadStatusSchema,
  author: CommentAuthorSchema,
  createdAt: z.string(),
  resolvedBy: CommentAuthorSchema.optional(),
  resolvedAt: z.string().optional(),
  proposal: CommentProposalSchema.optional(),
  messages: z.array(CommentMessageSchema),
});
export type CommentThread = z.infer<typeof CommentThreadSchema>;

/** Fields a proposal may replace: plain text, one line or a few (never rich text). */
export const PROPOSABLE_FIELDS: readonly CommentField[] = ['title', 'description', 'objectives', 'steps', 'nextSteps', 'audience', 'place'];

/** `GET /api/w/<ws>/comments`: filters for scripts ("what is waiting for me"). */
export const CommentsQuerySchema = z.strictObject({
  status: z.enum(['open', 'resolved', 'all']).default('open'),
  mention: CommentAuthorSchema.optional(),
  docId: DocIdSchema.optional(),
});
export type CommentsQuery = z.infer<typeof CommentsQuerySchema>;

/** True when a message mentions `name` as `@Name` (case and accents ignored, whole name only). */
export function mentions(text: string, name: string): boolean {
  const wanted = foldName(name);
  if (wanted === '') return false;
  const folded = foldName(text);
  let at = folded.indexOf('@');
  while (at !== -1) {
    const rest = folded.slice(at + 1);
    if (rest.startsWith(wanted) && !/^[\p{L}\p{N}]/u.test(rest.slice(wanted.length))) return true;
    at = folded.indexOf('@', at + 1);
  }
  return false;
}

/** A name folded for comparison: lower case, accents removed, spaces squeezed. */
function foldName(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/\s+/g, ' ').trim();
}

/**
 * The storage and sync name of a document's comments: `<docId>/comments`, synced at
 * `/sync/<ws>/<docId>/comments`. The slash keeps it apart from every doc id (DocIdSchema has none).
 */
export function commentsDocId(docId: string): string {
  return `${docId}/comments`;
}

/** `GET /api/w/<ws>/comments`: per unit and session with threads that match, those threads. */
export const CommentsListSchema = z.object({
  items: z.array(
    z.object({
      docId: DocIdSchema,
      kind: z.enum(['unit', 'session']),
      title: z.string(),
      /** Open threads of the doc, whatever the filters: the count a list shows. */
      openCount: z.number().int().min(0),
      threads: z.array(CommentThreadSchema),
    }),
  ),
});
export type CommentsList = z.infer<typeof CommentsListSchema>;

/** The `?comments=1` flag of a doc's JSON: threads are left out of it unless asked for. */
export const WithCommentsQuerySchema = z.object({ comments: z.enum(['0', '1']).optional() });

/** Threads matching a status and maybe a mention (in any of their messages). */
export function filterThreads(threads: readonly CommentThread[], query: Pick<CommentsQuery, 'status' | 'mention'>): CommentThread[] {
  return threads.filter((thread) =>
    (query.status === 'all' || thread.status === query.status)
    && (query.mention === undefined || thread.messages.some((message) => !message.deleted && mentions(message.text, query.mention!))));
}
