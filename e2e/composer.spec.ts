import { expect, test } from './support/fixtures.ts';
import { seriousViolations } from './support/axe.ts';
import { SessionComposerPage, createSession, createTimedUnit, sessionPath } from './support/SessionComposerPage.ts';
import { libraryTitles, unitOnServer } from './support/units.ts';

test('amel builds the one-hour session from four units found in the library, reorders them by mouse and keyboard, and yann sees exactly 60 minutes', async ({ people, workspaces, request }) => {
  const workspace = await workspaces.create('Composer');
  await createTimedUnit(request, workspace, 'Ouverture : les communs en trois exemples', 20);
  await createTimedUnit(request, workspace, 'Débat entre élus et habitants', 15);
  await createTimedUnit(request, workspace, 'Jeu de rôle du tiers-lieu', 15);
  await createTimedUnit(request, workspace, 'Clôture et étapes suivantes', 10);
  await expect.poll(async () => (await libraryTitles(request, workspace)).length).toBe(4);

  // A new session from the workspace page opens the composer.
  const amelPerson = await people.arrive('Amel');
  await amelPerson.openWorkspace(workspace.editPath);
  await amelPerson.page.getByTestId('new-session').click();
  await amelPerson.page.getByTestId('new-session-title').fill('Les communs pour les décideurs');
  await amelPerson.page.getByTestId('confirm-new-session').click();
  await expect(amelPerson.page.getByTestId('session-composer')).toBeVisible();
  await amelPerson.waitUntilSynced();
  const amel = new SessionComposerPage(amelPerson);
  const sessionUrl = new URL(amel.page.url());
  await expect(amel.page.getByTestId('session-title')).toHaveValue('Les communs pour les décideurs');
  await amel.page.getByTestId('session-start-time').fill('09:30');
  await expect(amel.budget).toHaveText(/60 minutes left/);

  // Found by search, typed without accents: two added with the button, at the end.
  await (await amel.search('ouverture', 'Ouverture')).getByTestId('library-add').click();
  await (await amel.search('debat', 'Débat')).getByTestId('library-add').click();
  await (await amel.search('jeu de role', 'Jeu de rôle')).getByTestId('library-add').click();
  await expect.poll(() => amel.titles()).toEqual(['Ouverture : les communs en trois exemples', 'Débat entre élus et habitants', 'Jeu de rôle du tiers-lieu']);

  // The fourth dragged from the side panel onto "Débat": it lands before it.
  const closing = await amel.search('cloture', 'Clôture');
  await amel.drag(closing.getByTestId('library-drag-handle'), amel.item('Débat'));
  await expect.poll(() => amel.titles()).toEqual([
    'Ouverture : les communs en trois exemples',
    'Clôture et étapes suivantes',
    'Débat entre élus et habitants',
    'Jeu de rôle du tiers-lieu',
  ]);

  // Yann joins; the order he sees is amel's.
  const yann = await SessionComposerPage.open(await people.arrive('Yann'), `${sessionUrl.pathname}${sessionUrl.search}`);
  await expect.poll(() => yann.titles()).toEqual(await amel.titles());

  // Amel drags "Clôture" to the end with the mouse…
  await amel.drag(amel.item('Clôture').getByTestId('item-drag-handle'), amel.item('Jeu de rôle'), 'lower');
  await expect.poll(() => amel.titles()).toEqual([
    'Ouverture : les communs en trois exemples',
    'Débat entre élus et habitants',
    'Jeu de rôle du tiers-lieu',
    'Clôture et étapes suivantes',
  ]);
  // …and moves "Jeu de rôle" up with the keyboard: grip, Space, arrow up, Space.
  await amel.moveWithKeyboard(amel.item('Jeu de rôle'), -1);
  const expected = [
    'Ouverture : les communs en trois exemples',
    'Jeu de rôle du tiers-lieu',
    'Débat entre élus et habitants',
    'Clôture et étapes suivantes',
  ];
  await expect.poll(() => amel.titles()).toEqual(expected);
  await expect.poll(() => yann.titles()).toEqual(expected);

  // 20 + 15 + 15 + 10: the hour exactly, for both, with clock times from 9:30.
  for (const person of [amel, yann]) {
    await expect(person.budget).toHaveText('✓Exactly 60 minutes');
    await expect(person.budget).toHaveAttribute('data-status', 'exact');
  }
  await expect(yann.items.first().getByTestId('item-clock')).toHaveText(/9:30\s?AM–9:50\s?AM/);
  await expect(yann.items.last().getByTestId('item-clock')).toHaveText(/10:20\s?AM–10:30\s?AM/);
  await expect(yann.page.getByTestId('timeline-segment')).toHaveCount(4);

  // Yann gives the debate 20 minutes: amel sees the session run over, then fit again.
  await yann.item('Débat').getByTestId('item-minutes-override').fill('20');
  await expect(amel.budget).toHaveText(/Over by 5 minutes/);
  await expect(amel.budget).toHaveAttribute('data-status', 'over');
  await expect(amel.item('Débat').getByTestId('item-minutes')).toHaveText('20 min');
  await yann.item('Débat').getByTestId('item-minutes-override').fill('');
  await expect(amel.budget).toHaveText(/Exactly 60 minutes/);

  expect(await seriousViolations(amel.page, { include: '[data-testid="session-composer"]' })).toEqual([]);
});

