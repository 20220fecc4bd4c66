/**
 * @minga/export: JSON forms of sessions and units in; reveal.js deck, offline HTML file,
 * Markdown run-sheet, participant handout and promotional sheet out. Pure: no file system, no
 * DOM, no network. Reading reveal.js's files from disk is the server's job
 * (server/src/export/revealAssets.ts).
 */
export * from './deck.ts';
export * from './deckText.ts';
export * from './buildDeck.ts';
export * from './credits.ts';
export * from './escapeHtml.ts';
export * from './renderRichText.ts';
export * from './renderSlideHtml.ts';
export * from './renderDeckHtml.ts';
export { REVEAL_LABELS, revealLabelsFor, revealLabelTargets, type RevealLabels } from './revealLabels.ts';
export * from './renderRunSheetMarkdown.ts';
export * from './themes.ts';
export * from './renderHandoutHtml.ts';
export * from './renderPromoSheetHtml.ts';
export { planPromoSheet, PROMO_TYPE, type PromoSheetLayout, type PromoSheetPart } from './promoSheetLayout.ts';
export { unitKeyPoints, MAX_KEY_POINTS, KEY_POINT_DETAIL_CHARS, type KeyPoint, type KeyPointImage, type UnitKeyPoints } from './keyPoints.ts';
export { clampText } from './clampText.ts';
export { PRINT_CONTENT_SECURITY_POLICY } from './printDocument.ts';
export { HANDOUT_CSS, PROMO_SHEET_CSS, PROMO_SHEET_FLOW_CSS } from './printStyles.ts';
export { cspHash } from './cspHash.ts';
export { stripRemoteCss, escapeInlineScript, escapeInlineStyle, speakerViewScripts, InlineAssetError } from './inlineAssets.ts';
export { sixtySlideSession } from './deckFixtures.ts';
export { slideStepIndexes, stepRangeForSlide } from './unitSlides.ts';
export type { ResolvedUnit } from './resolveUnits.ts';
export * from './handoverLines.ts';
export { XSS_PAYLOADS, poisonedUnit, poisonedSession, listTags } from './xssFixtures.ts';
