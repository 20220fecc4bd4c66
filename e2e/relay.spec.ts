import type { APIRequestContext } from '@playwright/test';
import { expect, test, type TestWorkspace } from './support/fixtures.ts';
import { seriousViolations } from './support/axe.ts';
import { SessionComposerPage, createSession, sessionPath } from './support/SessionComposerPage.ts';
import { createUnit, unitOnServer } from './support/units.ts';

const paragraph = (text: string) => ({ type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text }] }] });

/** One REST call with the edit key; the answer's JSON. */
async function api(request: APIRequestContext, workspace: TestWorkspace, method: 'POST' | 'PUT', path: string, data: unknown, status: number): Promise<Record<string, unknown>> {
  const response = await request.fetch(`/api/w/${workspace.id}${path}`, { method, headers: { Authorization: `Bearer ${workspace.editKey}` }, data });
  expect(response.status(), await response.text()).toBe(status);
  return (await response.json()) as Record<string, unknown>;
}

// Three events, two people and a handful of REST calls: longer than one page's test.
test.setTimeout(180_000);

test('the third event’s session shows, per unit, what changed since Brest with the words marked, and the handover with its owners', async ({ people, workspaces, request }) => {
  const workspace = await workspaces.create('Relay');
  const communs = await createUnit(request, workspace, {
    title: 'Les communs expliqués',
    steps: [{ title: 'Exposé', kind: 'talk', minutes: 20 }],
    slides: [{ content: paragraph('Une ressource gérée par une communauté.'), notes: { type: 'doc', content: [] }, hidden: false }],
    nextSteps: [{ text: 'Ajouter un exemple breton' }],
  });
  const jeu = await createUnit(request, workspace, {
    title: 'Jeu de rôle du tiers-lieu',
    steps: [{ title: 'Mise en situation', kind: 'exercise', minutes: 25 }],
  });
  const brestId = await createSession(request, workspace, {
    title: 'Formation-action communs',
    place: 'Brest',
    date: '2026-03-14',
    items: [{ kind: 'unit', unitId: communs.id, mode: 'live' }, { kind: 'unit', unitId: jeu.id, mode: 'live' }],
    nextSteps: [{ text: 'Trouver une salle à Montpellier', owner: 'Simon', target: '2026-05-01' }],
  });

  // Amel marks the Brest session as delivered from its page.
  const amel = await SessionComposerPage.open(await people.arrive('Amel'), sessionPath(workspace.id, brestId, workspace.editKey));
  await amel.page.getByTestId('open-deliver').click();
  const dialog = amel.page.getByTestId('deliver-dialog');
  await expect(dialog.getByTestId('deliver-place')).toHaveValue('Brest');
  await dialog.getByTestId('deliver-participants').fill('14');
  await dialog.getByTestId('deliver-debrief').fill('Le jeu de rôle a bien marché.');
  await dialog.getByTestId('confirm-deliver').click();
  await expect(dialog).toBeHidden();
  await expect(amel.page.getByTestId('lineage-delivery')).toContainText('Brest');

  // Two units change after Brest; Simon names a version of the first.
  const communsNow = await unitOnServer(request, workspace, communs.id);
  const slides = communsNow.slides as { content: unknown }[];
  slides[0]!.content = paragraph('Une ressource gouvernée par une communauté ouverte.');
  await api(request, workspace, 'PUT', `/units/${communs.id}`, communsNow, 200);
  await api(request, workspace, 'POST', `/docs/${communs.id}/versions`, { label: 'Relu après Brest', author: 'Simon' }, 201);
  const jeuNow = await unitOnServer(request, workspace, jeu.id);
  (jeuNow.steps as { title: string }[])[0]!.title = 'Mise en situation en trois groupes';
  await api(request, workspace, 'PUT', `/units/${jeu.id}`, jeuNow, 200);

  // On the unit's page, Amel sees what changed since Brest and gives its next step an owner and a target.
  await amel.person.openWorkspace(communs.editPath);
  const unitSince = amel.page.getByTestId('unit-changes-since');
  await unitSince.getByTestId('show-changes-since').click();
  await expect(unitSince.locator('del')).toHaveText(['gérée']);
  await amel.page.getByTestId('next-step-owner').fill('Yann');
  await amel.page.getByTestId('next-step-target').fill('Montpellier');
  await expect.poll(async () => {
    const steps = (await unitOnServer(request, workspace, communs.id)).nextSteps as { owner?: string; target?: string }[];
    return [steps[0]?.owner, steps[0]?.target];
  }).toEqual(['Yann', 'Montpellier']);

  // Duplicated for Montpellier and delivered there; duplicated again for Lille.
  const montpellier = await api(request, workspace, 'POST', `/sessions/${brestId}/duplicate`, { date: '2026-06-02' }, 201);
  await api(request, workspace, 'POST', `/sessions/${String(montpellier.id)}/deliveries`, { place: 'Montpellier', date: '2026-06-02', author: 'Yann' }, 201);
  const lille = await api(request, workspace, 'POST', `/sessions/${String(montpellier.id)}/duplicate`, { date: '2026-11-20' }, 201);

  // Yann opens the Lille session: the chain reads Brest → Montpellier → Lille.
  const yann = await SessionComposerPage.open(await people.arrive('Yann'), sessionPath(workspace.id, String(lille.id), workspace.editKey));
  const relay = yann.page.getByTestId('session-relay');
  await expect(relay.getByTestId('lineage-session')).toHaveCount(3);
  await expect(relay.getByTestId('lineage-delivery')).toHaveText([/Brest/, /Montpellier/]);

  // What changed since Brest, per unit, words marked.
  const since = relay.getByTestId('since-delivery');
  const brestOption = since.locator('option', { hasText: 'Brest' });
  await since.selectOption(await brestOption.getAttribute('value') ?? '');
  await relay.getByTestId('show-changes-since').click();
  const communsChanges = relay.getByTestId('changes-since-doc').filter({ hasText: 'Les communs expliqués' });
  await expect(communsChanges.locator('[data-field="slides"] del')).toHaveText(['gérée']);
  await expect(communsChanges.locator('[data-field="slides"] ins')).toHaveText(['gouvernée', ' ouverte']);
  await expect(communsChanges.locator('[data-field="nextSteps"]')).toContainText('Yann');
  await expect(communsChanges.getByTestId('changes-by')).toContainText('Simon');
  const jeuChanges = relay.getByTestId('changes-since-doc').filter({ hasText: 'Jeu de rôle du tiers-lieu' });
  await expect(jeuChanges.locator('[data-field="steps"] ins')).toHaveText([' en trois groupes']);
  // The session itself, against the session Brest froze: moved from March to November.
  const sessionChanges = relay.getByTestId('changes-since-doc').filter({ hasText: 'This session' });
  await expect(sessionChanges.locator('[data-field="date"]')).toContainText('2026-03-14 → 2026-11-20');

  // The handover: the open next steps of the Brest session and of its units, with their owners.
  const handover = relay.getByTestId('handover-step');
  await expect(handover).toHaveCount(2);
  await expect(handover.filter({ hasText: 'Trouver une salle à Montpellier' }).getByTestId('handover-owner')).toHaveText('owner: Simon');
  await expect(handover.filter({ hasText: 'Ajouter un exemple breton' }).getByTestId('handover-owner')).toHaveText('owner: Yann');
  await expect(handover.filter({ hasText: 'Ajouter un exemple breton' })).toContainText('from the unit “Les communs expliqués”');

  // Ticking one says who did it, and the server keeps who and when.
  await handover.filter({ hasText: 'Trouver une salle' }).getByRole('checkbox').check();
  await expect(handover.filter({ hasText: 'Trouver une salle' })).toContainText('done by Yann');
  await expect.poll(async () => {
    const response = await request.get(`/api/w/${workspace.id}/sessions/${String(lille.id)}`, { headers: { Authorization: `Bearer ${workspace.editKey}` } });
    const { nextSteps } = (await response.json()) as { nextSteps: { text: string; done: boolean; doneBy?: string; doneAt?: string }[] };
    const ticked = nextSteps.find((s) => s.text.startsWith('Trouver une salle'));
    return [ticked?.done, ticked?.doneBy, typeof ticked?.doneAt];
  }).toEqual([true, 'Yann', 'string']);

  expect(await seriousViolations(yann.page, { include: '[data-testid="session-relay"]' })).toEqual([]);

  // The workspace's timeline lists the events in order.
  await yann.person.openWorkspace(workspace.editPath);
  await expect(yann.page.getByTestId('timeline-event')).toHaveText([/^Brest.*Jeu de rôle du tiers-lieu/s, /^Montpellier/]);
});
