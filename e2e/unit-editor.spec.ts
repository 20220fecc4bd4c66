import { UnitEditorPage } from './support/UnitEditorPage.ts';
import { expect, test } from './support/fixtures.ts';
import { seriousViolations } from './support/axe.ts';
import { createUnit, libraryTitles } from './support/units.ts';

test('amel and yann write the header together: both words survive in one field, and each sees where the other is', async ({ people, workspaces, request }) => {
  const workspace = await workspaces.create('Header');
  const unit = await createUnit(request, workspace, { title: 'Atelier' });
  const amel = await UnitEditorPage.open(await people.arrive('Amel'), unit.editPath);
  const yann = await UnitEditorPage.open(await people.arrive('Yann'), unit.editPath);
  await expect(yann.title).toHaveValue('Atelier');

  // Both type in the title at once, one at each end: a merge, not an overwrite.
  await amel.title.click();
  await amel.title.press('End');
  await yann.title.click();
  await yann.title.press('Home');
  await Promise.all([amel.page.keyboard.type(' des communs'), yann.page.keyboard.type('Grand ')]);
  await expect(amel.title).toHaveValue('Grand Atelier des communs');
  await expect(yann.title).toHaveValue('Grand Atelier des communs');
  await expect(amel.page.getByTestId('unit-heading')).toHaveText('Grand Atelier des communs');

  // Yann is in the title: amel sees his name tag there.
  await expect(amel.presenceIn('title')).toContainText('Yann');

  await yann.typeAtEnd(yann.description, 'Une ligne.\nDeux lignes.\nTrois.\nQuatre, de trop.');
  await expect(amel.description).toHaveValue('Une ligne.\nDeux lignes.\nTrois.\nQuatre, de trop.');
  await expect(amel.page.getByTestId('description-lines')).toHaveAttribute('data-over', 'true');
  await expect(yann.page.getByTestId('description-lines')).toContainText('4/3');
  await expect(amel.presenceIn('description')).toContainText('Yann');

  const hashtag = amel.page.getByTestId('hashtag-input');
  await hashtag.fill('#Tiers Lieux, #Décideurs');
  await hashtag.press('Enter');
  // Normalised as the network writes them in pads: lowercase, dashes, accents kept.
  await expect.poll(() => yann.page.getByTestId('hashtags').locator('[data-tag]').evaluateAll((tags) => tags.map((tag) => tag.getAttribute('data-tag'))))
    .toEqual(['tiers-lieux', 'décideurs']);

  await amel.page.getByTestId('add-next-step').click();
  await amel.page.keyboard.type('Tester à Lille');
  await expect(yann.page.getByTestId('next-step-text')).toHaveValue('Tester à Lille');
  await yann.page.getByTestId('next-step-done').check();
  await expect(amel.page.getByTestId('next-step-done')).toBeChecked();

  await yann.typeAtEnd(yann.page.getByTestId('unit-context'), 'Minga de Lille, printemps.');
  await amel.typeAtEnd(amel.page.getByTestId('unit-participants'), 'Amel, Yann');
  await expect(amel.page.getByTestId('unit-context')).toHaveValue('Minga de Lille, printemps.');
  await expect(yann.page.getByTestId('unit-participants')).toHaveValue('Amel, Yann');

  // Each person who changed the unit is credited, once.
  await expect(amel.contributors.locator('li[data-name]')).toHaveCount(2);
  await expect(yann.contributors.locator('li[data-name="Amel"]')).toHaveCount(1);
  await expect(yann.contributors.locator('li[data-name="Yann"]')).toHaveCount(1);
});

test('objectives are added and reordered, and yann undoes only his own change', async ({ people, workspaces, request }) => {
  const workspace = await workspaces.create('Objectives');
  const unit = await createUnit(request, workspace, {});
  const amel = await UnitEditorPage.open(await people.arrive('Amel'), unit.editPath);
  const yann = await UnitEditorPage.open(await people.arrive('Yann'), unit.editPath);

  await amel.addObjective('Nommer trois communs');
  await yann.addObjective('Situer un tiers-lieu');
  await expect.poll(() => amel.values(amel.objectives)).toEqual(['Nommer trois communs', 'Situer un tiers-lieu']);

  // Move up with the button: both see the new order.
  await amel.page.getByTestId('objective').nth(1).getByTestId('move-up').click();
  await expect.poll(() => yann.values(yann.objectives)).toEqual(['Situer un tiers-lieu', 'Nommer trois communs']);

  // Yann's undo takes back his objective, never amel's move or her text.
  await yann.page.getByTestId('undo').click();
  await yann.page.getByTestId('undo').click();
  await expect.poll(() => amel.values(amel.objectives)).toEqual(['Nommer trois communs']);
  await yann.page.getByTestId('redo').click();
  await yann.page.getByTestId('redo').click();
  await expect.poll(() => amel.values(amel.objectives)).toHaveLength(2);
  expect(await amel.values(amel.objectives)).toContain('Situer un tiers-lieu');
});

