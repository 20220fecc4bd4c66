import { describe, expect, it } from 'vitest';
import { EXAMPLE_SESSION, EXAMPLE_UNIT } from '@minga/schema';
import { buildDeck, buildUnitDeck } from './buildDeck.ts';
import { FAKE_ASSETS } from './deckFixtures.ts';
import { InlineAssetError } from './inlineAssets.ts';
import { REVEAL_CONFIG, renderDeckHtml } from './renderDeckHtml.ts';
import { cspHash } from './cspHash.ts';

const deck = buildDeck({ session: EXAMPLE_SESSION, units: { 'communs-decideurs-01': EXAMPLE_UNIT } });
const scriptsOf = (html: string) => [...html.matchAll(/<script>([\s\S]*?)<\/script>/g)].map((m) => m[1]!);

describe('renderDeckHtml', () => {
  it('writes one document with reveal.js, its notes plugin and the styles inlined', async () => {
    const html = await renderDeckHtml(deck, FAKE_ASSETS);
    expect(html.startsWith('<!doctype html>\n<html lang="fr">')).toBe(true);
    const scripts = scriptsOf(html);
    expect(scripts).toHaveLength(3);
    expect(scripts[0]).toContain('window.Reveal =');
    expect(scripts[1]).toContain('window.RevealNotes =');
    expect(scripts[2]).toContain(`Reveal.initialize(Object.assign(${JSON.stringify(REVEAL_CONFIG)}, { plugins: [RevealNotes] }))`);
    // reveal.js's own controls are relabelled in the deck's language once it is ready.
    expect(scripts[2]).toContain('"value":"diapositive suivante"');
    expect(scriptsOf(await renderDeckHtml({ ...deck, lang: 'en' }, FAKE_ASSETS))[2]).toContain('"value":"next slide"');
    expect(REVEAL_CONFIG.hash).toBe(true);
    expect(html.match(/<style>/g)).toHaveLength(3);
    expect(html).toContain(`<title>${'Formation-action\u00a0: les communs pour les décideurs'}</title>`);
  });

  it('escapes "</script" inside inlined scripts so they cannot end early', async () => {
    const html = await renderDeckHtml(deck, FAKE_ASSETS);
    expect(scriptsOf(html)[0]).toContain('var closing = "<\\/script>";');
    expect(html.match(/<\/script/gi)).toHaveLength(3);
    const css = await renderDeckHtml(deck, { ...FAKE_ASSETS, revealCss: '.a::after { content: "</style><script>alert(1)</script>" }' });
    expect(css).toContain('content: "<\\/style><script>alert(1)</script>"');
  });

  it('refuses to inline a script that would swallow its own closing tag', async () => {
    await expect(renderDeckHtml(deck, { ...FAKE_ASSETS, revealJs: 'var s = "<!-- <script>";' })).rejects.toThrow(InlineAssetError);
    await expect(renderDeckHtml(deck, { ...FAKE_ASSETS, revealJs: 'var s = "<!-- <script> -->";' })).resolves.toContain('<!doctype html>');
  });

  it('references nothing on the network: no remote @import, url(), src or stylesheet link', async () => {
    const html = await renderDeckHtml(deck, FAKE_ASSETS);
    expect(html).not.toMatch(/@import/);
    expect(html).not.toMatch(/url\(\s*["']?(https?:)?\/\//);
    expect(html).not.toMatch(/\ssrc="(https?:)?\/\//);
    expect(html).not.toMatch(/<link\b/);
    expect(html).toContain('font-family: Lato; background: none');
  });

  it('leaves images out unless a hook inlines them as data: URIs', async () => {
    expect(await renderDeckHtml(deck, FAKE_ASSETS)).toContain('<span class="minga-image-missing">[Photo du pad]</span>');
    const inlined = await renderDeckHtml(deck, { ...FAKE_ASSETS, imageSrc: (src) => (src.startsWith('/api/') ? 'data:image/png;base64,iVBORw0KGgo=' : undefined) });
    expect(inlined).toContain('<img src="data:image/png;base64,iVBORw0KGgo=" alt="Photo du pad" width="640">');
  });

  it('puts exactly one notes aside in every slide', async () => {
    const html = await renderDeckHtml(deck, FAKE_ASSETS);
    const sections = html.match(/<section [\s\S]*?<\/section>/g) ?? [];
    expect(sections).toHaveLength(deck.slides.length);
    for (const section of sections) expect(section.match(/<aside class="notes">/g)).toHaveLength(1);
  });

  it('locks scripts to the hashes of the inlined ones and of the speaker view, and loads only data: media', async () => {
    const html = await renderDeckHtml(deck, FAKE_ASSETS);
    const csp = html.match(/<meta http-equiv="Content-Security-Policy" content="([^"]*)">/)?.[1]?.replace(/&#39;/g, "'");
    const hashes = await Promise.all([...scriptsOf(html), '\nvar notes = "A";\n'].map(cspHash));
    expect(csp).toBe(`default-src 'none'; script-src ${hashes.join(' ')}; style-src 'unsafe-inline'; img-src data:; font-src data:; media-src data:; frame-src 'self' file:; base-uri 'none'; form-action 'none'`);
    expect(html.indexOf('Content-Security-Policy')).toBeLessThan(html.indexOf('<style>'));
  });

  it('falls back to allowing inline scripts when the speaker view cannot be read, and can leave the policy out', async () => {
    const html = await renderDeckHtml(deck, { ...FAKE_ASSETS, notesPluginJs: 'window.RevealNotes = {};' });
    expect(html).toContain('script-src &#39;unsafe-inline&#39;;');
    expect(await renderDeckHtml(deck, { ...FAKE_ASSETS, csp: false })).not.toContain('Content-Security-Policy');
  });

  it('takes a title and a language, ignoring a language that is not a language code', async () => {
    expect(await renderDeckHtml(deck, { ...FAKE_ASSETS, title: 'Deck <1>', lang: 'en' })).toMatch(/^<!doctype html>\n<html lang="en">[\s\S]*<title>Deck &lt;1&gt;<\/title>/);
    expect(await renderDeckHtml(deck, { ...FAKE_ASSETS, lang: 'en" x="' })).toContain('<html lang="fr">');
  });
});

describe('images in the offline file', () => {
  it('keeps only raster data: URIs from the imageSrc hook, never a remote or scriptable source', async () => {
    const unit = {
      ...EXAMPLE_UNIT,
      slides: [{ id: 'img', hidden: false, notes: { type: 'doc' as const, content: [] }, content: { type: 'doc' as const, content: [{ type: 'image' as const, attrs: { src: '/api/w/ws/files/abcdefghijklmnopqrstuv', alt: 'photo' } }] } }],
    };
    const deck = buildUnitDeck(unit);
    const assets = FAKE_ASSETS;
    for (const answer of ['https://tracker.example/pixel.png', 'data:text/html;base64,PHNjcmlwdD4=', 'data:image/svg+xml;base64,PHN2Zz4=', 'javascript:alert(1)']) {
      const html = await renderDeckHtml(deck, { ...assets, imageSrc: () => answer });
      expect(html).not.toContain(answer);
    }
    const png = 'data:image/png;base64,iVBORw0KGgo=';
    expect(await renderDeckHtml(deck, { ...assets, imageSrc: () => png })).toContain(png);
  });
});
