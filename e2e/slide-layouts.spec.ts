import type { APIRequestContext } from '@playwright/test';
import { expect, test, type TestWorkspace } from './support/fixtures.ts';
import { createUnit, unitOnServer, type TestUnit } from './support/units.ts';

interface Node { type: string; attrs?: { level?: number }; content?: Node[]; text?: string }

/** Each slide's blocks as the server holds them: type, heading level, text. */
async function slideBlocks(request: APIRequestContext, workspace: TestWorkspace, unit: TestUnit): Promise<string[][]> {
  const slides = (await unitOnServer(request, workspace, unit.id)).slides as { content: Node }[];
  const text = (node: Node): string => node.text ?? (node.content ?? []).map(text).join('|');
  return slides.map((slide) => (slide.content.content ?? []).map((block) => `${block.type}${block.attrs?.level ?? ''}:${text(block)}`));
}

test('a new slide starts with a title and a body, layouts give two columns or a section title, and the deck shows them', async ({ people, workspaces, request }) => {
  const workspace = await workspaces.create('Slide layouts');
  const unit = await createUnit(request, workspace, { title: 'Les communs, pourquoi ?' });
  const amel = await people.arrive('Amel', { locale: 'fr-FR' });
  await amel.openWorkspace(unit.editPath);
  const page = amel.page;
  const slide = (index: number) => page.getByTestId('slide').nth(index);

  // The first line typed is the slide's title; Enter goes on in its body.
  await page.getByTestId('slide-add').click();
  await expect(slide(0).getByTestId('slide-content')).toBeFocused();
  await expect(slide(0).locator('h2')).toHaveAttribute('data-placeholder', 'Titre de la diapositive');
  await page.keyboard.type('Un commun, c’est quoi ?');
  await page.keyboard.press('Enter');
  await page.keyboard.type('Une ressource, une communauté, des règles.');
  await expect.poll(() => slideBlocks(request, workspace, unit)).toEqual([
    ['heading2:Un commun, c’est quoi ?', 'paragraph:Une ressource, une communauté, des règles.'],
  ]);

  // Title and two columns: the title, then two cells side by side.
  await page.getByTestId('slide-add').click();
  await slide(1).getByTestId('toolbar-layout-twoColumns').click();
  await page.keyboard.type('Avant, après');
  await slide(1).locator('td').first().click();
  await page.keyboard.type('Un pad perdu');
  await slide(1).locator('td').nth(1).click();
  await page.keyboard.type('Une unité retrouvée');
  // A section title: one big heading.
  await page.getByTestId('slide-add').click();
  await slide(2).getByTestId('toolbar-layout-section').click();
  await page.keyboard.type('Deuxième partie');
  // No empty paragraph is added after a last table or heading: opening a slide must write nothing.
  await expect.poll(async () => (await slideBlocks(request, workspace, unit)).slice(1)).toEqual([
    ['heading2:Avant, après', 'table:Un pad perdu|Une unité retrouvée'],
    ['heading1:Deuxième partie'],
  ]);

  // The offline deck renders them as written: titles as headings, the columns as one row.
  const deck = await request.get(`/api/w/${workspace.id}/units/${unit.id}/export?format=html`, { headers: { Authorization: `Bearer ${workspace.editKey}` } });
  expect(deck.status()).toBe(200);
  const html = await deck.text();
  expect(html).toContain('<h2>Un commun, c’est quoi ?</h2>');
  expect(html).toMatch(/<td[^>]*>(<p>)?Un pad perdu(<\/p>)?<\/td>\s*<td[^>]*>(<p>)?Une unité retrouvée/);
  expect(html).toContain('<h1>Deuxième partie</h1>');
});

test('a new step takes the minutes asked beside its button, not a made-up duration', async ({ people, workspaces, request }) => {
  const workspace = await workspaces.create('Step minutes');
  const unit = await createUnit(request, workspace, { title: 'Débat mouvant' });
  const amel = await people.arrive('Amel');
  await amel.openWorkspace(unit.editPath);
  const page = amel.page;

  await page.getByTestId('new-step-minutes').fill('25');
  await page.getByTestId('add-step').click();
  await expect(page.getByTestId('step-title')).toBeFocused();
  await expect(page.getByTestId('step-minutes')).toHaveValue('25');
  await expect(page.getByTestId('new-step-minutes')).toHaveValue('');
  await expect(page.getByTestId('total-minutes')).toContainText('25');
  await page.getByTestId('new-step-minutes').fill('700');
  await expect(page.getByTestId('add-step')).toBeDisabled();
  await expect.poll(async () => ((await unitOnServer(request, workspace, unit.id)).steps as { minutes: number }[]).map((s) => s.minutes)).toEqual([25]);
});
