import type { SessionTheme } from '@minga/schema';
import { FIT_CSS } from './fitSlide.ts';

/**
 * The deck looks. `minga` is written for the back of a room: large type, dark text on a warm
 * white (text contrast 7.7:1 and up, past WCAG AAA's 7:1), generous safe margins, system fonts
 * only (nothing to download, small file). `white` and `black` are reveal.js's own themes, which
 * embed their font as data: URIs and load nothing remote (unlike simple, night, league…).
 */

/** The reveal.js theme file of each look, inside reveal.js's `dist/`; null for Minga's own CSS. */
export const REVEAL_THEME_FILES: Readonly<Record<SessionTheme, string | null>> = {
  minga: null,
  white: 'theme/white.css',
  black: 'theme/black.css',
};

/** The reveal.js files a deck inlines, inside reveal.js's `dist/`. */
export const REVEAL_ASSET_FILES = {
  revealJs: 'reveal.js',
  revealCss: 'reveal.css',
  notesPluginJs: 'plugin/notes.js',
} as const;

const SANS = 'system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "Liberation Sans", "DejaVu Sans", Arial, sans-serif';

/** Minga's default theme (colours on #fbfaf6: text #1b1b1b 16:1, headings #10233f 15:1, links #0b4f9c 7.7:1, borders #7a7464 4.5:1). */
export const MINGA_THEME_CSS = `:root{
--r-background-color:#fbfaf6;--r-main-font:${SANS};--r-main-font-size:44px;--r-main-color:#1b1b1b;
--r-block-margin:22px;--r-heading-margin:0 0 24px 0;--r-heading-font:${SANS};--r-heading-color:#10233f;
--r-heading-line-height:1.15;--r-heading-letter-spacing:normal;--r-heading-text-transform:none;--r-heading-font-weight:700;
--r-heading1-size:2.1em;--r-heading2-size:1.55em;--r-heading3-size:1.2em;--r-code-font:ui-monospace,"DejaVu Sans Mono",monospace;
--r-link-color:#0b4f9c;--r-link-color-hover:#07376d;--r-selection-background-color:#0b4f9c;--r-selection-color:#fff}
.reveal-viewport{background:var(--r-background-color)}
.reveal{font-family:var(--r-main-font);font-size:var(--r-main-font-size);font-weight:400;color:var(--r-main-color)}
.reveal ::selection{color:var(--r-selection-color);background:var(--r-selection-background-color)}
.reveal .slides{text-align:left}
.reveal .slides section{line-height:1.35}
.reveal h1,.reveal h2,.reveal h3{margin:var(--r-heading-margin);color:var(--r-heading-color);font-family:var(--r-heading-font);
font-weight:var(--r-heading-font-weight);line-height:var(--r-heading-line-height);letter-spacing:var(--r-heading-letter-spacing);
text-transform:var(--r-heading-text-transform);word-wrap:break-word}
.reveal h1{font-size:var(--r-heading1-size)}.reveal h2{font-size:var(--r-heading2-size)}.reveal h3{font-size:var(--r-heading3-size)}
.reveal p,.reveal blockquote,.reveal table,.reveal pre{margin:var(--r-block-margin) 0}
.reveal ul,.reveal ol{display:block;margin:0 0 0 1.1em;padding:0}
.reveal li{margin:.2em 0}
.reveal strong,.reveal b{font-weight:700}
.reveal a{color:var(--r-link-color);text-decoration:underline;text-underline-offset:.12em}
.reveal a:hover{color:var(--r-link-color-hover)}
.reveal blockquote{border-left:.18em solid #7a7464;padding:0 0 0 .7em;font-style:italic}
.reveal code{font-family:var(--r-code-font);background:#ece8dc;padding:0 .15em;border-radius:.1em}
.reveal pre{font-size:.6em;background:#ece8dc;padding:.6em;border-radius:.2em;overflow:auto;max-height:520px}
.reveal pre code{background:none;padding:0}
.reveal table{border-collapse:collapse}
.reveal th,.reveal td{border:2px solid #7a7464;padding:.2em .5em;text-align:left;vertical-align:top}
.reveal th{background:#ece8dc}
.reveal hr{border:0;border-top:3px solid #7a7464;margin:1em 0}
.reveal img{max-width:100%;max-height:520px}
.reveal .controls{color:#0b4f9c}
.reveal .progress{color:#0b4f9c;height:6px}
.reveal .slide-number{background:#fbfaf6;color:#3d3d3d;font-size:20px}
.reveal .slide-number a{color:inherit;text-decoration:none}
`;

/**
 * Layout of Minga's own slide parts, for every theme: sizes only, colours come from the theme.
 * Generated slides get the same heading sizes in every theme, so that fitSlide.ts can size them.
 */
export const DECK_LAYOUT_CSS = `.reveal .minga-slide-title h1{font-size:2em}
.reveal .minga-slide-agenda h2,.reveal .minga-slide-section h2,.reveal .minga-slide-nextSteps h2,.reveal .minga-slide-free h2,
.reveal .minga-slide-missing h2,.reveal .minga-slide-credits h2{font-size:1.55em}
.reveal .minga-slide-section h3{font-size:1.2em}
.reveal .minga-slide-content h2{font-size:1.55em}
.reveal .minga-slide-content h3{font-size:1.2em}
.reveal .slides li>p,.reveal .slides td>p,.reveal .slides th>p{margin:0}
.reveal .minga-slide-content h1{font-size:1.7em}
.reveal .minga-subtitle{font-size:1.1em;margin-top:.4em}
.reveal .minga-detail{font-size:.75em}
.reveal table.minga-agenda{width:100%;font-size:.68em;border-collapse:collapse}
.reveal table.minga-agenda td{border:0;border-bottom:2px solid currentColor;padding:.25em .5em;text-align:left;vertical-align:top}
.reveal .minga-time,.reveal .minga-minutes{white-space:nowrap;font-variant-numeric:tabular-nums}
.reveal .minga-minutes{text-align:right}
.reveal .minga-row-missing td,.reveal .minga-image-missing{font-style:italic}
.reveal .minga-missing{border:6px dashed currentColor;padding:.5em 1em}
.reveal .minga-done{text-decoration:line-through}
.reveal .minga-credit-list{font-size:.5em}
.reveal .minga-credit-list ul{font-size:1em}
.reveal .minga-slide-credits .minga-detail{font-size:.5em}
${FIT_CSS}
`;
