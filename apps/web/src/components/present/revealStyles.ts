import { DECK_LAYOUT_CSS, MINGA_THEME_CSS, stripRemoteCss } from '@minga/export';
import type { SessionTheme } from '@minga/schema';

/**
 * reveal.js's styles, loaded as text only when a deck is shown and only for the look in use:
 * `white` and `black` embed their font (about 560 kB each), so they are fetched only when a
 * session chose them; Minga's own look is a few lines of CSS already in this chunk. The styles
 * live in `<style>` elements while a deck is on screen and leave with it, so they never restyle
 * the rest of the app.
 */

const THEME_CSS: Record<SessionTheme, () => Promise<string>> = {
  minga: () => Promise.resolve(MINGA_THEME_CSS),
  white: () => import('reveal.js/theme/white.css?inline').then((m) => m.default),
  black: () => import('reveal.js/theme/black.css?inline').then((m) => m.default),
};

const loaded = new Map<string, Promise<string>>();
const inUse = new Map<string, { element: HTMLStyleElement; users: number }>();

function load(name: string, read: () => Promise<string>): Promise<string> {
  let css = loaded.get(name);
  if (!css) {
    // Nothing of a deck's look may reach the network (a theme's remote font @import, say).
    css = read().then(stripRemoteCss);
    css.catch(() => loaded.delete(name));
    loaded.set(name, css);
  }
  return css;
}

/** Cascade order, whatever order the styles finish loading in: reveal.js's base, then the look, then Minga's layout. */
const rank = (name: string) => (name === 'reveal' ? 0 : name === 'layout' ? 2 : 1);

function attach(name: string, css: string): () => void {
  let entry = inUse.get(name);
  if (!entry) {
    const element = document.createElement('style');
    element.dataset.mingaDeckStyle = name;
    element.textContent = css;
    const later = [...inUse.entries()].filter(([other]) => rank(other) > rank(name)).map(([, e]) => e.element);
    const before = [...document.head.querySelectorAll('style[data-minga-deck-style]')].find((el) => later.includes(el as HTMLStyleElement));
    if (before) before.before(element);
    else document.head.append(element);
    entry = { element, users: 0 };
    inUse.set(name, entry);
  }
  entry.users += 1;
  let detached = false;
  return () => {
    if (detached) return;
    detached = true;
    const current = inUse.get(name);
    if (!current) return;
    current.users -= 1;
    if (current.users === 0) {
      current.element.remove();
      inUse.delete(name);
    }
  };
}

/** Puts reveal.js's base styles and Minga's slide layout in the page; returns how to take them out. */
export async function attachBaseStyles(): Promise<() => void> {
  const base = await load('reveal', () => import('reveal.js/reveal.css?inline').then((m) => m.default));
  const detach = [attach('reveal', base), attach('layout', DECK_LAYOUT_CSS)];
  return () => detach.forEach((d) => d());
}

/** Loads a look's CSS (cached) without putting it in the page. */
export function loadThemeStyles(theme: SessionTheme): Promise<string> {
  return load(`theme:${theme}`, THEME_CSS[theme] ?? THEME_CSS.minga);
}

/** Puts a look's CSS in the page once loaded; returns how to take it out. */
export async function attachThemeStyles(theme: SessionTheme): Promise<() => void> {
  return attach(`theme:${theme}`, await loadThemeStyles(theme));
}
