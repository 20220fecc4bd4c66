import { z } from 'zod';
import { UnitDraftSchema } from './unitDraft.ts';

/** Every warning an import can give: stable, machine-readable, and the key of its translated sentence in the app. */
export const IMPORT_WARNING_CODES = [
  'liquid_dropped', 'div_unopened', 'div_unclosed', 'front_matter_repaired', 'duration_missing', 'duration_invalid', 'duration_cut',
  'step_kind', 'content_simplified', 'heading_level', 'json_block_invalid', 'html_removed', 'link_dropped', 'image_dropped',
  'unknown_key', 'language_guessed', 'language_unknown', 'licence_unknown', 'licence_version', 'slide_id', 'slide_step',
  'title_empty', 'title_missing', 'title_guessed', 'title_cut', 'title_from_filename', 'cut', 'promo_in_context', 'moved_to_context',
  'unknown_section', 'hashtag_invalid', 'participant_skipped', 'total_differs', 'description_lines', 'description_cut',
  'context_overflow', 'hashtag_text',
] as const;
export type ImportWarningCode = (typeof IMPORT_WARNING_CODES)[number];

/**
 * The particulars of a warning, for a sentence in any language: `value` is text from the input
 * (a licence, a hashtag, a section's label) shown as it was, `to` what it became, `n` and `m` numbers.
 */
export const WarningParamsSchema = z.object({
  value: z.string().optional(),
  to: z.string().optional(),
  n: z.number().optional(),
  m: z.number().optional(),
});
export type WarningParams = z.infer<typeof WarningParamsSchema>;

/** One warning of an import, as `POST /api/w/<ws>/import` answers it. */
export const ImportWarningSchema = z.object({
  code: z.enum(IMPORT_WARNING_CODES),
  /** The sentence in English, for the CLI and API clients; the app writes its own from `code` and `params`. */
  message: z.string(),
  /** 1-based line of the input the warning is about, when known. */
  line: z.number().int().optional(),
  params: WarningParamsSchema.optional(),
  /** How many times it happened, when more than once. */
  count: z.number().int().optional(),
});
/** Something the importer changed, guessed or set aside: shown to people before they confirm. */
export type ImportWarning = z.infer<typeof ImportWarningSchema>;

/** The unit fields a preview entry can point at: a draft's fields but its bookkeeping. */
export const PreviewFieldSchema = UnitDraftSchema.keyof().exclude(['schemaVersion', 'createdAt', 'updatedAt']);
export type PreviewField = z.infer<typeof PreviewFieldSchema>;

/** One line of an import's preview: which part of the input went into which field of the unit. */
export const ImportPreviewEntrySchema = z.object({
  field: PreviewFieldSchema,
  /** Where it came from, in words: `"Titre :" (line 1)`, `front matter`, `::: objectives block`. */
  from: z.string(),
  /** 1-based first line in the input, when known. */
  line: z.number().int().optional(),
  /** What was put there, short: the title itself, `4 objectives`, `6 steps, 60 min`. */
  summary: z.string(),
});
export type PreviewEntry = z.infer<typeof ImportPreviewEntrySchema>;
