import { writeFile } from 'node:fs/promises';
import { pathToFileURL } from 'node:url';
import type { Page, WebSocketRoute } from '@playwright/test';
import { expect, test, type TestWorkspace } from './support/fixtures.ts';
import { seriousViolations } from './support/axe.ts';
import { writeHostileSlide } from './support/hostilePeer.ts';
import {
  auditMarkup, createPresentableSession, arriveWithPhone, createSession, exportSession, followLinkOf, followPath, offlineContext, paragraph, pdfPageCount,
  presentPath, pwned, waitForRevealFile,
} from './support/presenting.ts';
import { sessionPath } from './support/SessionComposerPage.ts';
import { createUnit, unitOnServer, unitPath } from './support/units.ts';

// Exports render in a browser on the server: these tests take longer than most.
test.setTimeout(90_000);

type RevealWindow = { Reveal: { getTotalSlides(): number; next(): void; slide(h: number): void; getIndices(): { h: number }; getSlideNotes(): string } };

/** Opens the projector page and waits until reveal.js shows the deck. */
async function present(page: Page, path: string): Promise<void> {
  await page.goto(path);
  await expect(page.getByTestId('present-deck')).toHaveAttribute('data-ready', 'true');
}

test('the offline deck presents from file:// with the network cut: every slide, then reveal.js’s speaker view with the notes', async ({ browser, request, workspaces }, testInfo) => {
  const workspace = await workspaces.create('Offline deck');
  const session = await createPresentableSession(request, workspace);
  const file = testInfo.outputPath('deck.html');
  await writeFile(file, await exportSession(request, workspace, session.id, 'html'));

  const context = await offlineContext(browser);
  const errors: string[] = [];
  const page = await context.newPage();
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto(pathToFileURL(file).href);
  await waitForRevealFile(page);

  const total = await page.evaluate(() => (window as unknown as RevealWindow).Reveal.getTotalSlides());
  expect(total).toBe(13);
  for (let i = 1; i < total; i++) {
    await page.evaluate(() => (window as unknown as RevealWindow).Reveal.next());
    await expect.poll(() => page.evaluate(() => (window as unknown as RevealWindow).Reveal.getIndices().h)).toBe(i);
    await expect(page.locator('.reveal .slides > section.present')).toHaveCount(1);
  }

  // The first content slide of the first unit, and its notes in reveal.js's own speaker view.
  await page.evaluate(() => (window as unknown as RevealWindow).Reveal.slide(4));
  await expect(page.locator('.reveal .slides > section.present')).toContainText('Un commun, c’est une ressource partagée.');
  const [speaker] = await Promise.all([context.waitForEvent('page'), page.keyboard.press('s')]);
  await expect(speaker.locator('.speaker-controls-notes')).toContainText('Note : prendre un exemple local.');
  await expect(speaker.locator('.speaker-controls-notes')).toContainText('Exposé');
  expect(errors).toEqual([]);
  await context.close();
});

test('the PDF has one page per slide', async ({ request, workspaces }) => {
  const workspace = await workspaces.create('PDF');
  const session = await createPresentableSession(request, workspace);
  const html = (await exportSession(request, workspace, session.id, 'html')).toString('utf8');
  const slides = (html.match(/<section /g) ?? []).length;
  expect(slides).toBe(13);
  const pdf = await exportSession(request, workspace, session.id, 'pdf');
  expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
  expect(pdfPageCount(pdf)).toBe(slides);
});

