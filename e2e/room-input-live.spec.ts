import { expect, test } from './support/fixtures.ts';
import { createPresentableSession, presentPath } from './support/presenting.ts';
import { sessionPath } from './support/SessionComposerPage.ts';

test('a question from the room reaches the speaker view and the session page within two seconds', async ({ people, request, workspaces }) => {
  const workspace = await workspaces.create('Room input live');
  const session = await createPresentableSession(request, workspace);
  const amel = await people.arrive('Amel');
  // Camille, co-facilitating, keeps the session page open on her laptop.
  const camille = await people.arrive('Camille');
  const composer = camille.page;
  await amel.page.goto(presentPath(workspace.id, session.id, workspace.editKey, { speaker: true }));
  await amel.introduceIfAsked();
  await expect(amel.page.getByTestId('speaker-current')).toHaveAttribute('data-ready', 'true');
  await composer.goto(sessionPath(workspace.id, session.id, workspace.editKey));
  await camille.introduceIfAsked();
  await expect(composer.getByTestId('session-room-input')).toBeVisible();
  // Both panels have asked once and now wait for the room.
  await expect(amel.page.getByTestId('room-input')).toHaveCount(0);
  await expect(composer.getByTestId('room-input')).toHaveCount(0);

  const sent = await request.post(`/api/w/${workspace.id}/sessions/${session.id}/room-input`, {
    headers: { Authorization: `Bearer ${workspace.viewKey}` },
    data: { kind: 'question', text: 'Qui paie pour le commun ?', author: 'Yann' },
  });
  expect(sent.status()).toBe(201);
  await expect(amel.page.getByTestId('room-input')).toContainText('Qui paie pour le commun ?', { timeout: 2_000 });
  await expect(composer.getByTestId('room-input')).toContainText('Qui paie pour le commun ?', { timeout: 2_000 });
});
