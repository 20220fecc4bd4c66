import { readFileSync } from 'node:fs';
import path from 'node:path';
import { COMMUNS_TROIS_PILIERS } from '../server/src/demo/demoUnits.ts';
import { expect, test } from './support/fixtures.ts';
import { unitPath } from './support/units.ts';
import { UnitEditorPage } from './support/UnitEditorPage.ts';

// Credits are honest: reading a unit credits nobody, the first real change credits its author.
// On a demo unit whose first slide ends with a table, the shape an editor once "completed" on open.

interface SavedDemo { id: string; editKey: string }

function demoWorkspace(): SavedDemo {
  const dataDir = process.env.MINGA_E2E_DATA_DIR;
  if (!dataDir) throw new Error('MINGA_E2E_DATA_DIR is set by playwright.config.ts');
  return JSON.parse(readFileSync(path.join(dataDir, 'default-workspace.json'), 'utf8')) as SavedDemo;
}

test('opening a demo unit changes nothing and credits nobody; the first edit credits the person', async ({ people, request }) => {
  const demo = demoWorkspace();
  const headers = { Authorization: `Bearer ${demo.editKey}` };
  const list = (await (await request.get(`/api/w/${demo.id}/units`, { headers })).json()) as { units: { id: string; title: string }[] };
  const unit = list.units.find((u) => u.title === COMMUNS_TROIS_PILIERS.title);
  if (!unit) throw new Error(`the demo unit "${COMMUNS_TROIS_PILIERS.title}" is missing`);
  const onServer = async () => (await (await request.get(`/api/w/${demo.id}/units/${unit.id}`, { headers })).json()) as { contributors: { name: string }[] };
  const versions = async () => ((await (await request.get(`/api/w/${demo.id}/docs/${unit.id}/versions`, { headers })).json()) as { versions: unknown[] }).versions;
  const before = await onServer();
  const versionsBefore = await versions();

  const zoe = await people.arrive('Zoé');
  await zoe.page.goto(unitPath(demo.id, unit.id, demo.editKey));
  await zoe.introduceIfAsked();
  // A demo unit is the heaviest page there is (slides with tables and images): more time to sync.
  await expect(zoe.indicator).toHaveAttribute('data-status', 'connected', { timeout: 30_000 });
  const editor = new UnitEditorPage(zoe);
  // The slide's table is on screen: its editor is built, and anything it wrote is on its way.
  await expect(zoe.page.getByTestId('unit-editor').locator('table').first()).toBeVisible();
  await editor.waitUntilSaved();
  expect(await onServer()).toEqual(before);
  await expect(editor.contributors.locator('li[data-name="Zoé"]')).toHaveCount(0);
  expect(await versions()).toEqual(versionsBefore);

  await editor.typeAtEnd(editor.description, ' Avec Zoé.');
  await editor.waitUntilSaved();
  await expect(editor.contributors.locator('li[data-name="Zoé"]')).toHaveCount(1);
  await expect.poll(async () => (await onServer()).contributors.map((c) => c.name)).toContain('Zoé');
});
