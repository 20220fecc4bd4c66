import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { expect, test, type TestWorkspace } from './support/fixtures.ts';
import { seriousViolations } from './support/axe.ts';
import { createUnit, libraryTitles, unitOnServer } from './support/units.ts';

// A pad in the network's header standard, from the import package's own fixtures.
const PAD = readFileSync(new URL('../packages/import/fixtures/pads/cafe-reparation-1h.fr.txt', import.meta.url), 'utf8');
const PAD_TITLE = 'Atelier « Réparer ensemble : ouvrir un café-réparation de quartier » — version d\'une heure';

function libraryPath(workspace: TestWorkspace, key = workspace.editKey): string {
  return `/w/${encodeURIComponent(workspace.id)}/library?key=${encodeURIComponent(key)}`;
}

/** The unit id in a unit page's address. */
function unitIdOf(page: Page): string {
  return new URL(page.url()).pathname.split('/').pop() ?? '';
}

test('amel imports a pad, finds it typed without accents, adapts it and publishes the adaptation; yann reads it with no key until it is unpublished', async ({ people, workspaces, request }) => {
  const workspace = await workspaces.create('Library');
  const amel = await people.arrive('Amel');
  await amel.page.goto(libraryPath(workspace));
  await expect(amel.page.getByTestId('library-empty')).toBeVisible();

  // Paste the pad: the preview says what goes where, and nothing is created yet.
  await amel.page.getByTestId('open-import').click();
  const importDialog = amel.page.getByTestId('import-dialog');
  await importDialog.getByTestId('import-text').fill(PAD);
  await importDialog.getByTestId('import-preview-button').click();
  const preview = importDialog.getByTestId('import-preview');
  await expect(preview.getByTestId('import-preview-title')).toHaveText(PAD_TITLE);
  await expect(preview.getByTestId('import-preview-steps').locator('li')).toHaveCount(6);
  await expect(preview.getByTestId('import-preview-total')).toContainText('1 h');
  await expect(preview.getByTestId('import-preview-licence')).toHaveText('CC BY-SA 4.0');
  await expect(preview).toContainText('Claire');
  expect(await libraryTitles(request, workspace)).toEqual([]);

  await importDialog.getByTestId('import-create').click();
  await amel.page.waitForURL(/\/units\//);
  await amel.introduceIfAsked();
  await amel.waitUntilSynced();
  await expect(amel.page.getByTestId('unit-heading')).toHaveText(PAD_TITLE);
  const sourceId = unitIdOf(amel.page);

  // From the workspace page to the library; words typed without accents still find the unit.
  await amel.page.getByTestId('breadcrumb-workspace').click();
  await amel.page.getByTestId('open-library').click();
  const search = amel.page.getByTestId('library-search');
  await search.pressSequentially('introuvable');
  await expect(amel.page.getByTestId('library-no-match')).toBeVisible();
  await search.fill('');
  await search.pressSequentially('reparation');
  await expect(amel.page).toHaveURL(/[?&]q=reparation/);
  const card = amel.page.getByTestId('library-card');
  await expect(card).toHaveCount(1);
  await expect(card).toContainText('réparation');
  await expect(card.getByTestId('library-card-minutes')).toHaveText('1 h');

  // The hashtag facets count the units found; one press narrows to a hashtag.
  const facet = amel.page.locator('[data-testid="hashtag-facet"][data-tag="quartier"]');
  await expect(facet).toContainText('1');
  await facet.click();
  await expect(facet).toHaveAttribute('aria-pressed', 'true');
  await expect(amel.page).toHaveURL(/[?&]tag=quartier/);
  await expect(card).toHaveCount(1);

  // Adapt it: the dialog states the share-alike rule, then the new unit opens.
  await card.getByTestId('fork-unit').click();
  const forkDialog = amel.page.getByTestId('fork-dialog');
  await expect(forkDialog.getByTestId('licence-rule')).toContainText('CC BY-SA 4.0');
  await forkDialog.getByTestId('fork-title').fill('Le café-réparation de la médiathèque');
  await forkDialog.getByTestId('confirm-fork').click();
  await expect(amel.page.getByTestId('unit-heading')).toHaveText('Le café-réparation de la médiathèque');
  expect(unitIdOf(amel.page)).not.toBe(sourceId);
  await amel.waitUntilSynced();
  await expect(amel.page.getByTestId('lineage-source')).toHaveText(PAD_TITLE);

  // Publish the adaptation; its public link is shown to copy.
  const publication = amel.page.getByTestId('publish-toggle');
  await publication.getByTestId('publish').click();
  await expect(publication).toHaveAttribute('data-published', 'true');
  const publicLink = await publication.getByTestId('public-link').inputValue();
  expect(publicLink).toMatch(/\/c\/[A-Za-z0-9_-]+$/);

  // Yann has no key and no workspace: the public page shows the unit, its licence and credits.
  const yann = await people.arrive('Yann');
  await yann.page.goto(publicLink);
  await expect(yann.page.getByTestId('catalogue-title')).toHaveText('Le café-réparation de la médiathèque');
  await expect(yann.page.getByTestId('catalogue-licence')).toHaveText('CC BY-SA 4.0');
  await expect(yann.page.getByTestId('catalogue-contributors')).toContainText('Claire');
  await expect(yann.page.getByTestId('catalogue-total')).toContainText('1 h');
  await expect(yann.page.getByTestId('catalogue-fork-no-workspace')).toBeVisible();

  // Unpublished, once confirmed (the public link dies): gone at once.
  await publication.getByTestId('unpublish').click();
  await publication.getByTestId('confirm-unpublish').click();
  await expect(publication).toHaveAttribute('data-published', 'false');
  await yann.page.reload();
  await expect(yann.page.getByTestId('catalogue-gone')).toBeVisible();
});

test('an import that cannot be read says why, and creates nothing', async ({ people, workspaces, request }) => {
  const workspace = await workspaces.create('Import errors');
  const amel = await people.arrive('Amel');
  await amel.page.goto(libraryPath(workspace));
  await amel.page.getByTestId('open-import').click();
  const importDialog = amel.page.getByTestId('import-dialog');

  // A PDF is refused on this device, before anything is sent.
  await importDialog.getByTestId('import-file').setInputFiles({
    name: 'support.pdf',
    mimeType: 'application/pdf',
    buffer: Buffer.from('%PDF-1.7\n%\u00e2\u00e3\u00cf\u00d3\n1 0 obj\n', 'latin1'),
  });
  await expect(importDialog.getByTestId('import-error')).toHaveAttribute('data-code', 'binary');
  await expect(importDialog.getByTestId('import-error')).toContainText('support.pdf');

  // Broken unit JSON: the server's message says what and where.
  await importDialog.getByTestId('import-text').fill('{ "schemaVersion": 1, "title": "Atelier", }');
  await importDialog.getByTestId('import-preview-button').click();
  await expect(importDialog.getByTestId('import-error')).toHaveAttribute('data-code', 'invalid_import');
  await expect(importDialog.getByTestId('import-preview')).toHaveCount(0);
  expect(await libraryTitles(request, workspace)).toEqual([]);
});

test('with the view link, the library searches but offers neither import nor adaptation', async ({ people, workspaces }) => {
  const workspace = await workspaces.create('Library read-only');
  const yann = await people.arrive('Yann', { locale: 'fr-FR' });
  await yann.page.goto(libraryPath(workspace, workspace.viewKey));
  await expect(yann.page.getByTestId('library-empty')).toBeVisible();
  await expect(yann.page.getByTestId('open-import')).toHaveCount(0);
  await expect(yann.page.getByRole('searchbox', { name: 'Chercher une unité' })).toBeVisible();
});

test('the library and a public unit page have no serious accessibility problems', async ({ people, workspaces, request }) => {
  const workspace = await workspaces.create('Library a11y');
  const unit = await createUnit(request, workspace, {
    title: 'Les communs et les tiers-lieux',
    description: 'Ce qu\'est un commun.\nCe qu\'il crée pour un territoire.',
    hashtags: ['communs', 'tiers-lieux'],
    objectives: [{ text: 'Définir un commun' }],
    steps: [{ title: 'Accueil', kind: 'talk', minutes: 10 }, { title: 'Atelier', kind: 'workshop', minutes: 20 }],
    slides: [{ content: { type: 'doc', content: [{ type: 'heading', attrs: { level: 1 }, content: [{ type: 'text', text: 'Un commun' }] }, { type: 'paragraph', content: [{ type: 'text', text: 'Une ressource, une communauté, des règles.' }] }] } }],
    materials: [{ title: 'Schéma des communs', url: 'https://example.org/schema', licence: 'CC BY-SA 4.0' }],
    contributors: [{ name: 'Amel' }, { name: 'Claire' }],
  });
  const published = await request.put(`/api/w/${workspace.id}/units/${unit.id}/publication`, { headers: { Authorization: `Bearer ${workspace.editKey}` } });
  expect(published.status()).toBe(200);
  const { publicId } = (await published.json()) as { publicId: string };

  const amel = await people.arrive('Amel', { locale: 'fr-FR' });
  await amel.page.goto(libraryPath(workspace));
  await expect(amel.page.getByTestId('library-card')).toHaveCount(1);
  expect(await seriousViolations(amel.page)).toEqual([]);

  const yann = await people.arrive('Yann');
  await yann.page.goto(`/c/${publicId}`);
  await expect(yann.page.getByTestId('catalogue-title')).toHaveText('Les communs et les tiers-lieux');
  expect(await seriousViolations(yann.page)).toEqual([]);
});

test('the source changed since the fork: amel takes its new title, keeps her own timing, and the fork is up to date', async ({ people, workspaces, request }) => {
  const workspace = await workspaces.create('Upstream');
  const headers = { Authorization: `Bearer ${workspace.editKey}` };
  const source = await createUnit(request, workspace, {
    title: 'Les communs',
    objectives: [{ text: 'Définir un commun' }],
    steps: [{ title: 'Accueil', kind: 'talk', minutes: 10 }],
  });
  const forked = await request.post(`/api/w/${workspace.id}/units/${source.id}/fork`, { headers, data: { title: 'Les communs à Lille' } });
  expect(forked.status()).toBe(201);
  const forkId = ((await forked.json()) as { id: string }).id;

  // The fork retimes its step; the source is renamed, retimes the same step and gains an objective.
  type Editable = { title: string; steps: { minutes: number }[]; objectives: { id: string; text: string }[] };
  const edit = async (id: string, change: (unit: Editable) => void) => {
    const unit = (await unitOnServer(request, workspace, id)) as unknown as Editable;
    change(unit);
    const response = await request.put(`/api/w/${workspace.id}/units/${id}`, { headers, data: unit });
    expect(response.status(), await response.text()).toBe(200);
  };
  await edit(forkId, (unit) => {
    unit.steps[0]!.minutes = 15;
  });
  await edit(source.id, (unit) => {
    unit.title = 'Les communs, deuxième version';
    unit.steps[0]!.minutes = 20;
    unit.objectives.push({ id: 'obj-valeur', text: 'Citer la valeur créée par un commun' });
  });

  const amel = await people.arrive('Amel');
  await amel.openWorkspace(`/w/${workspace.id}/units/${forkId}?key=${workspace.editKey}`);
  const changes = amel.page.getByTestId('upstream-changes');
  await expect(changes).toHaveAttribute('data-state', 'changed');
  const field = (name: string) => changes.locator(`[data-testid="upstream-field"][data-field="${name}"]`);
  await expect(field('title')).toContainText('Les communs, deuxième version');
  await expect(field('objectives')).toContainText('Citer la valeur créée par un commun');
  await expect(field('steps')).toContainText('15 min');
  await expect(field('steps')).toContainText('20 min');

  await field('title').getByTestId('take-change').check();
  await field('objectives').getByTestId('take-change').check();
  await field('steps').getByTestId('keep-mine').check();
  await changes.getByTestId('apply-upstream').click();
  await expect(changes).toHaveAttribute('data-state', 'current');
  await expect(amel.page.getByTestId('unit-heading')).toHaveText('Les communs, deuxième version');

  const fork = await unitOnServer(request, workspace, forkId);
  expect(fork.title).toBe('Les communs, deuxième version');
  expect((fork.objectives as { text: string }[]).map((o) => o.text)).toEqual(['Définir un commun', 'Citer la valeur créée par un commun']);
  expect((fork.steps as { minutes: number }[])[0]?.minutes).toBe(15);
});

test('a no-derivatives unit cannot be adapted: the dialog says why and offers no fork', async ({ people, workspaces, request }) => {
  const workspace = await workspaces.create('No derivatives');
  await createUnit(request, workspace, { title: 'Jeu de cartes des communs', licence: 'CC-BY-ND-4.0' });
  const amel = await people.arrive('Amel');
  await amel.page.goto(libraryPath(workspace));
  await amel.page.getByTestId('library-card').getByTestId('fork-unit').click();
  const dialog = amel.page.getByTestId('fork-dialog');
  await expect(dialog.getByTestId('licence-rule')).toHaveAttribute('data-no-derivatives', 'true');
  await expect(dialog.getByTestId('licence-rule')).toContainText('CC BY-ND 4.0');
  await expect(dialog.getByTestId('confirm-fork')).toHaveCount(0);
});

test('yann forks a published unit into the workspace he opened on this device, and the new unit says where it comes from', async ({ people, workspaces, request }) => {
  const origin = await workspaces.create('Lille');
  const unit = await createUnit(request, origin, { title: 'Les communs numériques', contributors: [{ name: 'Amel' }] });
  const published = await request.put(`/api/w/${origin.id}/units/${unit.id}/publication`, { headers: { Authorization: `Bearer ${origin.editKey}` } });
  const { publicId } = (await published.json()) as { publicId: string };

  const target = await workspaces.create('Montpellier');
  const yann = await people.arrive('Yann');
  await yann.openWorkspace(target.editPath);
  await yann.page.goto(`/c/${publicId}`);
  const fork = yann.page.getByTestId('catalogue-fork');
  await expect(fork.getByTestId('catalogue-fork-workspace')).toHaveValue(target.id);
  await fork.getByTestId('catalogue-fork-button').click();
  await expect(yann.page.getByTestId('unit-heading')).toHaveText('Les communs numériques');
  expect(new URL(yann.page.url()).pathname).toContain(`/w/${target.id}/units/`);
  await expect(yann.page.getByTestId('lineage-source')).toHaveAttribute('href', `/c/${publicId}`);
  await expect(yann.page.getByTestId('contributors')).toContainText('Amel');
});

test('what an import guessed or left out is said in the interface’s language, with the pad’s own words', async ({ people, workspaces }) => {
  const workspace = await workspaces.create('Import warnings');
  const claire = await people.arrive('Claire', { locale: 'fr-FR' });
  await claire.page.goto(libraryPath(workspace));
  await claire.page.getByTestId('open-import').click();
  const importDialog = claire.page.getByTestId('import-dialog');
  await importDialog.getByTestId('import-text').fill('Titre : Atelier communs\nHashtags : #communs\nLicence : Licence maison\n');
  await importDialog.getByTestId('import-preview-button').click();
  await expect(importDialog.locator('[data-code="licence_unknown"]')).toHaveText(
    'ligne 3 : La licence « Licence maison » n’est pas possible pour une unité (Creative Commons 4.0 ou CC0) : CC BY-SA 4.0 a été choisie, vérifiez-la.',
  );
});
