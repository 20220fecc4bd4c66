import { expect, test } from './support/fixtures.ts';
import { UnitEditorPage } from './support/UnitEditorPage.ts';
import { createUnit, unitOnServer } from './support/units.ts';

const heading = (text: string) => ({ type: 'doc', content: [{ type: 'heading', attrs: { level: 1 }, content: [{ type: 'text', text }] }] });

test('a slide linked to a step by one person is linked for the other, and the exported deck times it with that step', async ({ people, request, workspaces }) => {
  const workspace = await workspaces.create('Slide steps');
  const unit = await createUnit(request, workspace, {
    title: 'Les communs',
    steps: [
      { id: 'accueil', title: 'Accueil', kind: 'talk', minutes: 5 },
      { id: 'debat', title: 'Débat', kind: 'discussion', minutes: 20 },
      { id: 'bilan', title: 'Bilan', kind: 'other', minutes: 5 },
    ],
    slides: [
      { content: heading('Bienvenue'), notes: { type: 'doc', content: [] } },
      { content: heading('Qu’en pensez-vous ?'), notes: { type: 'doc', content: [] } },
    ],
  });
  const amel = await people.arrive('Amel', { locale: 'fr-FR' });
  const yann = await people.arrive('Yann');
  const amelPage = await UnitEditorPage.open(amel, unit.editPath);
  await UnitEditorPage.open(yann, unit.editPath);

  const second = (page: typeof amel.page) => page.getByTestId('slide').nth(1).getByTestId('slide-step');
  await expect(second(amel.page)).toHaveValue('');
  await expect(second(amel.page).locator('option')).toHaveText(['Automatique (réparties dans l’ordre)', '1. Accueil (5 min)', '2. Débat (20 min)', '3. Bilan (5 min)']);
  await second(amel.page).selectOption({ label: '2. Débat (20 min)' });

  await expect(second(yann.page)).toHaveValue('debat');
  await amelPage.waitUntilSaved();
  await expect.poll(async () => ((await unitOnServer(request, workspace, unit.id)).slides as { stepId?: string }[]).map((s) => s.stepId ?? null)).toEqual([null, 'debat']);

  // The first slide keeps the step before the linked one; the last step rides with the linked slide.
  const deck = await (await request.get(`/api/w/${workspace.id}/units/${unit.id}/export?format=html`, { headers: { Authorization: `Bearer ${workspace.viewKey}` } })).text();
  const steps = [...deck.matchAll(/class="minga-slide-content[^"]*"[^>]*data-minga-steps="([^"]*)"/g)].map((m) => m[1]);
  expect(steps).toEqual(['accueil', 'debat bilan']);

  // Back to automatic: the slides are spread over the steps again.
  await second(yann.page).selectOption('');
  await expect(second(amel.page)).toHaveValue('');
});
