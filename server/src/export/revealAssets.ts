/** Reads reveal.js's files from node_modules, so the server and the CLI can call renderDeckHtml. */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { SessionTheme } from '@minga/schema';
import { MINGA_THEME_CSS, REVEAL_ASSET_FILES, REVEAL_THEME_FILES, type RevealAssets } from '@minga/export';

/** reveal.js's `dist/` folder ("reveal.js" resolves to `dist/reveal.js` under `require`). */
function revealDist(): string {
  return dirname(createRequire(import.meta.url).resolve('reveal.js'));
}

const cache = new Map<string, string>();

/** A file of reveal.js's `dist/` folder, as text (read once, then cached). */
export function readRevealDistFile(file: string): string {
  const cached = cache.get(file);
  if (cached !== undefined) return cached;
  const text = readFileSync(join(revealDist(), file), 'utf8');
  cache.set(file, text);
  return text;
}

/** The reveal.js script, styles, notes plugin and theme CSS a deck in `theme` inlines (read once, then cached). */
export function readRevealAssets(theme: SessionTheme): RevealAssets {
  const themeFile = REVEAL_THEME_FILES[theme];
  return {
    revealJs: readRevealDistFile(REVEAL_ASSET_FILES.revealJs),
    revealCss: readRevealDistFile(REVEAL_ASSET_FILES.revealCss),
    notesPluginJs: readRevealDistFile(REVEAL_ASSET_FILES.notesPluginJs),
    themeCss: themeFile === null ? MINGA_THEME_CSS : readRevealDistFile(themeFile),
  };
}
