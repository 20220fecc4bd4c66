/**
 * The CSS of the printable pages. System fonts only (nothing to download, nothing to embed), no
 * url() at all, and the colours of the `minga` deck theme on white paper. Every text colour
 * passes WCAG AA (4.5:1) with room to spare: body #1b1b1b 17:1, headings #10233f 15.7:1, links
 * #0b4f9c 8:1, muted #4a4a4a 8.9:1 on white; on the promotional sheet's band (#10233f) white
 * 15.7:1, #dfe7f2 12.6:1, #f5c76b 9.9:1; on its facts panel (#f3f1ea) #0b4f9c 7.1:1, #4a4a4a 7.8:1.
 */

const SANS = 'system-ui,-apple-system,"Segoe UI",Roboto,"Noto Sans","Liberation Sans","DejaVu Sans",Arial,sans-serif';

/** Shared by both pages: the reset, the type, the screen background that frames the paper. */
const BASE_CSS = `*{box-sizing:border-box}
html{font-family:${SANS};color:#1b1b1b;background:#eceae3;line-height:1.5;-webkit-text-size-adjust:100%;text-size-adjust:100%}
body{margin:0}
h1,h2,h3,h4{color:#10233f;line-height:1.2;break-after:avoid;page-break-after:avoid}
a{color:#0b4f9c;text-underline-offset:.12em}
ul,ol{padding-left:1.3em}
li{margin:.15em 0}
img{max-width:100%;height:auto}
.minga-kicker{margin:0;font-size:.8em;font-weight:700;letter-spacing:.08em;text-transform:uppercase;color:#0b4f9c}
.minga-muted{color:#4a4a4a}
.minga-done{text-decoration:line-through;color:#4a4a4a}
`;

/** The participant handout: a readable column on screen, A4 pages in print with numbered pages. */
export const HANDOUT_CSS = `${BASE_CSS}@page{size:A4 portrait;margin:16mm 16mm 18mm;@bottom-right{content:counter(page) " / " counter(pages);font:8pt ${SANS};color:#4a4a4a}}
.minga-handout{max-width:48rem;margin:2rem auto;padding:2.5rem 3rem;background:#fff;box-shadow:0 1px 4px rgba(0,0,0,.18)}
.minga-handout-head{border-bottom:3px solid #10233f;padding-bottom:1rem}
.minga-handout-head h1{font-size:2rem;margin:.25rem 0 .5rem}
.minga-handout-head p{margin:.2rem 0}
.minga-audience{font-size:1.1em}
.minga-handout h2{font-size:1.35rem;margin:2rem 0 .6rem;padding-bottom:.2rem;border-bottom:2px solid #10233f}
.minga-unit{margin-top:1.6rem}
.minga-unit h3{font-size:1.2rem;margin:0 0 .2rem}
.minga-unit h4{font-size:.8rem;letter-spacing:.06em;text-transform:uppercase;color:#3d3d3d;margin:1rem 0 .3rem}
.minga-unit-meta{margin:0;font-size:.9em}
.minga-description{margin:.4rem 0 0;font-style:italic}
.minga-key-points li{margin:.4em 0}
.minga-key-points img{display:block;max-width:60%;max-height:45mm;width:auto;margin:.3em 0}
.minga-more{font-size:.9em}
.minga-url{font-size:.85em;overflow-wrap:anywhere;color:#4a4a4a}
.minga-unit-missing{border:2px dashed #7a7464;padding:.8rem 1rem}
.minga-credits{font-size:.92em}
.minga-handout-foot{margin-top:2rem;padding-top:.6rem;border-top:1px solid #7a7464;font-size:.8em;color:#4a4a4a}
@media (max-width:40rem){.minga-handout{margin:0;padding:1.2rem 1rem;box-shadow:none}}
@media print{html{background:#fff;font-size:10.5pt}
.minga-handout{max-width:none;margin:0;padding:0;box-shadow:none}
.minga-handout h2{margin-top:1.4rem}
li,.minga-handout-head,.minga-unit-missing{break-inside:avoid;page-break-inside:avoid}
.minga-unit h3,.minga-unit h4{break-after:avoid;page-break-after:avoid}}
`;

