import { expect, test } from './support/fixtures.ts';

test('without a connection the pad opens from this device, takes edits, and sends them when the connection is back', async ({ people, workspaces }) => {
  const workspace = await workspaces.create('Offline');
  const amel = await people.arrive('Amel');
  const yann = await people.arrive('Yann');
  await amel.openWorkspace(workspace.editPath);
  await yann.openWorkspace(workspace.editPath);
  await amel.write('Écrit en ligne.');
  await yann.expectPadToContain('Écrit en ligne.');

  const reconnect = await amel.loseSyncConnection();
  await amel.page.reload();
  await expect(amel.indicator).toHaveAttribute('data-status', 'offline');
  // Nothing came from the server: this is the copy kept in IndexedDB.
  await amel.expectPadToContain('Écrit en ligne.');
  await amel.write(' Écrit hors ligne.');

  // Meanwhile yann, still online, writes too: both sides must merge when amel is back.
  await yann.write(' Yann continue.');

  reconnect();
  await amel.waitUntilSynced();
  await yann.expectPadToContain('Écrit hors ligne.');
  await amel.expectPadToContain('Yann continue.');
});
