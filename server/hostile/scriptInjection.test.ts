import fs from 'node:fs';
import path from 'node:path';
import * as Y from 'yjs';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SESSION_TEXT_FIELDS, UNIT_TEXT_FIELDS, sessionText, slideFragment, unitText } from '@minga/doc-model';
import { XSS_PAYLOADS, poisonedSession, poisonedUnit } from '@minga/export';
import { connectClient, createWorkspace, startServer, synced, waitFor, type TestServer } from '../test/helpers.ts';
import { findChromium } from '../src/export/chromiumPath.mjs';
import { LAUNCH_ARGS } from '../src/export/renderPdf.ts';
import { WEB_DIST_DIR } from '../src/http/webApp.ts';

/*
 * Script payloads in every text field of a unit and a session, through REST (each payload alone,
 * as the schemas allow) and straight over sync (all of them in every field at once, past the
 * schemas' lengths, with elements and attributes no editor makes), into every output: the
 * offline deck, the handout, the promotional sheet, the run-sheet and Markdown, the PDF, and the
 * app's pages (unit, session, projector, follow, run-sheet, catalogue). Chromium opens each;
 * nothing may run.
 */

let t: TestServer;
let ws: Awaited<ReturnType<typeof createWorkspace>>;
let browser: Browser;
const figures = { payloads: XSS_PAYLOADS.length, restDocs: 0, outputsOpened: 0, pagesOpened: 0, executed: 0 };

