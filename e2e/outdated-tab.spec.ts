import { UNIT_LAYOUT_VERSION, UNIT_META, unitMeta } from '@minga/doc-model';
import { expect, test } from './support/fixtures.ts';
import { createUnit, unitPath } from './support/units.ts';
import { connectUnitPeer } from './support/unitPeer.ts';

// A tab whose app writes an older layout than the document's must not write into it: the server
// closes its socket with 4426 and the page asks to be reloaded. On a real server, a tab is older
// than a document when the document holds a layout newer than today's app.
test('a tab older than the document’s layout is refused and asks to be reloaded', async ({ people, workspaces, request, baseURL }) => {
  const workspace = await workspaces.create('Mise à jour');
  const unit = await createUnit(request, workspace, { title: 'Écrit par une version plus récente' });
  const newer = await connectUnitPeer(baseURL!, workspace.id, unit.id, workspace.editKey);
  unitMeta(newer.doc).set(UNIT_META.layoutVersion, UNIT_LAYOUT_VERSION + 1);
  // Once the server relays its own copy back to a fresh reader, the newer layout is stored.
  await expect
    .poll(async () => {
      const reader = await connectUnitPeer(baseURL!, workspace.id, unit.id, workspace.editKey, 3_000).catch(() => null);
      if (!reader) return 'refused';
      reader.close();
      return 'open';
    })
    .toBe('refused');
  newer.close();

  const lou = await people.arrive('Lou', { locale: 'fr-FR' });
  await lou.page.goto(unitPath(workspace.id, unit.id, workspace.editKey));
  await lou.introduceIfAsked();
  const notice = lou.page.getByTestId('sync-refused');
  await expect(notice).toHaveAttribute('data-code', '4426');
  await expect(notice).toContainText('Minga a été mis à jour');
  const reload = lou.page.getByRole('button', { name: 'Recharger la page' });
  await expect(reload).toBeVisible();
  await reload.focus();
  await expect(reload).toBeFocused();
});
