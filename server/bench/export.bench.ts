// Exporting a 60-slide session to one offline HTML file, with the real reveal.js files.
import { SESSION_THEMES } from '@minga/schema';
import { buildDeck, renderDeckHtml, sixtySlideSession } from '@minga/export';
import { readRevealAssets } from '../src/export/revealAssets.ts';

const { session, units } = sixtySlideSession();
for (const theme of SESSION_THEMES) {
  readRevealAssets(theme); // read the files once, as a running server has
  const times: number[] = [];
  let bytes = 0;
  for (let run = 0; run < 10; run++) {
    const t0 = performance.now();
    const html = renderDeckHtml(buildDeck({ session: { ...session, theme }, units }), readRevealAssets(theme));
    times.push(performance.now() - t0);
    bytes = Buffer.byteLength(html);
  }
  times.sort((a, b) => a - b);
  console.log(`60-slide session → HTML, theme ${theme.padEnd(5)}: median ${times[5]!.toFixed(1)} ms, max ${times.at(-1)!.toFixed(1)} ms, ${(bytes / 1024).toFixed(0)} KiB`);
}
