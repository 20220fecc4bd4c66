import { z } from 'zod';

/** A document id: also the last segment of its sync path `/sync/<workspaceId>/<docId>`. */
export const DocIdSchema = z
  .string()
  .regex(/^[A-Za-z0-9_-]{1,64}$/, 'must be 1 to 64 characters of A-Z, a-z, 0-9, "_" or "-"');

/** A workspace id: same alphabet as doc ids, so it fits in URLs unescaped. */
export const WorkspaceIdSchema = DocIdSchema;

/** The workspace's general pad: one rich-text note everyone edits. */
export const GENERAL_PAD_DOC_ID = 'general-pad';
