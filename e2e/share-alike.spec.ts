import { unitMeta } from '@minga/doc-model';
import { expect, test } from './support/fixtures.ts';
import { connectUnitPeer, readOnServer } from './support/unitPeer.ts';
import { createUnit, unitOnServer } from './support/units.ts';

// Share-alike is kept after the fork: the fork's licence select offers only the source's licence,
// says why, and the REST API refuses another licence.
test('a fork of a CC BY-SA unit keeps CC BY-SA 4.0: the select offers only it, in French, and a PUT with CC BY 4.0 is refused', async ({ people, workspaces, request }) => {
  const workspace = await workspaces.create('Share-alike');
  await createUnit(request, workspace, { title: 'Les communs en une heure', licence: 'CC-BY-SA-4.0', contributors: [{ name: 'Amel' }] });
  const claire = await people.arrive('Claire', { locale: 'fr-FR' });
  await claire.page.goto(`/w/${encodeURIComponent(workspace.id)}/library?key=${encodeURIComponent(workspace.editKey)}`);

  // Adapt it from the library: the dialog states the rule, then the fork opens.
  await claire.page.getByTestId('library-card').getByTestId('fork-unit').click();
  const dialog = claire.page.getByTestId('fork-dialog');
  await expect(dialog.getByTestId('licence-rule')).toContainText('CC BY-SA 4.0');
  await dialog.getByTestId('fork-title').fill('Les communs à Lyon');
  await dialog.getByTestId('confirm-fork').click();
  await claire.page.waitForURL(/\/units\//);
  await claire.introduceIfAsked();
  await claire.waitUntilSynced();
  await expect(claire.page.getByTestId('unit-heading')).toHaveText('Les communs à Lyon');
  const forkId = new URL(claire.page.url()).pathname.split('/').pop() ?? '';

  // The licence select offers CC BY-SA 4.0 only, and says why in French.
  const select = claire.page.locator('select[data-testid="unit-licence"]');
  await expect(select).toHaveValue('CC-BY-SA-4.0');
  await expect(select.locator('option')).toHaveText(['CC BY-SA 4.0']);
  const rule = claire.page.getByTestId('licence-share-alike');
  await expect(rule).toContainText('Cette unité adapte une unité sous CC BY-SA 4.0');
  await expect(rule).toContainText('partage dans les mêmes conditions');

  // The server recorded the source's licence, and refuses another one over REST.
  const fork = await unitOnServer(request, workspace, forkId);
  expect((fork.source as { forkedFrom: { licence: string } }).forkedFrom.licence).toBe('CC-BY-SA-4.0');
  const refused = await request.put(`/api/w/${workspace.id}/units/${forkId}`, {
    headers: { Authorization: `Bearer ${workspace.editKey}` },
    data: { ...fork, licence: 'CC-BY-4.0' },
  });
  expect(refused.status()).toBe(409);
  const { error } = (await refused.json()) as { error: { code: string; message: string } };
  expect(error.code).toBe('conflict');
  expect(error.message).toContain('CC BY-SA 4.0');
  await expect(select).toHaveValue('CC-BY-SA-4.0');
  expect((await unitOnServer(request, workspace, forkId)).licence).toBe('CC-BY-SA-4.0');

  // A client of one's own (edit key) can still write another licence live: the page says what it
  // means, and publishing is refused with the reason, in French.
  await setLicenceLive(claire.page.url(), workspace.id, forkId, workspace.editKey, 'CC-BY-4.0');
  await expect(rule).toContainText('Elle porte pourtant CC BY 4.0');
  await claire.page.getByTestId('publish').click();
  await expect(claire.page.getByTestId('publish-share-alike-refused')).toContainText('Publication refusée');
  await expect(claire.page.getByTestId('publish-toggle')).toHaveAttribute('data-published', 'false');
});

/** Writes a unit's licence straight into its Yjs document, as a modified client with the edit key could. */
async function setLicenceLive(pageUrl: string, workspaceId: string, unitId: string, key: string, licence: string): Promise<void> {
  const origin = new URL(pageUrl).origin;
  const peer = await connectUnitPeer(origin, workspaceId, unitId, key);
  try {
    unitMeta(peer.doc).set('licence', licence);
    // A second connection that sees it proves the server has it.
    await expect.poll(() => readOnServer(origin, workspaceId, unitId, key, (doc) => unitMeta(doc).get('licence'))).toBe(licence);
  } finally {
    peer.close();
  }
}