test('a pinned unit says what changed in the library and takes the new version in one click', async ({ people, workspaces, request }) => {
  const workspace = await workspaces.create('Pinned');
  const unitId = await createTimedUnit(request, workspace, 'Les communs expliqués', 20);
  const sessionId = await createSession(request, workspace, {
    title: 'Matinale des décideurs',
    items: [{ kind: 'welcome', title: 'Café', minutes: 10 }, { kind: 'unit', unitId }],
  });
  const amel = await SessionComposerPage.open(await people.arrive('Amel'), sessionPath(workspace.id, sessionId, workspace.editKey));
  const item = amel.item('Les communs expliqués');
  await expect(item.getByTestId('item-minutes')).toHaveText('20 min');

  // Pinning saves a named version "For <session>" and keeps it.
  await item.getByTestId('pin-pinned').check();
  const pin = item.getByTestId('pin-control');
  await expect(pin).toHaveAttribute('data-mode', 'pinned');
  await expect(pin).not.toHaveAttribute('data-pinned-version', '');
  const firstVersion = await pin.getAttribute('data-pinned-version');
  await expect(item.getByTestId('pin-version')).toContainText('For Matinale des décideurs');
  await expect(item.getByTestId('update-notice')).toHaveCount(0);

  // Yann reworks the unit in the library and names the new version.
  const unit = await unitOnServer(request, workspace, unitId);
  const steps = unit.steps as { minutes: number }[];
  const changed = { ...unit, title: 'Les communs expliqués aux élus', steps: [{ ...steps[0], minutes: 25 }], objectives: [{ id: 'obj-new', text: 'Citer trois communs du territoire' }] };
  const put = await request.put(`/api/w/${workspace.id}/units/${unitId}`, { headers: { Authorization: `Bearer ${workspace.editKey}` }, data: changed });
  expect(put.status(), await put.text()).toBe(200);
  const saved = await request.post(`/api/w/${workspace.id}/docs/${unitId}/versions`, {
    headers: { Authorization: `Bearer ${workspace.editKey}` },
    data: { label: 'Version élus', author: 'Yann' },
  });
  expect(saved.status(), await saved.text()).toBe(201);
  const newVersion = String(((await saved.json()) as { id: number }).id);

  // The session still uses the pinned version, and says what changed.
  await amel.page.getByTestId('refresh-units').click();
  const notice = item.getByTestId('update-notice');
  await expect(notice).toBeVisible();
  await expect(notice).toContainText('Duration: 20 min → 25 min');
  await expect(notice).toContainText('Objective added: Citer trois communs du territoire');
  await expect(notice).toContainText('Title: “Les communs expliqués” → “Les communs expliqués aux élus”');
  await expect(item.getByTestId('item-minutes')).toHaveText('20 min');
  await expect(amel.budget).toHaveText(/30 minutes left/);

  await notice.getByTestId('apply-update').click();
  await expect(pin).toHaveAttribute('data-pinned-version', newVersion);
  expect(newVersion).not.toBe(firstVersion);
  await expect(amel.item('aux élus').getByTestId('update-notice')).toHaveCount(0);
  await expect(amel.item('aux élus').getByTestId('item-minutes')).toHaveText('25 min');
  await expect(amel.budget).toHaveText(/25 minutes left/);
});