test('amel reorders steps while yann writes in one: no step lost or doubled, the same sequence on both, the total live', async ({ people, workspaces, request }) => {
  const workspace = await workspaces.create('Sequence');
  const unit = await createUnit(request, workspace, {
    steps: [
      { title: 'Accueil', kind: 'talk', minutes: 10 },
      { title: 'Jeu des communs', kind: 'exercise', minutes: 25 },
      { title: 'Débat', kind: 'discussion', minutes: 20 },
    ],
  });
  const amel = await UnitEditorPage.open(await people.arrive('Amel'), unit.editPath);
  const yann = await UnitEditorPage.open(await people.arrive('Yann'), unit.editPath);
  await expect(amel.totalMinutes).toHaveAttribute('data-minutes', '55');

  // Yann writes in "Débat" while amel moves it up with the keyboard (grip, Space, arrow up, Space).
  const yannTitle = yann.page.getByTestId('step-title').nth(2);
  await yann.typeAtEnd(yannTitle, ' mouvant');
  await amel.moveWithKeyboard(amel.page.getByTestId('steps-list').locator('xpath=./li').nth(2), -1);
  await yann.page.keyboard.type(' et vif');

  const expected = ['Accueil', 'Débat mouvant et vif', 'Jeu des communs'];
  await expect.poll(() => amel.stepTitles()).toEqual(expected);
  await expect.poll(() => yann.stepTitles()).toEqual(expected);

  // The total follows the minutes live, for both.
  await yann.page.getByTestId('step-minutes').first().fill('40');
  await expect(amel.totalMinutes).toHaveAttribute('data-minutes', '85');
  await expect(amel.totalMinutes).toContainText('1 h 25 min');

  // A move by button at the same time as one by the other: still three steps, one order.
  await Promise.all([
    amel.steps.nth(0).getByTestId('move-down').click(),
    yann.steps.nth(2).getByTestId('move-up').click(),
  ]);
  await expect.poll(async () => (await amel.stepTitles()).sort()).toEqual([...expected].sort());
  await expect.poll(async () => JSON.stringify(await yann.stepTitles()) === JSON.stringify(await amel.stepTitles())).toBe(true);

  await amel.page.getByTestId('add-step').click();
  await amel.page.keyboard.type('Pause');
  await expect(yann.steps).toHaveCount(4);
  await yann.steps.nth(3).getByTestId('remove-item').click();
  await expect(amel.steps).toHaveCount(3);
});

test('amel goes offline, both edit, and both converge when she is back', async ({ people, workspaces, request }) => {
  const workspace = await workspaces.create('Offline unit');
  const unit = await createUnit(request, workspace, { title: 'Hors ligne', steps: [{ title: 'Accueil', minutes: 5 }] });
  const amel = await UnitEditorPage.open(await people.arrive('Amel'), unit.editPath);
  const yann = await UnitEditorPage.open(await people.arrive('Yann'), unit.editPath);
  await amel.waitUntilSaved();

  await amel.goOffline();
  await expect(amel.saveStatus).toHaveAttribute('data-status', 'offline');
  await amel.typeAtEnd(amel.title, ' (Amel)');
  await amel.addObjective('Écrit sans réseau');
  await yann.page.getByTestId('add-step').click();
  await yann.page.keyboard.type('Ajouté par Yann');
  await yann.title.click();
  await yann.title.press('Home');
  await yann.page.keyboard.type('Yann : ');
  await yann.waitUntilSaved();

  await amel.goOnline();
  for (const person of [amel, yann]) {
    await expect(person.title).toHaveValue('Yann : Hors ligne (Amel)');
    await expect.poll(() => person.values(person.objectives)).toEqual(['Écrit sans réseau']);
    await expect.poll(() => person.stepTitles()).toEqual(['Accueil', 'Ajouté par Yann']);
  }
  await amel.waitUntilSaved();
});

test('a named version is saved, the unit changes, and restoring the version brings it back for both', async ({ people, workspaces, request }) => {
  const workspace = await workspaces.create('History');
  const unit = await createUnit(request, workspace, { title: 'Version A', objectives: [{ text: 'Premier objectif' }] });
  const amel = await UnitEditorPage.open(await people.arrive('Amel'), unit.editPath);
  const yann = await UnitEditorPage.open(await people.arrive('Yann'), unit.editPath);

  await amel.page.getByTestId('version-label').fill('Avant l’atelier');
  await amel.page.getByTestId('save-version-form').getByRole('button').click();
  const named = amel.page.locator('[data-testid="version"][data-kind="named"]');
  await expect(named).toHaveCount(1);
  await expect(named).toContainText('Avant l’atelier');
  await expect(named).toContainText('Amel');

  await yann.title.fill('Version B');
  await yann.page.getByTestId('objective').getByTestId('remove-item').click();
  await expect(amel.title).toHaveValue('Version B');
  await expect(amel.objectives).toHaveCount(0);

  await named.getByRole('button', { name: /^View the version/ }).click();
  const preview = amel.page.getByTestId('version-preview');
  await expect(preview.getByTestId('preview-title')).toHaveText('Version A');
  await expect(preview.getByTestId('preview-objectives')).toContainText('Premier objectif');
  await preview.getByTestId('restore-version').click();
  await preview.getByTestId('confirm-restore').click();
  await expect(preview).toBeHidden();

  for (const person of [amel, yann]) {
    await expect(person.title).toHaveValue('Version A');
    await expect.poll(() => person.values(person.objectives)).toEqual(['Premier objectif']);
  }
  // Credits are never taken back by a restore.
  await expect(amel.contributors.locator('li[data-name="Yann"]')).toHaveCount(1);
});

