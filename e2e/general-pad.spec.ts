import { expect, test, uniqueName } from './support/fixtures.ts';

test('amel creates a workspace from the home page, and amel and yann see each other write live', async ({ people }, testInfo) => {
  const amel = await people.arrive('Amel');
  const name = uniqueName(testInfo, 'Minga de Lille');

  await amel.page.goto('/');
  await amel.page.getByLabel('Workspace name').fill(name);
  await amel.page.getByRole('button', { name: 'Create workspace' }).click();

  const created = amel.page.getByTestId('created-workspace');
  await expect(created).toContainText(name);
  const editLink = await created.getByTestId('created-edit-link').inputValue();
  const viewLink = await created.getByTestId('created-view-link').inputValue();
  expect(editLink).toMatch(/\/w\/[\w-]+\?key=/);
  expect(viewLink).not.toBe(editLink);

  await created.getByRole('link', { name: 'Open the workspace' }).click();
  await amel.introduceIfAsked();
  await amel.waitUntilSynced();
  await expect(amel.page.getByTestId('workspace-name')).toHaveText(name);
  await expect(amel.page).toHaveTitle(`${name} · Minga`);

  const yann = await people.arrive('Yann');
  await yann.openWorkspace(new URL(editLink).pathname + new URL(editLink).search);

  // Each sees the other in "who is here".
  await expect(amel.presence.locator('[data-name="Yann"]')).toBeVisible();
  await expect(yann.presence.locator('[data-name="Amel"]')).toBeVisible();

  await amel.write('Programme du matin : tour de table.');
  await yann.expectPadToContain('Programme du matin : tour de table.');

  await yann.write(' Puis ateliers en sous-groupes.');
  await amel.expectPadToContain('Puis ateliers en sous-groupes.');
  await yann.expectPadToContain('Programme du matin : tour de table.');

  // The home page remembers the workspace.
  await amel.page.goto('/');
  await expect(amel.page.getByTestId('recent-list').getByRole('link', { name })).toBeVisible();
});

test('the pad survives a reload, and a fresh browser gets it from the server', async ({ people, workspaces }) => {
  const workspace = await workspaces.create('Persistence');
  const amel = await people.arrive('Amel');
  const yann = await people.arrive('Yann');
  await amel.openWorkspace(workspace.editPath);
  await yann.openWorkspace(workspace.editPath);

  await amel.write('Décidé : on garde le format une heure.');
  await yann.expectPadToContain('Décidé : on garde le format une heure.');
  await yann.write(' Yann prépare les diapositives.');
  await amel.expectPadToContain('Yann prépare les diapositives.');

  await amel.reload();
  await amel.expectPadToContain('Décidé : on garde le format une heure.');
  await amel.expectPadToContain('Yann prépare les diapositives.');

  // Nobody's local copy helps here: empty storage, empty IndexedDB.
  await amel.leave();
  await yann.leave();
  const newcomer = await people.arrive('Camille');
  await newcomer.openWorkspace(workspace.editPath);
  await newcomer.expectPadToContain('Décidé : on garde le format une heure.');
  await newcomer.expectPadToContain('Yann prépare les diapositives.');
});

test('amel and yann typing at the same moment end up with the same pad', async ({ people, workspaces }) => {
  const workspace = await workspaces.create('Concurrent');
  const amel = await people.arrive('Amel');
  const yann = await people.arrive('Yann');
  await amel.openWorkspace(workspace.editPath);
  await yann.openWorkspace(workspace.editPath);

  const fromAmel = 'amel-notes-1234';
  const fromYann = 'yann-notes-5678';
  await Promise.all([amel.write(fromAmel), yann.write(fromYann)]);

  // Whatever the interleaving, both pads converge on one text holding every character typed.
  await expect
    .poll(async () => {
      const [a, y] = [await amel.padText(), await yann.padText()];
      return a === y ? a.length : -1;
    })
    .toBe(fromAmel.length + fromYann.length);
});
