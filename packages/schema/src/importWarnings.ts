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
export interface WarningParams {
  value?: string;
  to?: string;
  n?: number;
  m?: number;
}
