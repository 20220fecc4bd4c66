import { readFileSync } from 'node:fs';
import { expect, test, type TestWorkspace } from './support/fixtures.ts';
import { seriousViolations } from './support/axe.ts';
import { createPresentableSession, followPath, presentPath } from './support/presenting.ts';
import { sessionPath } from './support/SessionComposerPage.ts';
import { createUnit } from './support/units.ts';

// Every page of the app is checked with axe-core in some spec (serious and critical WCAG 2.1 A/AA
// problems): home, workspace, first visit, wrong link and not found here; unit and slides in
// unit-editor and slides; library and public unit in library; session and run-sheet in composer
// and here; projector, speaker view and follow page in present and here; the catalogue and the
// dialogs here.

// axe walks whole pages (the session page now carries its relay and comment panels): on two cores
// shared with a second worker one scan can take ten seconds, so each test gets room for several.
test.describe.configure({ timeout: 90_000 });

const PAD = readFileSync(new URL('../packages/import/fixtures/pads/cafe-reparation-1h.fr.txt', import.meta.url), 'utf8');

const libraryPath = (workspace: TestWorkspace) => `/w/${encodeURIComponent(workspace.id)}/library?key=${encodeURIComponent(workspace.editKey)}`;
const runSheetPath = (workspace: TestWorkspace, sessionId: string) =>
  `/w/${encodeURIComponent(workspace.id)}/sessions/${encodeURIComponent(sessionId)}/run-sheet?key=${encodeURIComponent(workspace.editKey)}`;

test('the home page and the workspace page have no serious accessibility problems', async ({ people, workspaces }) => {
  const workspace = await workspaces.create('Accessibility');
  const amel = await people.arrive('Amel');

  await amel.page.goto('/');
  await expect(amel.page.getByRole('heading', { level: 1 })).toBeVisible();
  expect(await seriousViolations(amel.page)).toEqual([]);

  await amel.openWorkspace(workspace.editPath);
  await amel.write('Accessible à toutes et tous.');
  expect(await seriousViolations(amel.page)).toEqual([]);

  const yann = await people.arrive('Yann', { locale: 'fr-FR' });
  await yann.openWorkspace(workspace.viewPath);
  expect(await seriousViolations(yann.page)).toEqual([]);
});

test('the first visit’s name form, a wrong link and an unknown address have no serious accessibility problems, in French and in English', async ({ people, workspaces }) => {
  const workspace = await workspaces.create('Accessibility errors');
  for (const locale of ['fr-FR', 'en-US']) {
    const claire = await people.arrive('Claire', { locale });
    await claire.page.goto(workspace.editPath);
    await expect(claire.page.getByTestId('identity-form')).toBeVisible();
    expect(await seriousViolations(claire.page), `first visit, ${locale}`).toEqual([]);

    await claire.page.goto(`/w/${encodeURIComponent(workspace.id)}?key=not-the-key`);
    await expect(claire.page.getByRole('alert')).toBeVisible();
    expect(await seriousViolations(claire.page), `wrong key, ${locale}`).toEqual([]);

    await claire.page.goto('/nowhere/at-all');
    await expect(claire.page.getByRole('heading', { level: 1 })).toBeVisible();
    expect(await seriousViolations(claire.page), `not found, ${locale}`).toEqual([]);
  }
});

test('the catalogue has no serious accessibility problems, in French and in English', async ({ people, workspaces, request }) => {
  const workspace = await workspaces.create('Accessibility catalogue');
  const unit = await createUnit(request, workspace, {
    title: 'Les communs, en bref',
    description: 'Une ressource, une communauté, des règles.',
    hashtags: ['communs'],
    steps: [{ title: 'Exposé', kind: 'talk', minutes: 15 }],
    contributors: [{ name: 'Amel' }],
  });
  const published = await request.put(`/api/w/${workspace.id}/units/${unit.id}/publication`, { headers: { Authorization: `Bearer ${workspace.editKey}` } });
  expect(published.status()).toBe(200);

  for (const locale of ['fr-FR', 'en-US']) {
    const yann = await people.arrive('Yann', { locale });
    await yann.page.goto('/catalogue');
    await expect(yann.page.getByTestId('catalogue-card').filter({ hasText: 'Les communs, en bref' })).toBeVisible();
    expect(await seriousViolations(yann.page), locale).toEqual([]);
  }
});

