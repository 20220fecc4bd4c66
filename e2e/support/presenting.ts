import { expect, type APIRequestContext, type Browser, type BrowserContext, type Page } from '@playwright/test';
import type { TestWorkspace } from './fixtures.ts';
import { createUnit } from './units.ts';

/** Rich text of one paragraph. */
export const paragraph = (text: string) => ({ type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text }] }] });

/** A session made through the API: its id and its units'. */
export interface TestSession {
  id: string;
  unitIds: string[];
}

/** Creates a session through `POST /api/w/<ws>/sessions` from a draft. */
export async function createSession(request: APIRequestContext, workspace: TestWorkspace, draft: Record<string, unknown>): Promise<string> {
  const response = await request.post(`/api/w/${workspace.id}/sessions`, {
    headers: { Authorization: `Bearer ${workspace.editKey}` },
    data: draft,
  });
  expect(response.status(), await response.text()).toBe(201);
  return ((await response.json()) as { id: string }).id;
}

/**
 * A small session to present: a welcome, two units with timed steps, slides and notes, and a
 * break. Its deck: title, agenda, welcome, unit 1 (section + 3 slides), unit 2 (section + 2
 * slides), break, next steps, credits: 13 slides.
 */
export async function createPresentableSession(request: APIRequestContext, workspace: TestWorkspace): Promise<TestSession> {
  const first = await createUnit(request, workspace, {
    title: 'Les communs, c’est quoi ?',
    description: 'Une introduction aux communs.',
    objectives: [{ text: 'Définir un commun' }],
    steps: [
      { title: 'Exposé', kind: 'talk', minutes: 10 },
      { title: 'Tour de table', kind: 'discussion', minutes: 5 },
    ],
    slides: [
      { content: paragraph('Un commun, c’est une ressource partagée.'), notes: paragraph('Note : prendre un exemple local.') },
      { content: paragraph('Trois ingrédients : ressource, communauté, règles.'), notes: paragraph('Note : dessiner le triangle.') },
      { content: paragraph('Et chez vous ?'), notes: paragraph('Note : laisser la salle répondre.') },
    ],
    contributors: [{ name: 'Amel' }],
  });
  const second = await createUnit(request, workspace, {
    title: 'Licences libres',
    steps: [{ title: 'Atelier', kind: 'workshop', minutes: 20 }],
    slides: [
      { content: paragraph('CC BY-SA : partager à l’identique.'), notes: paragraph('Note : montrer la licence.') },
      { content: paragraph('Créditer les auteurs.'), notes: paragraph('Note : lire les crédits.') },
    ],
    contributors: [{ name: 'Yann' }],
  });
  const id = await createSession(request, workspace, {
    title: 'Formation-action des communs',
    audience: 'Élus et agents',
    startTime: '09:00',
    targetMinutes: 60,
    items: [
      { kind: 'welcome', title: 'Accueil', minutes: 5 },
      { kind: 'unit', unitId: first.id, mode: 'live' },
      { kind: 'unit', unitId: second.id, mode: 'live' },
      { kind: 'break', title: 'Pause', minutes: 10 },
    ],
  });
  return { id, unitIds: [first.id, second.id] };
}

const enc = encodeURIComponent;

/** The projector page of a session (`speaker`: its speaker view). */
export const presentPath = (workspaceId: string, sessionId: string, key: string, options: { speaker?: boolean; slide?: number } = {}) =>
  `/w/${enc(workspaceId)}/sessions/${enc(sessionId)}/present?key=${enc(key)}${options.speaker ? '&speaker=1' : ''}${options.slide !== undefined ? `#/${options.slide}` : ''}`;

/** The follow page people open on their phones (with the session's follow key, or an old view-key link). */
export const followPath = (workspaceId: string, sessionId: string, key: string) =>
  `/w/${enc(workspaceId)}/sessions/${enc(sessionId)}/follow?key=${enc(key)}`;