test('amel presents, yann follows on his phone with the follow link, browses away and comes back, and his question reaches amel’s speaker view', async ({ browser, people, request, workspaces, baseURL }) => {
  // Three windows (projector, speaker view, phone) and a unit edited while they run.
  test.setTimeout(150_000);
  const workspace = await workspaces.create('Follow');
  const session = await createPresentableSession(request, workspace);
  const { followKey } = await followLinkOf(request, workspace, session.id);
  const amel = await people.arrive('Amel');
  const phone = await arriveWithPhone(browser, baseURL ?? '');
  const yann = phone.page;
  // The phone opens the session's presence doc and nothing else: never the session doc or a unit's.
  const sockets: string[] = [];
  yann.on('websocket', (socket) => sockets.push(new URL(socket.url()).pathname));
  try {
    await yann.goto(followPath(workspace.id, session.id, followKey));
    const follow = yann.getByTestId('follow-page');
    await expect(yann.getByTestId('follow-deck')).toHaveAttribute('data-ready', 'true');
    await expect(follow).toHaveAttribute('data-follow-state', 'waiting');

    await present(amel.page, presentPath(workspace.id, session.id, workspace.editKey));
    const stage = amel.page.getByTestId('present-stage');
    for (let i = 0; i < 3; i++) await amel.page.keyboard.press('ArrowRight');
    await expect(stage).toHaveAttribute('data-current-slide', '3');
    await expect(follow).toHaveAttribute('data-follow-state', 'following');
    await expect(follow).toHaveAttribute('data-current-slide', '3');
    await expect(yann.locator('.reveal .slides > section.present')).toContainText('Les communs, c’est quoi ?');

    // yann looks back at the agenda: browsing freely; amel moves on; yann comes back to her slide.
    await yann.keyboard.press('ArrowLeft');
    await yann.keyboard.press('ArrowLeft');
    await expect(follow).toHaveAttribute('data-follow-state', 'browsing');
    await expect(follow).toHaveAttribute('data-current-slide', '1');
    await amel.page.keyboard.press('ArrowRight');
    await expect(stage).toHaveAttribute('data-current-slide', '4');
    await expect(follow).toHaveAttribute('data-presenter-slide', '4');
    await expect(follow).toHaveAttribute('data-current-slide', '1');
    await yann.getByTestId('follow-again').click();
    await expect(follow).toHaveAttribute('data-follow-state', 'following');
    await expect(follow).toHaveAttribute('data-current-slide', '4');

    // amel opens her speaker view (s), which drives the projector window and the room.
    const [speaker] = await Promise.all([amel.page.context().waitForEvent('page'), amel.page.keyboard.press('s')]);
    const view = speaker.getByTestId('speaker-view');
    await expect(view).toHaveAttribute('data-current-slide', '4');
    await expect(speaker.getByTestId('speaker-notes')).toContainText('Note : prendre un exemple local.');
    await expect(speaker.getByTestId('speaker-current')).toHaveAttribute('data-ready', 'true');
    await expect(speaker.getByTestId('speaker-next-slide')).toContainText('Trois ingrédients');
    await expect(speaker.getByTestId('speaker-timer').filter({ hasText: 'Exposé' })).toHaveAttribute('data-state', 'active');
    await speaker.getByTestId('speaker-next').click();
    await expect(view).toHaveAttribute('data-current-slide', '5');
    await expect(stage).toHaveAttribute('data-current-slide', '5');
    await expect(follow).toHaveAttribute('data-current-slide', '5');
    expect(sockets.length).toBeGreaterThan(0);
    expect(sockets.filter((path) => path !== `/sync/${workspace.id}/${session.id}/presence`)).toEqual([]);
    // What the phone holds is the projector's deck: no speaker notes anywhere in its page.
    expect(await yann.content()).not.toContain('Note :');

    // An edit of the unit reaches the phone at once: amel's deck changes, so does its revision.
    const unitUrl = `/api/w/${workspace.id}/units/${session.unitIds[0]}`;
    const headers = { Authorization: `Bearer ${workspace.editKey}` };
    const unit = (await (await request.get(unitUrl, { headers })).json()) as { slides: { content: unknown }[] };
    unit.slides[1]!.content = paragraph('Quatre ingrédients, en fait.');
    expect((await request.put(unitUrl, { headers, data: unit })).status()).toBe(200);
    await expect(stage.locator('.reveal .slides > section.present')).toContainText('Quatre ingrédients');
    await expect(yann.locator('.reveal .slides > section.present')).toContainText('Quatre ingrédients', { timeout: 5_000 });

    // yann asks a question from his phone; it shows in amel's speaker view, and she keeps it.
    await yann.getByTestId('open-room-input').click();
    const form = yann.getByTestId('room-input-form');
    await form.getByRole('textbox', { name: 'Your question' }).fill('Et pour une petite commune ?');
    await form.getByRole('textbox', { name: 'Your name (optional)' }).fill('Yann');
    await form.getByTestId('room-input-send').click();
    await expect(yann.getByTestId('room-input-outcome')).toHaveAttribute('data-outcome', 'sent');
    const message = speaker.getByTestId('room-input').filter({ hasText: 'Et pour une petite commune ?' });
    await expect(message).toContainText('Yann');
    await message.getByTestId('keep-in-session').click();
    await expect(message).toHaveAttribute('data-status', 'kept');
    await expect.poll(async () => {
      const response = await request.get(`/api/w/${workspace.id}/sessions/${session.id}`, { headers: { Authorization: `Bearer ${workspace.editKey}` } });
      return ((await response.json()) as { nextSteps: { text: string }[] }).nextSteps.map((s) => s.text);
    }).toContain('Et pour une petite commune ?');
  } finally {
    await phone.context.close();
  }
});