test('the session page and its run-sheet, whole, have no serious accessibility problems, in English and in French', async ({ people, workspaces, request }) => {
  const workspace = await workspaces.create('Accessibility session');
  const session = await createPresentableSession(request, workspace);
  for (const locale of ['en-US', 'fr-FR']) {
    const amel = await people.arrive('Amel', { locale });
    await amel.openWorkspace(sessionPath(workspace.id, session.id, workspace.editKey));
    await expect(amel.page.getByTestId('session-item')).toHaveCount(4);
    await expect(amel.page.getByTestId('library-status')).toHaveAttribute('data-status', 'ready');
    expect(await seriousViolations(amel.page), `session, ${locale}`).toEqual([]);

    await amel.page.goto(runSheetPath(workspace, session.id));
    await expect(amel.page.getByTestId('run-sheet-item')).toHaveCount(4);
    expect(await seriousViolations(amel.page), `run-sheet, ${locale}`).toEqual([]);
  }
});

test('the projector and the speaker view in English, and the follow page in French, have no serious accessibility problems', async ({ people, workspaces, request }) => {
  const workspace = await workspaces.create('Accessibility present');
  const session = await createPresentableSession(request, workspace);
  const amel = await people.arrive('Amel');
  await amel.page.goto(presentPath(workspace.id, session.id, workspace.editKey));
  await expect(amel.page.getByTestId('present-deck')).toHaveAttribute('data-ready', 'true');
  expect(await seriousViolations(amel.page)).toEqual([]);
  await amel.page.goto(presentPath(workspace.id, session.id, workspace.editKey, { speaker: true, slide: 4 }));
  await expect(amel.page.getByTestId('speaker-current')).toHaveAttribute('data-ready', 'true');
  expect(await seriousViolations(amel.page)).toEqual([]);

  const yann = await people.arrive('Yann', { locale: 'fr-FR' });
  await yann.page.goto(followPath(workspace.id, session.id, workspace.viewKey));
  await expect(yann.page.getByTestId('follow-deck')).toHaveAttribute('data-ready', 'true');
  expect(await seriousViolations(yann.page)).toEqual([]);
});

test('open dialogs have no serious accessibility problems: deleting a session, changing the keys, importing, adapting and deleting a unit', async ({ people, workspaces, request }) => {
  test.setTimeout(60_000);
  const workspace = await workspaces.create('Accessibility dialogs');
  const unit = await createUnit(request, workspace, { title: 'Une unité', steps: [{ title: 'Exposé', kind: 'talk', minutes: 10 }] });
  await createPresentableSession(request, workspace);
  const amel = await people.arrive('Amel', { locale: 'fr-FR' });
  const page = amel.page;

  await amel.openWorkspace(workspace.editPath);
  await page.getByTestId('delete-session').click();
  await expect(page.getByTestId('delete-session-dialog')).toBeVisible();
  expect(await seriousViolations(page), 'delete session').toEqual([]);
  await page.keyboard.press('Escape');
  await page.getByRole('button', { name: 'Changer les clés…' }).click();
  await expect(page.getByRole('dialog')).toBeVisible();
  expect(await seriousViolations(page), 'rotate keys').toEqual([]);
  await page.keyboard.press('Escape');

  await page.goto(libraryPath(workspace));
  await page.getByTestId('open-import').click();
  const importDialog = page.getByTestId('import-dialog');
  await expect(importDialog).toBeVisible();
  expect(await seriousViolations(page), 'import').toEqual([]);
  await importDialog.getByTestId('import-text').fill(PAD);
  await importDialog.getByTestId('import-preview-button').click();
  await expect(importDialog.getByTestId('import-preview')).toBeVisible();
  expect(await seriousViolations(page), 'import preview').toEqual([]);
  await page.keyboard.press('Escape');

  await page.goto(unit.editPath);
  await expect(page.getByTestId('unit-editor')).toBeVisible();
  await page.getByTestId('adapt-unit').click();
  await expect(page.getByTestId('fork-dialog')).toBeVisible();
  expect(await seriousViolations(page), 'adapt').toEqual([]);
  await page.keyboard.press('Escape');
  await page.getByTestId('delete-unit').click();
  await expect(page.getByTestId('delete-unit-dialog')).toBeVisible();
  expect(await seriousViolations(page), 'delete unit').toEqual([]);
});
