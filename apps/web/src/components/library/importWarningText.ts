import type { ImportWarningCode } from '@minga/schema';
import type { TFunction } from 'i18next';
import type { ImportNote } from './libraryApi.ts';

/**
 * The app's sentence for each import warning, with the input's own words (`value`) and numbers.
 * Spelled out rather than built from the code: the typed t() checks each key, and
 * i18n/catalogs.test.ts finds it used.
 */
const WARNING_KEYS = {
  liquid_dropped: 'importUnit.warnings.liquid_dropped',
  div_unopened: 'importUnit.warnings.div_unopened',
  div_unclosed: 'importUnit.warnings.div_unclosed',
  front_matter_repaired: 'importUnit.warnings.front_matter_repaired',
  duration_missing: 'importUnit.warnings.duration_missing',
  duration_invalid: 'importUnit.warnings.duration_invalid',
  duration_cut: 'importUnit.warnings.duration_cut',
  step_kind: 'importUnit.warnings.step_kind',
  content_simplified: 'importUnit.warnings.content_simplified',
  heading_level: 'importUnit.warnings.heading_level',
  json_block_invalid: 'importUnit.warnings.json_block_invalid',
  html_removed: 'importUnit.warnings.html_removed',
  link_dropped: 'importUnit.warnings.link_dropped',
  image_dropped: 'importUnit.warnings.image_dropped',
  unknown_key: 'importUnit.warnings.unknown_key',
  language_guessed: 'importUnit.warnings.language_guessed',
  language_unknown: 'importUnit.warnings.language_unknown',
  licence_unknown: 'importUnit.warnings.licence_unknown',
  licence_version: 'importUnit.warnings.licence_version',
  slide_id: 'importUnit.warnings.slide_id',
  slide_step: 'importUnit.warnings.slide_step',
  title_empty: 'importUnit.warnings.title_empty',
  title_missing: 'importUnit.warnings.title_missing',
  title_guessed: 'importUnit.warnings.title_guessed',
  title_cut: 'importUnit.warnings.title_cut',
  title_from_filename: 'importUnit.warnings.title_from_filename',
  cut: 'importUnit.warnings.cut',
  promo_in_context: 'importUnit.warnings.promo_in_context',
  moved_to_context: 'importUnit.warnings.moved_to_context',
  unknown_section: 'importUnit.warnings.unknown_section',
  hashtag_invalid: 'importUnit.warnings.hashtag_invalid',
  participant_skipped: 'importUnit.warnings.participant_skipped',
  total_differs: 'importUnit.warnings.total_differs',
  description_lines: 'importUnit.warnings.description_lines',
  description_cut: 'importUnit.warnings.description_cut',
  context_overflow: 'importUnit.warnings.context_overflow',
  hashtag_text: 'importUnit.warnings.hashtag_text',
} as const satisfies Record<ImportWarningCode, string>;

/** A warning as one sentence in the interface's language, with its line and how often it happened. */
export function importWarningText(t: TFunction, warning: ImportNote): string {
  const { value = '', to = '', n = 0, m = 0 } = warning.params ?? {};
  // A warning from a newer server, unknown here: its English sentence is better than nothing.
  let text: string = warning.code ? t(WARNING_KEYS[warning.code], { value, to, n, m }) : warning.message;
  if (warning.count) text = t('importUnit.warnings.times', { text, count: warning.count });
  return warning.line ? t('importUnit.preview.atLine', { line: warning.line, message: text }) : text;
}
