/**
 * Shrink-to-fit for slides (the ones Minga writes, and people's own): their text comes from
 * people, within the schema's limits, and must never run off the screen in the room. The layout
 * is estimated from the theme's sizes (DECK_LAYOUT_CSS gives slides the same heading sizes in
 * every theme) and the whole slide is scaled down in steps, only when needed, as
 * presentation tools' "autofit" does. The estimate is conservative; server/test measures real
 * slides in Chromium to keep it honest.
 */

/** The reveal.js canvas (REVEAL_CONFIG) the slide's content must fit, less a safety margin in height for the estimate's error. */
export const CANVAS = { width: 1280, height: 690 } as const;
/** Base font size of the deck, in px. */
export const BASE_PX = 44;
/** `--r-block-margin`, in px: between paragraphs, tables and lists (it does not scale). */
export const BLOCK_MARGIN_PX = 22;
/** `--r-heading-margin`'s bottom, in px. */
export const HEADING_MARGIN_PX = 24;
/** List indent (1.1em) in px at 100 %. */
export const LIST_INDENT_PX = 1.1 * BASE_PX;
/** Average advance of a character, in em: generous for bold and upper-case headings and wide fonts. */
export const CHAR_EM = { text: 0.56, heading: 0.66 } as const;

/** The scales a slide may take, in percent of the base size: largest first. */
export const FIT_STEPS = [100, 90, 80, 70, 60, 50, 42] as const;
export type FitPercent = (typeof FIT_STEPS)[number];

/** One run of text on a slide, sized at 100 %. */
export interface TextBlock {
  /** The text's length in characters (0 for an empty block, which still takes its space). */
  chars: number;
  /** Font size in em of the base size. */
  em: number;
  lineHeight: number;
  kind?: keyof typeof CHAR_EM;
  /** Width available in px at 100 % (less than the canvas for indented lists and table columns). */
  width?: number;
  /** Space around the block that scales with the text (padding, em margins), in em of the base size. */
  spaceEm?: number;
  /** Space that does not scale (px margins and borders). */
  spacePx?: number;
  /** Lines it takes at least (a table row's other cells may wrap too). */
  minLines?: number;
}

function blockHeight(block: TextBlock, scale: number): number {
  const fontPx = BASE_PX * block.em * scale;
  const width = block.width ?? CANVAS.width;
  const perLine = Math.max(1, Math.floor(width / (fontPx * CHAR_EM[block.kind ?? 'text'])));
  const lines = Math.max(block.minLines ?? 1, Math.ceil(block.chars / perLine));
  return lines * fontPx * block.lineHeight + (block.spaceEm ?? 0) * BASE_PX * scale + (block.spacePx ?? 0);
}

/** The estimated height of the blocks stacked at a scale (1 = 100 %). */
export function estimatedHeight(blocks: readonly TextBlock[], scale = 1): number {
  return blocks.reduce((sum, block) => sum + blockHeight(block, scale), 0);
}

/** The largest scale at which the blocks fit the canvas; the smallest step when nothing does. */
export function fitPercent(blocks: readonly TextBlock[]): FitPercent {
  for (const percent of FIT_STEPS) if (estimatedHeight(blocks, percent / 100) <= CANVAS.height) return percent;
  return FIT_STEPS[FIT_STEPS.length - 1]!;
}

/** The CSS of the scales: a slide's `minga-fit-<percent>` class sets its font size, and every size inside is in em. */
export const FIT_CSS = FIT_STEPS.filter((p) => p < 100)
  .map((p) => `.reveal .slides section.minga-fit-${p}{font-size:${p}%}`)
  .join('\n');