test('a presenter who loses the connection keeps presenting, and the room catches up when it comes back', async ({ browser, people, request, workspaces, baseURL }) => {
  const workspace = await workspaces.create('Bad wifi');
  const session = await createPresentableSession(request, workspace);
  const amel = await people.arrive('Amel');
  // amel's sync sockets pass through a switch: cut them, and every reconnection, until restored.
  const sockets: WebSocketRoute[] = [];
  let reachable = true;
  await amel.page.context().routeWebSocket(/\/sync\//, (socket) => {
    if (!reachable) {
      void socket.close({ code: 1006 });
      return;
    }
    socket.connectToServer();
    sockets.push(socket);
  });
  const phone = await arriveWithPhone(browser, baseURL ?? '');
  try {
    await present(amel.page, presentPath(workspace.id, session.id, workspace.editKey));
    await phone.page.goto(followPath(workspace.id, session.id, workspace.viewKey));
    const follow = phone.page.getByTestId('follow-page');
    const stage = amel.page.getByTestId('present-stage');
    await amel.page.keyboard.press('ArrowRight');
    await amel.page.keyboard.press('ArrowRight');
    await expect(follow).toHaveAttribute('data-current-slide', '2');

    reachable = false;
    await Promise.all(sockets.map((socket) => socket.close({ code: 1006 })));
    await expect(amel.page.getByTestId('connection-indicator')).not.toHaveAttribute('data-status', 'connected');
    await amel.page.keyboard.press('ArrowRight');
    await amel.page.keyboard.press('ArrowRight');
    await expect(stage).toHaveAttribute('data-current-slide', '4');
    await expect(amel.page.locator('.reveal .slides > section.present')).toContainText('Un commun, c’est une ressource partagée.');
    // The room stays with her last slide while she is away, and says so.
    await expect(follow).toHaveAttribute('data-presenter-away', 'true');
    await expect(follow).toHaveAttribute('data-follow-state', 'following');
    await expect(follow).toHaveAttribute('data-current-slide', '2');

    reachable = true;
    await expect(amel.page.getByTestId('connection-indicator')).toHaveAttribute('data-status', 'connected', { timeout: 20_000 });
    await expect(follow).toHaveAttribute('data-current-slide', '4');
    await expect(follow).toHaveAttribute('data-presenter-away', 'false');
  } finally {
    await phone.context.close();
  }
});

test('the speaker view times each item against its plan and warns, in colour and aloud, when one runs over', async ({ people, request, workspaces }) => {
  const workspace = await workspaces.create('Timing');
  const session = await createPresentableSession(request, workspace);
  const amel = await people.arrive('Amel');
  await amel.page.clock.install({ time: new Date('2026-11-28T09:00:00') });
  await amel.page.goto(presentPath(workspace.id, session.id, workspace.editKey, { speaker: true }));
  await expect(amel.page.getByTestId('speaker-current')).toHaveAttribute('data-ready', 'true');
  const welcome = amel.page.getByTestId('speaker-timer').filter({ hasText: 'Accueil' });
  await expect(welcome).toHaveAttribute('data-state', 'waiting');
  await amel.page.getByTestId('slide-picker').selectOption({ index: 2 });
  await expect(welcome).toHaveAttribute('data-state', 'active');
  await expect(welcome).toContainText(/0:0\d \/ 5 min/);
  await amel.page.clock.fastForward('04:00');
  await expect(welcome).toContainText(/4:0\d \/ 5 min/);
  await expect(welcome).toHaveAttribute('data-state', 'active');
  await amel.page.clock.fastForward('01:05');
  await expect(welcome).toHaveAttribute('data-state', 'over');
  await expect(amel.page.getByTestId('timer-announcement')).toHaveText('Over time: Accueil (5 min planned).');
  // The next item starts its own timer; the welcome keeps its time and its warning.
  await amel.page.getByTestId('speaker-next').click();
  await expect(amel.page.getByTestId('speaker-timer').filter({ hasText: 'Les communs, c’est quoi ?' }).first()).toHaveAttribute('data-state', 'active');
  // Real time flows under the installed clock, so a second may pass before the click; what matters is that the welcome keeps its time.
  await expect(welcome).toContainText(/5:(0[5-9]|1\d) \/ 5 min/);
  await expect(welcome).toHaveAttribute('data-state', 'over');
});