test('the run-sheet lists times, steps and credits, prints on one clean landscape page, and downloads as Markdown; a deleted unit never breaks it', async ({ people, workspaces, request }) => {
  const workspace = await workspaces.create('Run-sheet');
  const kept = await createTimedUnit(request, workspace, 'Cartographie des communs', 30, {
    contributors: [{ name: 'Amel' }, { name: 'Simon' }],
    materials: [{ title: 'Cartes des communs', url: 'https://example.org/cartes', licence: 'CC BY-SA 4.0' }],
  });
  const gone = await createTimedUnit(request, workspace, 'Unité abandonnée', 15);
  const sessionId = await createSession(request, workspace, {
    title: 'Les communs pour les décideurs',
    audience: 'Élus et cadres',
    date: '2025-03-14',
    startTime: '14:00',
    items: [
      { kind: 'welcome', title: 'Accueil', minutes: 10, notes: 'Café à gauche' },
      { kind: 'unit', unitId: kept, facilitator: 'Amel', transitionNote: 'On passe aux cartes' },
      { kind: 'unit', unitId: gone },
      { kind: 'questions', title: '', minutes: 20 },
    ],
  });
  const deleted = await request.delete(`/api/w/${workspace.id}/units/${gone}`, { headers: { Authorization: `Bearer ${workspace.editKey}` } });
  expect(deleted.status()).toBe(200);

  // The composer says so clearly, counts it 0, and the rest still adds up.
  const amel = await SessionComposerPage.open(await people.arrive('Amel'), sessionPath(workspace.id, sessionId, workspace.editKey));
  await expect(amel.items.nth(2).getByTestId('unit-missing-notice')).toContainText('This unit was deleted or cannot be read');
  await expect(amel.items.nth(2).getByTestId('item-minutes')).toHaveText('0 min');
  await expect(amel.budget).toHaveText(/Exactly 60 minutes/);

  await amel.page.getByTestId('open-run-sheet').click();
  const page = amel.page;
  await expect(page.getByTestId('run-sheet-title')).toHaveText('Les communs pour les décideurs');
  await expect(page.getByTestId('run-sheet-date')).toHaveText('Friday, March 14, 2025');
  const rows = page.getByTestId('run-sheet-item');
  await expect(rows).toHaveCount(4);
  await expect(rows.nth(0)).toContainText('Café à gauche');
  await expect(rows.nth(1)).toContainText(/2:10\s?PM–2:40\s?PM/);
  await expect(rows.nth(1)).toContainText('Cartes des communs');
  await expect(rows.nth(1)).toContainText('Transition: On passe aux cartes');
  await expect(rows.nth(2).getByTestId('run-sheet-missing')).toBeVisible();
  await expect(rows.nth(3)).toContainText(/2:40\s?PM–3:00\s?PM/);
  await expect(page.getByTestId('run-sheet-step')).toHaveCount(1);
  await expect(page.getByTestId('run-sheet-credits')).toContainText('Amel, Simon');
  await expect(page.getByTestId('run-sheet-credits')).toContainText('CC BY-SA 4.0');
  expect(await seriousViolations(page, { include: '[data-testid="run-sheet-page"]' })).toEqual([]);

  // Print / PDF calls the browser's print once…
  await page.evaluate(() => {
    const counted = window as unknown as { printCalls: number };
    counted.printCalls = 0;
    window.print = () => {
      counted.printCalls += 1;
    };
  });
  await page.getByTestId('print-run-sheet').click();
  expect(await page.evaluate(() => (window as unknown as { printCalls: number }).printCalls)).toBe(1);

  // …and on paper only the sheet shows: no app header, no buttons, the table as wide as the page.
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('.app-header')).toBeHidden();
  await expect(page.getByTestId('run-sheet-actions')).toBeHidden();
  const table = await page.getByTestId('run-sheet-table').boundingBox();
  const viewport = page.viewportSize();
  expect(table && viewport && table.width / viewport.width).toBeGreaterThan(0.9);
  await page.emulateMedia({ media: 'screen' });
  await expect(page.locator('.app-header')).toBeVisible();

  // The Markdown export, with the key in a header (never in a link).
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('download-markdown').click()]);
  expect(download.suggestedFilename()).toMatch(/-deroule\.md$/);
  const path = await download.path();
  const { readFile } = await import('node:fs/promises');
  const markdown = await readFile(path, 'utf8');
  expect(markdown).toContain('Les communs pour les décideurs');
  expect(markdown).toContain('Cartographie des communs');
});