async function api(method: string, url: string, body?: unknown): Promise<Response> {
  return fetch(`${t.origin}/api/w/${ws.id}${url}`, {
    method,
    headers: { authorization: `Bearer ${ws.editKey}`, ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
}

async function json(method: string, url: string, body?: unknown): Promise<Record<string, unknown>> {
  const res = await api(method, url, body);
  if (res.status >= 300) throw new Error(`${method} ${url}: ${res.status} ${await res.text()}`);
  return (await res.json()) as Record<string, unknown>;
}

/** A page that records any script a payload managed to run: a dialog, or `window.__pwned`. */
async function watchedPage(baseURL?: string): Promise<{ page: Page; ran: () => Promise<boolean> }> {
  const context = await browser.newContext(baseURL ? { baseURL } : {});
  // Strings, not functions: this runs in the page (the server's TypeScript has no DOM types).
  await context.addInitScript({ content: 'window.alert = window.confirm = window.prompt = () => { window.__pwned = true; };' });
  // A person who already said who they are, so the app's pages open straight on their content.
  await context.addInitScript({ content: `try { localStorage.setItem('minga:identity', '{"name":"Sam","color":"#1d4ed8"}'); } catch {}` });
  const page = await context.newPage();
  let dialog = false;
  page.on('dialog', (d) => {
    dialog = true;
    void d.dismiss();
  });
  const pwned = () => (globalThis as { __pwned?: unknown }).__pwned !== undefined;
  return { page, ran: async () => dialog || (await page.evaluate(pwned)) };
}

/** Opens an exported HTML file with the network cut, as someone opening the download would; true if a script ran. */
async function scriptRanIn(html: string): Promise<boolean> {
  const { page, ran } = await watchedPage();
  try {
    await page.route('**/*', (route) => (route.request().url().startsWith('data:') ? route.continue() : route.abort()));
    await page.setContent(html, { waitUntil: 'load' });
    figures.outputsOpened++;
    const executed = await ran();
    if (executed) figures.executed++;
    return executed;
  } finally {
    await page.context().close();
  }
}

beforeAll(async () => {
  if (!fs.existsSync(path.join(WEB_DIST_DIR, 'index.html'))) throw new Error('build the web app first (npx vite build): the app pages are checked too');
  t = await startServer();
  ws = await createWorkspace(t.origin);
  browser = await chromium.launch({ executablePath: findChromium() ?? undefined, args: LAUNCH_ARGS });
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await t?.close();
  console.log(`hostile script figures: ${JSON.stringify(figures)}`);
});

describe('script payloads in every field', () => {
  it('through REST, one payload at a time: no export runs any of them', async () => {
    for (const [i, payload] of XSS_PAYLOADS.entries()) {
      const unit = await json('POST', '/units', { ...poisonedUnit(payload, `poisoned-${i}`), id: `poisoned-${i}` });
      const base = poisonedSession(payload);
      const session = await json('POST', '/sessions', {
        ...base,
        id: undefined,
        items: base.items.map((item) => (item.kind === 'unit' && item.unitId === 'poisoned' ? { ...item, unitId: unit.id, mode: 'live', pinnedVersion: undefined } : item)),
      });
      figures.restDocs += 2;
      for (const format of ['html', 'handout', 'sheet']) {
        const res = await api('GET', `/sessions/${session.id as string}/export?format=${format}&lang=en`);
        expect(res.status, format).toBe(200);
        expect(await scriptRanIn(await res.text()), `${format} with ${payload}`).toBe(false);
      }
      const deck = await api('GET', `/units/${unit.id as string}/export?format=html&lang=fr`);
      expect(await scriptRanIn(await deck.text()), `unit deck with ${payload}`).toBe(false);
      for (const url of [`/sessions/${session.id as string}/export?format=md`, `/units/${unit.id as string}/export?format=md`]) {
        const res = await api('GET', url);
        // Markdown is served as text, never sniffed into HTML.
        expect(res.headers.get('content-type')).toMatch(/^text\/markdown/);
        expect(res.headers.get('x-content-type-options')).toBe('nosniff');
        figures.outputsOpened++;
      }
    }
  });

  it('straight over sync, past every schema: every payload in every field, script elements and handlers in the slides; no output, no page of the app runs any', async () => {
    const unit = await json('POST', '/units', { ...poisonedUnit('sûr', 'sync-poisoned'), id: 'sync-poisoned' });
    const session = await json('POST', '/sessions', { title: 'Séance', items: [{ kind: 'unit', unitId: unit.id, mode: 'live' }] });
    const all = XSS_PAYLOADS.join(' ');
    const marker = 'MARQUEUR-SYNC';

    const unitPeer = connectClient(t.wsOrigin, ws.id, unit.id as string, ws.editKey);
    const sessionPeer = connectClient(t.wsOrigin, ws.id, session.id as string, ws.editKey);
    await Promise.all([synced(unitPeer), synced(sessionPeer)]);
    unitPeer.doc.transact(() => {
      for (const field of UNIT_TEXT_FIELDS) unitText(unitPeer.doc, field).insert(0, `${field === 'title' ? marker : ''} ${all}`);
      const content = slideFragment(unitPeer.doc, 'sl', 'content')!;
      const para = new Y.XmlElement('paragraph');
      const script = new Y.XmlElement('script');
      const img = new Y.XmlElement('img');
      const image = new Y.XmlElement('image');
      content.insert(content.length, [para, script, img, image]);
      para.setAttribute('onclick', 'window.__pwned=1');
      const text = new Y.XmlText();
      para.insert(0, [text]);
      text.insert(0, all, { link: { href: 'javascript:window.__pwned=1' } });
      const code = new Y.XmlText();
      script.insert(0, [code]);
      code.insert(0, 'window.__pwned=1');
      img.setAttribute('src', 'x');
      img.setAttribute('onerror', 'window.__pwned=1');
      image.setAttribute('src', 'javascript:window.__pwned=1');
      image.setAttribute('alt', 'x" onerror="window.__pwned=1');
    });
    sessionPeer.doc.transact(() => {
      for (const field of SESSION_TEXT_FIELDS) sessionText(sessionPeer.doc, field).insert(0, `${field === 'title' ? marker : ''} ${all}`);
    });
    // A second connection that sees the marker proves the server has the writes.
    const probe = connectClient(t.wsOrigin, ws.id, session.id as string, ws.editKey);
    await synced(probe);
    await waitFor(() => sessionText(probe.doc, 'title').toString().includes(marker), 'the server has the session', 15_000);
    probe.destroy();
    unitPeer.destroy();
    sessionPeer.destroy();

    const sessionId = session.id as string;
    for (const format of ['html', 'handout', 'sheet']) {
      const res = await api('GET', `/sessions/${sessionId}/export?format=${format}&lang=fr`);
      expect(res.status, format).toBe(200);
      expect(await scriptRanIn(await res.text()), format).toBe(false);
    }
    const pdf = await api('GET', `/sessions/${sessionId}/export?format=pdf&lang=fr`);
    expect([200, 501]).toContain(pdf.status);
    figures.outputsOpened++;

    // The catalogue serves units that pass the schema: a REST-poisoned one goes there.
    const listed = await json('POST', '/units', { ...poisonedUnit(XSS_PAYLOADS[0], 'catalogue-poisoned'), id: 'catalogue-poisoned' });
    const publicId = (await json('PUT', `/units/${listed.id as string}/publication`, {})).publicId as string;
    const followKey = (await json('GET', `/sessions/${sessionId}/follow`)).followKey as string;
    const key = encodeURIComponent(ws.editKey);
    const pages: [string, string][] = [
      [`/w/${ws.id}/units/${unit.id as string}?key=${key}`, marker],
      [`/w/${ws.id}/sessions/${sessionId}?key=${key}`, marker],
      [`/w/${ws.id}/sessions/${sessionId}/present?key=${key}`, marker],
      [`/w/${ws.id}/sessions/${sessionId}/run-sheet?key=${key}`, marker],
      [`/w/${ws.id}/sessions/${sessionId}/follow?key=${encodeURIComponent(followKey)}`, marker],
      [`/c/${publicId}`, XSS_PAYLOADS[0]],
    ];
    for (const [url, expected] of pages) {
      const { page, ran } = await watchedPage(t.origin);
      try {
        await page.goto(url);
        // The page shows the hostile text as text: then every payload had its chance to run.
        const shows = (text: string) => {
          const doc = (globalThis as unknown as { document: { body: { innerText: string }; querySelectorAll(s: string): Iterable<{ value: string }> } }).document;
          return doc.body.innerText.includes(text) || [...doc.querySelectorAll('input, textarea')].some((field) => field.value.includes(text))
            // The run-sheet page reads the session through its schema: past its lengths it says it cannot.
            || doc.body.innerText.includes('Run-sheet unavailable');
        };
        await page.waitForFunction(shows, expected, { timeout: 45_000 });
        figures.pagesOpened++;
        const executed = await ran();
        if (executed) figures.executed++;
        expect(executed, url).toBe(false);
      } finally {
        await page.context().close();
      }
    }
  });
});