test('the projector, the speaker view, the follow page and the session page’s presenting tools have no serious accessibility problems', async ({ browser, people, request, workspaces, baseURL }) => {
  const workspace = await workspaces.create('Axe');
  const session = await createPresentableSession(request, workspace);
  await request.post(`/api/w/${workspace.id}/sessions/${session.id}/room-input`, {
    headers: { Authorization: `Bearer ${workspace.viewKey}` },
    data: { kind: 'question', text: 'Une question ?', author: 'Yann' },
  });
  const amel = await people.arrive('Amel', { locale: 'fr-FR' });
  await present(amel.page, presentPath(workspace.id, session.id, workspace.editKey));
  expect(await seriousViolations(amel.page)).toEqual([]);
  await amel.page.goto(presentPath(workspace.id, session.id, workspace.editKey, { speaker: true }));
  await expect(amel.page.getByTestId('speaker-current')).toHaveAttribute('data-ready', 'true');
  await expect(amel.page.getByTestId('room-input')).toHaveCount(1);
  expect(await seriousViolations(amel.page)).toEqual([]);
  await amel.page.goto(sessionPath(workspace.id, session.id, workspace.editKey));
  await amel.introduceIfAsked();
  await expect(amel.page.getByTestId('follow-link')).toBeVisible();
  expect(await seriousViolations(amel.page)).toEqual([]);

  const phone = await arriveWithPhone(browser, baseURL ?? '');
  try {
    await phone.page.goto(followPath(workspace.id, session.id, workspace.viewKey));
    await expect(phone.page.getByTestId('follow-deck')).toHaveAttribute('data-ready', 'true');
    await phone.page.getByTestId('open-room-input').click();
    expect(await seriousViolations(phone.page)).toEqual([]);
  } finally {
    await phone.context.close();
  }
});

test('a proposed next step goes into a unit’s next steps from the speaker view', async ({ people, request, workspaces }) => {
  const workspace = await workspaces.create('Next steps');
  const session = await createPresentableSession(request, workspace);
  const sent = await request.post(`/api/w/${workspace.id}/sessions/${session.id}/room-input`, {
    headers: { Authorization: `Bearer ${workspace.viewKey}` },
    data: { kind: 'nextStep', text: 'Traduire les diapositives', author: 'Yann' },
  });
  expect(sent.status()).toBe(201);
  const amel = await people.arrive('Amel');
  await amel.page.goto(presentPath(workspace.id, session.id, workspace.editKey, { speaker: true }));
  const message = amel.page.getByTestId('room-input').filter({ hasText: 'Traduire les diapositives' });
  await message.getByRole('combobox').selectOption({ label: 'Licences libres' });
  await message.getByTestId('add-to-unit').click();
  await expect(message).toHaveAttribute('data-status', 'kept');
  const unit = await unitOnServer(request, workspace, session.unitIds[1]!);
  expect((unit.nextSteps as { text: string }[]).map((s) => s.text)).toContain('Traduire les diapositives');
});