/**
 * The promotional sheet: one A4 page (the sheet is the page, 210 × 297 mm, no printer margin),
 * in regular or compact type (PROMO_TYPE); when the text needs a second page, PROMO_SHEET_FLOW_CSS
 * lets the body run on with margins on the later pages. Nothing is ever clipped: text that would
 * not fit is left out by the renderer, which says so, never hidden by the CSS.
 */
export const PROMO_SHEET_CSS = `${BASE_CSS}@page{size:A4 portrait;margin:0}
.minga-sheet{width:210mm;min-height:297mm;margin:8mm auto;background:#fff;box-shadow:0 1px 4px rgba(0,0,0,.18);display:flex;flex-direction:column;font-size:11pt}
.minga-band{background:#10233f;color:#fff;padding:15mm 18mm 9mm;-webkit-print-color-adjust:exact;print-color-adjust:exact}
.minga-band .minga-kicker{color:#f5c76b;font-size:9pt}
.minga-band h1{color:#fff;font-size:24pt;line-height:1.15;margin:3mm 0 3mm;overflow-wrap:anywhere}
.minga-band .minga-audience{color:#dfe7f2;font-size:13pt;line-height:1.35;margin:0;overflow-wrap:anywhere}
.minga-facts{display:grid;grid-template-columns:1fr 1fr;gap:4mm 10mm;margin:0;padding:6mm 18mm;background:#f3f1ea;-webkit-print-color-adjust:exact;print-color-adjust:exact}
.minga-facts div{min-width:0}
.minga-facts dt{font-size:8.5pt;font-weight:700;letter-spacing:.08em;text-transform:uppercase;color:#0b4f9c}
.minga-facts dd{margin:.5mm 0 0;font-size:11.5pt;font-weight:600;line-height:1.3;overflow-wrap:anywhere}
.minga-facts .minga-note{display:block;font-size:9.5pt;font-weight:400;color:#4a4a4a}
.minga-sheet-body{flex:1;padding:5mm 18mm 0}
.minga-sheet-body p{margin:0 0 2.5mm;line-height:1.45;overflow-wrap:anywhere}
.minga-sheet-body h2{font-size:11pt;letter-spacing:.06em;text-transform:uppercase;margin:5mm 0 2mm;padding-bottom:1mm;border-bottom:1.5pt solid #10233f}
.minga-sheet-body ul{margin:0;padding-left:5mm}
.minga-sheet-body li{margin:0 0 1.5mm;line-height:1.4;overflow-wrap:anywhere;break-inside:avoid;page-break-inside:avoid}
.minga-lead{font-size:12pt}
.minga-sheet--compact{font-size:10pt}
.minga-sheet--compact .minga-band h1{font-size:20pt}
.minga-sheet--compact .minga-band .minga-audience{font-size:11.5pt}
.minga-sheet--compact .minga-lead{font-size:10.5pt}
.minga-sheet-foot{margin:0 18mm;padding:3mm 0 8mm;border-top:1px solid #7a7464;font-size:8.5pt;line-height:1.4;color:#4a4a4a;break-inside:avoid;page-break-inside:avoid}
@media screen and (max-width:220mm){.minga-sheet{width:auto;min-height:0;margin:0;box-shadow:none}}
@media print{html{background:#fff}.minga-sheet{margin:0;box-shadow:none}}
`;

/** Added when the sheet takes two pages: later pages get margins, and the sheet grows with its text. */
export const PROMO_SHEET_FLOW_CSS = `@page{margin:14mm 0 12mm}@page:first{margin:0 0 12mm}
.minga-sheet--flow{min-height:0}
`;
