import { expect, test } from './support/fixtures.ts';
import { createUnit, unitOnServer } from './support/units.ts';

test('the source changed its context and next steps: amel sees them and takes one next step alone', async ({ people, workspaces, request }) => {
  const workspace = await workspaces.create('Upstream items');
  const headers = { Authorization: `Bearer ${workspace.editKey}` };
  const source = await createUnit(request, workspace, { title: 'Les communs', context: 'Écrit à Lille.', nextSteps: [{ text: 'Relire' }] });
  const forked = await request.post(`/api/w/${workspace.id}/units/${source.id}/fork`, { headers, data: {} });
  expect(forked.status()).toBe(201);
  const forkId = ((await forked.json()) as { id: string }).id;

  const unit = (await unitOnServer(request, workspace, source.id)) as { context: string; nextSteps: { id: string; text: string; done: boolean }[] };
  unit.context = 'Écrit à Lille, revu à Nantes.';
  unit.nextSteps.push({ id: 'ns-publier', text: 'Publier le support', done: false }, { id: 'ns-annoncer', text: 'Annoncer sur la liste', done: false });
  const put = await request.put(`/api/w/${workspace.id}/units/${source.id}`, { headers, data: unit });
  expect(put.status(), await put.text()).toBe(200);

  const amel = await people.arrive('Amel');
  await amel.openWorkspace(`/w/${workspace.id}/units/${forkId}?key=${workspace.editKey}`);
  const changes = amel.page.getByTestId('upstream-changes');
  await expect(changes).toHaveAttribute('data-state', 'changed');
  const field = (name: string) => changes.locator(`[data-testid="upstream-field"][data-field="${name}"]`);
  await expect(field('context')).toContainText('revu à Nantes');
  await expect(field('nextSteps')).toContainText('Publier le support');

  await field('nextSteps').getByRole('checkbox', { name: 'New in the original: Publier le support' }).check();
  await expect(changes.getByTestId('apply-upstream')).toHaveText('Apply (1 taken, 2 kept)');
  await changes.getByTestId('apply-upstream').click();
  await expect(changes).toHaveAttribute('data-state', 'current');

  const fork = (await unitOnServer(request, workspace, forkId)) as { context: string; nextSteps: { text: string }[] };
  expect(fork.nextSteps.map((n) => n.text)).toEqual(['Relire', 'Publier le support']);
  expect(fork.context).toBe('Écrit à Lille.');
});