test('the session page offers Present, the follow link and the exports; without Chromium on the server, PDF falls back to the browser’s print', async ({ people, request, workspaces }) => {
  const workspace = await workspaces.create('Exports');
  const session = await createPresentableSession(request, workspace);
  const amel = await people.arrive('Amel');
  await amel.page.goto(sessionPath(workspace.id, session.id, workspace.editKey));
  await amel.introduceIfAsked();
  const menu = amel.page.getByTestId('export-menu');
  await expect(amel.page.getByTestId('follow-link')).toHaveValue((await followLinkOf(request, workspace, session.id)).followUrl);

  const [deck] = await Promise.all([amel.page.waitForEvent('download'), menu.getByTestId('export-html').click()]);
  expect(deck.suggestedFilename()).toMatch(/^formation-action-des-communs.*\.html$/);
  const [runSheet] = await Promise.all([amel.page.waitForEvent('download'), menu.getByTestId('export-md').click()]);
  expect(runSheet.suggestedFilename()).toMatch(/\.md$/);

  // The server PDF, with a progress bar while it renders.
  const [pdf] = await Promise.all([amel.page.waitForEvent('download'), menu.getByTestId('export-pdf').click(), expect(menu).toHaveAttribute('aria-busy', 'true')]);
  expect(pdf.suggestedFilename()).toMatch(/\.pdf$/);
  await expect(menu).toHaveAttribute('aria-busy', 'false');

  // The handout opens as a printable page.
  const [handout] = await Promise.all([amel.page.context().waitForEvent('page'), menu.getByTestId('export-handout').click()]);
  await expect(handout.locator('body')).toContainText('Formation-action des communs');
  await handout.close();

  // A server without Chromium answers 501 no_pdf: reveal.js's print view opens for the browser to print.
  await amel.page.route('**/export?format=pdf*', (route) => route.fulfill({ status: 501, contentType: 'application/json', body: JSON.stringify({ error: { code: 'no_pdf', message: 'No Chromium here.' } }) }));
  const [print] = await Promise.all([amel.page.context().waitForEvent('page'), menu.getByTestId('export-pdf').click()]);
  await expect(print).toHaveURL(/present\?key=.*&print-pdf/);
  await expect(print.getByTestId('present-deck')).toHaveAttribute('data-ready', 'true');
  await expect(print.locator('html')).toHaveClass(/print-pdf/);
  await expect(print.locator('.reveal .slides > .pdf-page')).toHaveCount(13);

  // Present opens the projector on the same deck.
  await amel.page.getByTestId('present-link').click();
  await expect(amel.page.getByTestId('present-deck')).toHaveAttribute('data-ready', 'true');
  await expect(amel.page.locator('.reveal .slides > section')).toHaveCount(13);
});

