import { z } from 'zod';

/** Body of `POST /api/w/<ws>/docs/<doc>/versions`: a named version. */
export const CreateVersionBodySchema = z.strictObject({
  label: z.string().trim().min(1, 'a version needs a name').max(120, 'must be at most 120 characters'),
  author: z.string().trim().min(1, 'say who saves it').max(100, 'must be at most 100 characters'),
});
export type CreateVersionBody = z.infer<typeof CreateVersionBodySchema>;

/** A saved version of a document, without its content. */
export const VersionMetaSchema = z.object({
  id: z.number().int(),
  kind: z.enum(['named', 'auto']),
  label: z.string(),
  author: z.string(),
  createdAt: z.string(),
});
export type VersionMeta = z.infer<typeof VersionMetaSchema>;

/** A version with its whole Yjs state, base64-encoded, to preview it in a throwaway doc. */
export const VersionWithStateSchema = VersionMetaSchema.extend({ state: z.string() });
export type VersionWithState = z.infer<typeof VersionWithStateSchema>;
