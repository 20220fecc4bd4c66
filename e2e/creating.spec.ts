import type { APIRequestContext } from '@playwright/test';
import { expect, test, type TestWorkspace } from './support/fixtures.ts';
import { createSession } from './support/SessionComposerPage.ts';
import { createUnit, libraryTitles } from './support/units.ts';

/** How many units and sessions the workspace lists now, through the API. */
async function listed(request: APIRequestContext, workspace: TestWorkspace): Promise<{ units: number; sessions: number }> {
  const headers = { Authorization: `Bearer ${workspace.editKey}` };
  const units = (await (await request.get(`/api/w/${workspace.id}/units`, { headers })).json()) as { total: number };
  const sessions = (await (await request.get(`/api/w/${workspace.id}/sessions`, { headers })).json()) as { sessions: unknown[] };
  return { units: units.total, sessions: sessions.sessions.length };
}

test('a new unit asks its title first: cancelled, nothing is created; given, the unit opens titled with the focus in its description', async ({ people, workspaces, request }) => {
  const workspace = await workspaces.create('Creating units');
  const amel = await people.arrive('Amel');
  await amel.openWorkspace(workspace.editPath);
  const page = amel.page;

  // A stray click, then Escape: no unit, and the focus back on the button.
  await page.getByTestId('new-unit').click();
  const dialog = page.getByTestId('new-unit-dialog');
  await expect(dialog).toBeVisible();
  await expect(page.getByTestId('new-unit-title')).toBeFocused();
  await expect(page.getByTestId('confirm-new-unit')).toBeDisabled();
  await page.keyboard.press('Escape');
  await expect(dialog).toHaveCount(0);
  await expect(page.getByTestId('new-unit')).toBeFocused();
  expect((await listed(request, workspace)).units).toBe(0);

  // Spaces are no title either.
  await page.getByTestId('new-unit').click();
  await page.getByTestId('new-unit-title').fill('   ');
  await expect(page.getByTestId('confirm-new-unit')).toBeDisabled();
  await page.getByTestId('new-unit-title').fill('Les communs en trois exemples');
  await page.keyboard.press('Enter');

  await expect(page.getByTestId('unit-heading')).toHaveText('Les communs en trois exemples');
  await expect(page.getByTestId('unit-description')).toBeFocused();
  await amel.waitUntilSynced();
  await page.keyboard.type('Trois communs que tout le monde connaît.');
  await expect(page.getByTestId('unit-description')).toHaveValue('Trois communs que tout le monde connaît.');
  await expect.poll(() => libraryTitles(request, workspace)).toEqual(['Les communs en trois exemples']);
});

test('a new session asks its title, date and duration first, and the composer opens with them and the focus on the audience', async ({ people, workspaces, request }) => {
  const workspace = await workspaces.create('Creating sessions');
  const amel = await people.arrive('Amel', { locale: 'fr-FR' });
  await amel.openWorkspace(workspace.editPath);
  const page = amel.page;

  await page.getByTestId('new-session').click();
  await expect(page.getByTestId('new-session-dialog')).toBeVisible();
  await expect(page.getByTestId('new-session-minutes')).toHaveValue('60');
  await page.getByRole('button', { name: 'Annuler' }).click();
  await expect(page.getByTestId('new-session-dialog')).toHaveCount(0);
  expect((await listed(request, workspace)).sessions).toBe(0);

  await page.getByTestId('new-session').click();
  await page.getByTestId('new-session-title').fill('Formation-action des élus');
  await page.getByTestId('new-session-date').fill('14/03/2026');
  await page.getByTestId('new-session-minutes').fill('0');
  await expect(page.getByTestId('confirm-new-session')).toBeDisabled();
  await page.getByTestId('new-session-minutes').fill('90');
  await expect(page.getByTestId('new-session-dialog')).toContainText('1 h 30');
  await page.getByTestId('confirm-new-session').click();

  await expect(page.getByTestId('session-heading')).toHaveText('Formation-action des élus');
  await expect(page.getByTestId('session-audience')).toBeFocused();
  await amel.waitUntilSynced();
  await expect(page.getByTestId('session-date')).toHaveValue('14/03/2026');
  await expect(page.getByTestId('session-target-minutes')).toHaveValue('90');
  await page.keyboard.type('Élus et cadres');
  await expect(page.getByTestId('session-audience')).toHaveValue('Élus et cadres');
  await expect.poll(async () => (await listed(request, workspace)).sessions).toBe(1);
});

test('units and sessions created blank through the API stay out of the workspace lists until someone writes in them', async ({ people, workspaces, request }) => {
  const workspace = await workspaces.create('Blank documents');
  await createUnit(request, workspace, {});
  await createUnit(request, workspace, { title: 'Une unité écrite' });
  await createSession(request, workspace, {});
  const amel = await people.arrive('Amel');
  await amel.openWorkspace(workspace.editPath);
  await expect(amel.page.getByTestId('unit-card')).toHaveCount(1);
  await expect(amel.page.getByTestId('unit-card')).toContainText('Une unité écrite');
  await expect(amel.page.getByTestId('sessions-empty')).toBeVisible();
  expect(await listed(request, workspace)).toEqual({ units: 1, sessions: 0 });
});