test('a unit alone presents from its own page, starting from the slide in the address', async ({ people, request, workspaces }) => {
  const workspace = await workspaces.create('Unit deck');
  const session = await createPresentableSession(request, workspace);
  const unitId = session.unitIds[0]!;
  const amel = await people.arrive('Amel');
  await amel.page.goto(unitPath(workspace.id, unitId, workspace.editKey));
  await amel.introduceIfAsked();
  await expect(amel.page.getByTestId('present-link')).toBeVisible();
  await amel.page.goto(`/w/${workspace.id}/units/${unitId}/present?key=${workspace.editKey}#/3`);
  await expect(amel.page.getByTestId('present-deck')).toHaveAttribute('data-ready', 'true');
  const stage = amel.page.getByTestId('present-stage');
  await expect(stage).toHaveAttribute('data-current-slide', '3');
  await expect(amel.page.locator('.reveal .slides > section.present')).toContainText('Un commun, c’est une ressource partagée.');
  await amel.page.keyboard.press('ArrowRight');
  await expect(stage).toHaveAttribute('data-current-slide', '4');
  await expect(amel.page).toHaveURL(/#\/item-unit-/);
});

const PAYLOADS = {
  img: '<img src=x onerror=window.__pwned=1>',
  js: 'javascript:window.__pwned=1',
  script: '</script><script>window.__pwned=1</script>',
  data: 'data:text/html,<script>window.__pwned=1</script>',
  attr: '"><svg onload=window.__pwned=1>',
};
const ALL = Object.values(PAYLOADS).join(' ');

/** A unit and a session with a script payload in every field the API accepts, and a hostile peer's slide. */
async function hostileSession(request: Parameters<typeof createUnit>[0], workspace: TestWorkspace, origin: string) {
  const unit = await createUnit(request, workspace, {
    title: `${PAYLOADS.script} ${PAYLOADS.img}`.slice(0, 200),
    description: PAYLOADS.img,
    context: ALL,
    participants: ALL,
    hashtags: ['xss'],
    objectives: [{ text: ALL }],
    nextSteps: [{ text: ALL, done: false }],
    steps: [{ title: PAYLOADS.script, kind: 'talk', minutes: 5, notes: ALL }],
    slides: [
      { content: paragraph(ALL), notes: paragraph(ALL) },
      { content: paragraph('hostile slide'), notes: paragraph('hostile notes') },
    ],
    materials: [{ title: ALL, url: 'https://example.org/communs?x=1&y=2', licence: PAYLOADS.img }],
    contributors: [{ name: PAYLOADS.img, role: PAYLOADS.script }],
  });
  const unitJson = await unitOnServer(request, workspace, unit.id);
  const slideId = (unitJson.slides as { id: string }[])[1]!.id;
  await writeHostileSlide(origin, workspace.id, unit.id, slideId, workspace.editKey, 'HOSTILE-MARKER');
  const sessionId = await createSession(request, workspace, {
    title: `${PAYLOADS.script} ${PAYLOADS.img}`,
    audience: ALL,
    place: PAYLOADS.attr,
    promotionalDescription: ALL,
    objectives: [{ text: ALL }],
    nextSteps: [{ text: ALL, done: false }],
    facilitators: [{ name: PAYLOADS.img }],
    items: [
      { kind: 'welcome', title: PAYLOADS.script, minutes: 5, notes: ALL, facilitator: PAYLOADS.img },
      { kind: 'unit', unitId: unit.id, mode: 'live', transitionNote: ALL, facilitator: PAYLOADS.attr },
    ],
  });
  return { sessionId, unitId: unit.id };
}

test('script payloads in every field of a unit and a session run nowhere: not in the app’s projector, speaker view or follow page, not in the exported file', async ({ browser, people, request, workspaces, baseURL }, testInfo) => {
  const workspace = await workspaces.create('Hostile');
  const { sessionId } = await hostileSession(request, workspace, baseURL ?? '');
  const amel = await people.arrive('Amel');
  const dialogs: string[] = [];
  amel.page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });

  // The app: the projector shows the payloads as text, and the hostile peer's slide without its markup.
  await present(amel.page, presentPath(workspace.id, sessionId, workspace.editKey));
  const slides = amel.page.locator('.reveal .slides');
  await expect(slides).toContainText('HOSTILE-MARKER');
  await expect(slides).toContainText('<img src=x onerror=window.__pwned=1>');
  const total = await amel.page.locator('.reveal .slides > section').count();
  for (let i = 1; i < total; i++) await amel.page.keyboard.press('ArrowRight');
  await expect(amel.page.getByTestId('present-stage')).toHaveAttribute('data-current-slide', String(total - 1));
  expect(await auditMarkup(amel.page, '.reveal .slides')).toEqual([]);
  expect(await pwned(amel.page)).toBe(false);

  // The speaker view writes every slide's notes as HTML: walk them all.
  await amel.page.goto(presentPath(workspace.id, sessionId, workspace.editKey, { speaker: true }));
  const view = amel.page.getByTestId('speaker-view');
  await expect(amel.page.getByTestId('speaker-current')).toHaveAttribute('data-ready', 'true');
  for (let i = 1; i < total; i++) {
    await amel.page.getByTestId('speaker-next').click();
    await expect(view).toHaveAttribute('data-current-slide', String(i));
    expect(await auditMarkup(amel.page, '[data-testid="speaker-notes"]')).toEqual([]);
  }
  expect(await auditMarkup(amel.page, '.reveal .slides')).toEqual([]);
  expect(await pwned(amel.page)).toBe(false);

  // The follow page with the view key.
  await amel.page.goto(followPath(workspace.id, sessionId, workspace.viewKey));
  await expect(amel.page.getByTestId('follow-deck')).toHaveAttribute('data-ready', 'true');
  await expect(amel.page.locator('.reveal .slides')).toContainText('HOSTILE-MARKER');
  expect(await auditMarkup(amel.page, '.reveal .slides')).toEqual([]);
  expect(await pwned(amel.page)).toBe(false);

  // The exported file, from file:// with the network cut; its only scripts are reveal.js's, the notes plugin and the init.
  const file = testInfo.outputPath('hostile.html');
  await writeFile(file, await exportSession(request, workspace, sessionId, 'html'));
  const context = await offlineContext(browser);
  const page = await context.newPage();
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  await page.goto(pathToFileURL(file).href);
  await waitForRevealFile(page);
  await expect(page.locator('.reveal .slides')).toContainText('HOSTILE-MARKER');
  const fileTotal = await page.evaluate(() => (window as unknown as RevealWindow).Reveal.getTotalSlides());
  for (let i = 1; i < fileTotal; i++) await page.evaluate(() => (window as unknown as RevealWindow).Reveal.next());
  expect(await auditMarkup(page, '.reveal .slides', 3)).toEqual([]);
  const [speaker] = await Promise.all([context.waitForEvent('page'), page.keyboard.press('s')]);
  await expect(speaker.locator('.speaker-controls-notes')).toBeVisible();
  expect(await pwned(page)).toBe(false);
  expect(await pwned(speaker)).toBe(false);
  await context.close();
  expect(dialogs).toEqual([]);
});