test('the workspace lists sessions with date, audience and duration; one is duplicated for the next event and another goes to the bin', async ({ people, workspaces, request }) => {
  const workspace = await workspaces.create('Sessions list');
  const unitId = await createTimedUnit(request, workspace, 'Les communs', 45);
  await createSession(request, workspace, { title: 'Lille, mars', audience: 'Élus', date: '2025-03-14', items: [{ kind: 'unit', unitId }] });
  await createSession(request, workspace, { title: 'Brouillon à jeter' });
  const amel = await people.arrive('Amel');
  await amel.openWorkspace(workspace.editPath);
  const cards = amel.page.getByTestId('session-card');
  await expect(cards).toHaveCount(2);
  const lille = cards.filter({ hasText: 'Lille, mars' });
  await expect(lille.getByTestId('session-card-date')).toHaveText('Mar 14, 2025');
  await expect(lille).toContainText('Élus');
  await expect(lille.getByTestId('session-card-duration')).toHaveText('45 min planned of 1 h');

  await cards.filter({ hasText: 'Brouillon' }).getByTestId('delete-session').click();
  await amel.page.getByTestId('confirm-delete-session').click();
  await expect(cards).toHaveCount(1);
  // The bin gives it back, and gives it back to the list.
  await amel.page.getByTestId('bin').locator('summary').click();
  await amel.page.getByTestId('bin-list').locator('li').filter({ hasText: 'Brouillon à jeter' }).getByTestId('restore-session').click();
  await expect(cards).toHaveCount(2);
  await expect(amel.page.getByTestId('bin-empty')).toBeVisible();

  await lille.getByTestId('duplicate-session').click();
  const dialog = amel.page.getByTestId('duplicate-session-dialog');
  await dialog.getByTestId('duplicate-title').fill('Montpellier, juin');
  await dialog.getByTestId('duplicate-date').fill('2025-06-20');
  await dialog.getByTestId('confirm-duplicate-session').click();
  await expect(amel.page.getByTestId('session-composer')).toBeVisible();
  await expect(amel.page.getByTestId('session-title')).toHaveValue('Montpellier, juin');
  await expect(amel.page.getByTestId('session-date')).toHaveValue('06/20/2025');
  // The copy keeps the unit, and its timing.
  await expect(amel.page.getByTestId('session-item')).toHaveCount(1);
  await expect(amel.page.getByTestId('budget-message')).toHaveText(/15 minutes left/);

  // With the view key, yann follows the copy but cannot change it.
  const copyUrl = new URL(amel.page.url());
  copyUrl.searchParams.set('key', workspace.viewKey);
  const yann = await SessionComposerPage.open(await people.arrive('Yann'), `${copyUrl.pathname}${copyUrl.search}`);
  await expect(yann.person.indicator).toHaveAttribute('data-status', 'read-only');
  await expect(yann.page.getByTestId('session-title')).toHaveValue('Montpellier, juin');
  await expect(yann.page.getByTestId('session-title')).not.toBeEditable();
  await expect(yann.library).toHaveCount(0);
  await expect(yann.page.getByTestId('item-drag-handle')).toHaveCount(0);
  await expect(yann.budget).toHaveText(/15 minutes left/);
});

test('when the library cannot be reached, the units this device saw before still give their titles and minutes', async ({ people, workspaces, request }) => {
  const workspace = await workspaces.create('Bad wifi');
  const unitId = await createTimedUnit(request, workspace, 'Les communs en 45 minutes', 45);
  const sessionId = await createSession(request, workspace, { title: 'Atelier du soir', items: [{ kind: 'break', title: '', minutes: 15 }, { kind: 'unit', unitId }] });
  const amel = await SessionComposerPage.open(await people.arrive('Amel'), sessionPath(workspace.id, sessionId, workspace.editKey));
  await expect(amel.budget).toHaveText(/Exactly 60 minutes/);

  // The workshop's wifi drops the library's answers; amel comes back to the page.
  await amel.page.route(/\/api\/w\/[^/]+\/(units|docs)\//, (route) => route.abort('internetdisconnected'));
  await amel.person.reload();
  await expect(amel.item('Les communs en 45 minutes').getByTestId('unit-offline-copy')).toBeVisible();
  await expect(amel.item('Les communs en 45 minutes').getByTestId('item-minutes')).toHaveText('45 min');
  await expect(amel.budget).toHaveText(/Exactly 60 minutes/);
});