/** The session's follow link, as the session page and the projector show it (`rotate`: a new one). */
export async function followLinkOf(request: APIRequestContext, workspace: TestWorkspace, sessionId: string, rotate = false): Promise<{ followKey: string; followUrl: string }> {
  const url = `/api/w/${enc(workspace.id)}/sessions/${enc(sessionId)}/follow`;
  const headers = { Authorization: `Bearer ${workspace.editKey}` };
  const res = rotate ? await request.post(url, { headers }) : await request.get(url, { headers });
  expect(res.status()).toBe(200);
  return (await res.json()) as { followKey: string; followUrl: string };
}

/** A session's export in a format, as bytes. */
export async function exportSession(request: APIRequestContext, workspace: TestWorkspace, sessionId: string, format: string, lang = 'en'): Promise<Buffer> {
  const response = await request.get(`/api/w/${workspace.id}/sessions/${sessionId}/export?format=${format}&lang=${lang}`, {
    headers: { Authorization: `Bearer ${workspace.viewKey}` },
    timeout: 60_000,
  });
  expect(response.status(), format).toBe(200);
  return response.body();
}

/** Pages in a PDF: its `/Type /Page` objects (not the `/Pages` tree). */
export function pdfPageCount(pdf: Buffer): number {
  return (pdf.toString('latin1').match(/\/Type\s*\/Page(?!s)/g) ?? []).length;
}

/** A browser with no network at all: every request but `file:` ones is refused. */
export async function offlineContext(browser: Browser): Promise<BrowserContext> {
  const context = await browser.newContext({ locale: 'en-US' });
  await context.route('**', (route) => (route.request().url().startsWith('file:') ? route.continue() : route.abort()));
  return context;
}

/** Waits until the deck on the page (app or file) has reveal.js ready. */
export async function waitForRevealFile(page: Page): Promise<void> {
  await page.waitForFunction(() => (window as unknown as { Reveal?: { isReady(): boolean } }).Reveal?.isReady() === true);
}

/**
 * What in a page's DOM could run script or leave for a hostile address: event-handler
 * attributes, script elements, iframes, objects, `javascript:`/`data:` links and frames, images
 * from anywhere but an upload path, https or raster data. Empty when all is well.
 */
export function auditMarkup(page: Page, selector: string, allowedScriptCount = Number.POSITIVE_INFINITY): Promise<string[]> {
  return page.evaluate(({ selector: root, allowed }) => {
    const problems: string[] = [];
    const roots = Array.from(document.querySelectorAll(root));
    if (roots.length === 0) problems.push(`nothing matches ${root}`);
    for (const element of roots.flatMap((r) => [r, ...Array.from(r.querySelectorAll('*'))])) {
      const tag = element.tagName.toLowerCase();
      if (['script', 'iframe', 'object', 'embed', 'frame', 'base', 'meta', 'form'].includes(tag)) problems.push(`<${tag}> inside ${root}`);
      for (let a = 0; a < element.attributes.length; a++) {
        const attribute = element.attributes[a]!;
        const name = attribute.name.toLowerCase();
        const value = attribute.value.trim().toLowerCase();
        if (name.startsWith('on')) problems.push(`${tag}[${name}]`);
        if (['href', 'src', 'action', 'formaction', 'xlink:href', 'srcdoc'].includes(name)) {
          if (/^(javascript|vbscript|data:text|data:image\/svg)/.test(value.replace(/\s+/g, ''))) problems.push(`${tag}[${name}=${value.slice(0, 40)}]`);
          if (name === 'srcdoc') problems.push(`${tag}[srcdoc]`);
        }
        if (name === 'style' && /url\(|expression/.test(value)) problems.push(`${tag}[style=${value.slice(0, 40)}]`);
      }
    }
    if (document.scripts.length > allowed) problems.push(`${document.scripts.length} scripts in the page, ${allowed} expected`);
    return problems;
  }, { selector, allowed: allowedScriptCount });
}

/** True when an injected payload set the flag. */
export function pwned(page: Page): Promise<boolean> {
  return page.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned !== undefined);
}

/** yann's phone: a browser context of its own with a phone's screen and touch. */
export async function arriveWithPhone(browser: Browser, baseURL: string): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ baseURL, locale: 'en-US', viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
  return { context, page: await context.newPage() };
}
