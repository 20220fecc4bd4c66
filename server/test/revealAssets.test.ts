import { describe, expect, it } from 'vitest';
import { SESSION_THEMES } from '@minga/schema';
import { buildDeck, renderDeckHtml, sixtySlideSession, speakerViewScripts, stripRemoteCss } from '@minga/export';
import { readRevealAssets, readRevealDistFile } from '../src/export/revealAssets.ts';

describe('the offline deck with the real reveal.js 6 files', () => {
  it('renders the 60-slide session in each theme with every script hashed and nothing remote', async () => {
    const { session, units } = sixtySlideSession();
    for (const theme of SESSION_THEMES) {
      const started = performance.now();
      const deck = buildDeck({ session: { ...session, theme }, units });
      const html = await renderDeckHtml(deck, { ...readRevealAssets(theme), imageSrc: () => 'data:image/png;base64,iVBORw0KGgo=' });
      const ms = performance.now() - started;
      console.log(`60-slide deck, theme ${theme}: ${ms.toFixed(1)} ms, ${(html.length / 1024).toFixed(0)} KiB`);
      expect(deck.slides).toHaveLength(60);
      expect(html.match(/<section /g)).toHaveLength(60);
      expect(html.match(/<aside class="notes">/g)).toHaveLength(60);
      // reveal.js, the notes plugin, the init script and the speaker view the plugin writes.
      expect(html.match(/&#39;sha256-/g)).toHaveLength(4);
      expect(html).not.toMatch(/@import|<link\b|\ssrc="https?:|url\(\s*["']?(https?:)?\/\//);
    }
  });

  it('finds the speaker view script in reveal.js 6.0.2’s notes plugin', () => {
    expect(speakerViewScripts(readRevealDistFile('plugin/notes.js'))).toHaveLength(1);
  });

  it('strips the remote font imports of the reveal.js themes that have them', () => {
    for (const file of ['theme/simple.css', 'theme/night.css', 'theme/league.css', 'theme/sky.css']) {
      const css = readRevealDistFile(file);
      expect(css, file).toMatch(/@import/);
      expect(stripRemoteCss(css), file).not.toMatch(/@import|https?:\/\//);
    }
  });
});
