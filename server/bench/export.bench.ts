// Exporting a 60-slide session to one offline HTML file, with the real reveal.js files, then to PDF.
import { SESSION_THEMES } from '@minga/schema';
import { buildDeck, renderDeckHtml, renderPromoSheetHtml, sixtySlideSession } from '@minga/export';
import { readRevealAssets } from '../src/export/revealAssets.ts';
import { findChromium } from '../src/export/chromiumPath.mjs';
import { PdfBrowser } from '../src/export/PdfBrowser.ts';

const { session, units } = sixtySlideSession();
for (const theme of SESSION_THEMES) {
  readRevealAssets(theme); // read the files once, as a running server has
  const times: number[] = [];
  let bytes = 0;
  for (let run = 0; run < 10; run++) {
    const t0 = performance.now();
    const html = await renderDeckHtml(buildDeck({ session: { ...session, theme }, units }), readRevealAssets(theme));
    times.push(performance.now() - t0);
    bytes = Buffer.byteLength(html);
  }
  times.sort((a, b) => a - b);
  console.log(`60-slide session → HTML, theme ${theme.padEnd(5)}: median ${times[5]!.toFixed(1)} ms, max ${times.at(-1)!.toFixed(1)} ms, ${(bytes / 1024).toFixed(0)} KiB`);
}

// PDF export through the shared Chromium: the first PDF launches it, the next ones reuse it.
// Each row starts a new PdfBrowser, so "first" is also what every PDF cost before the sharing.
const pdfHtml = {
  '60-slide deck': { html: await renderDeckHtml(buildDeck({ session, units }), readRevealAssets(session.theme)), printPdf: true },
  'promotional sheet': { html: renderPromoSheetHtml({ session, units }), printPdf: false },
};
if (!findChromium()) {
  console.log('PDF: no Chromium on this machine, skipped');
} else {
  const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
  for (const [what, { html, printPdf }] of Object.entries(pdfHtml)) {
    const pdf = new PdfBrowser({ idleMs: 60_000, maxPages: 2 });
    try {
      let t0 = performance.now();
      await pdf.render(html, { printPdf });
      const first = performance.now() - t0;
      const next: number[] = [];
      for (let run = 0; run < 5; run++) {
        t0 = performance.now();
        await pdf.render(html, { printPdf });
        next.push(performance.now() - t0);
      }
      t0 = performance.now();
      await Promise.all(Array.from({ length: 4 }, () => pdf.render(html, { printPdf })));
      const four = performance.now() - t0;
      console.log(
        `PDF ${what.padEnd(17)}: first ${first.toFixed(0)} ms (launch included), next ones median ${median(next).toFixed(0)} ms (max ${Math.max(...next).toFixed(0)}),` +
          ` 4 at once ${four.toFixed(0)} ms, ${pdf.launches} launch`,
      );
    } finally {
      await pdf.close();
    }
  }
}