test('a unit is created from the workspace, listed in the library, moved to the bin (closing it for yann), and restored', async ({ people, workspaces, request }) => {
  const workspace = await workspaces.create('Library');
  const amel = await people.arrive('Amel');
  await amel.openWorkspace(workspace.editPath);
  await amel.page.getByTestId('new-unit').click();
  await amel.page.getByTestId('new-unit-title').fill('Les communs en 45 minutes');
  await amel.page.getByTestId('confirm-new-unit').click();
  await expect(amel.page.getByTestId('unit-editor')).toBeVisible();
  const editor = new UnitEditorPage(amel);
  await amel.waitUntilSynced();
  await expect(editor.title).toHaveValue('Les communs en 45 minutes');
  await editor.page.getByTestId('add-step').click();
  await editor.page.getByTestId('step-minutes').fill('45');
  await editor.waitUntilSaved();
  await expect.poll(() => libraryTitles(request, workspace)).toContain('Les communs en 45 minutes');
  await expect(amel.page).toHaveTitle('Les communs en 45 minutes — unit · Minga');

  // The library index follows the doc a moment later: the workspace page lists what it holds then.
  await expect.poll(async () => {
    const res = await request.get(`/api/w/${workspace.id}/units`, { headers: { authorization: `Bearer ${workspace.editKey}` } });
    return ((await res.json()) as { units: { title: string; minutes: number }[] }).units.find((u) => u.title === 'Les communs en 45 minutes')?.minutes;
  }).toBe(45);
  await amel.page.getByTestId('breadcrumb-workspace').click();
  const card = amel.page.getByTestId('unit-card').filter({ hasText: 'Les communs en 45 minutes' });
  await expect(card.getByTestId('unit-card-minutes')).toHaveText('45 min');
  await expect(card).toContainText('Amel');

  await card.getByRole('link').click();
  await amel.waitUntilSynced();
  const unitUrl = new URL(amel.page.url());
  const yann = await UnitEditorPage.open(await people.arrive('Yann'), unitUrl.pathname + unitUrl.search);

  await amel.page.getByTestId('delete-unit').click();
  await amel.page.getByTestId('confirm-delete-unit').click();
  await expect(amel.page.getByTestId('workspace-name')).toBeVisible();
  await expect(amel.page.getByTestId('unit-card')).toHaveCount(0);
  // Yann, still on the unit, is told it went to the bin, and can no longer type in it.
  await expect(yann.page.getByTestId('sync-refused')).toHaveAttribute('data-code', '4410');
  await expect(yann.title).toHaveAttribute('readonly', '');

  await amel.page.getByTestId('bin').locator('summary').click();
  const binned = amel.page.getByTestId('bin-list').locator('li').filter({ hasText: 'Les communs en 45 minutes' });
  await binned.getByTestId('restore-unit').click();
  await expect(amel.page.getByTestId('unit-card').filter({ hasText: 'Les communs en 45 minutes' })).toBeVisible();
});

test('the unit page has no serious accessibility problems, for an editor in French and a reader', async ({ people, workspaces, request }) => {
  const workspace = await workspaces.create('Unit accessibility');
  const unit = await createUnit(request, workspace, {
    title: 'Les communs',
    hashtags: ['communs'],
    nextSteps: [{ text: 'Tester à Lille' }],
    objectives: [{ text: 'Nommer trois communs' }],
    steps: [{ title: 'Accueil', kind: 'talk', minutes: 10 }],
    materials: [{ title: 'Le jeu des communs', url: 'https://example.org/jeu', licence: 'CC BY-SA 4.0' }],
  });
  const amel = await UnitEditorPage.open(await people.arrive('Amel', { locale: 'fr-FR' }), unit.editPath);
  await amel.typeAtEnd(amel.title, ' en 45 minutes');
  await amel.waitUntilSaved();
  expect(await seriousViolations(amel.page)).toEqual([]);

  const yann = await UnitEditorPage.open(await people.arrive('Yann'), unit.viewPath);
  await expect(yann.title).toHaveValue('Les communs en 45 minutes');
  await expect(yann.title).toHaveAttribute('readonly', '');
  await expect(yann.page.getByTestId('add-step')).toHaveCount(0);
  expect(await seriousViolations(yann.page)).toEqual([]);
});
