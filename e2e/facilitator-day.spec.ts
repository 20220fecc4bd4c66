import type { Page } from '@playwright/test';
import { seriousViolations } from './support/axe.ts';
import { expect, test } from './support/fixtures.ts';
import type { Person } from './support/Person.ts';
import { createPresentableSession, presentPath } from './support/presenting.ts';
import { createSession, sessionPath, SessionComposerPage } from './support/SessionComposerPage.ts';
import { UnitEditorPage } from './support/UnitEditorPage.ts';
import { createUnit } from './support/units.ts';

// A facilitator's day without friction: an American browser with Minga in French, the promotional
// sheet that says how it holds the text, a unit page with a quiet console, a deck that speaks French.

test.setTimeout(120_000);

/** Switches the interface to French with its FR/EN switch (the browser stays en-US). */
async function inFrench(person: Person): Promise<void> {
  await person.page.getByTestId('language-fr').click();
  await expect(person.page.locator('html')).toHaveAttribute('lang', 'fr');
}

/** Failed requests and console errors the page logs from now on. */
function collectProblems(page: Page): string[] {
  const problems: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console: ${message.text()}`);
  });
  page.on('response', (response) => {
    if (response.status() >= 400) problems.push(`${response.status()} ${new URL(response.url()).pathname}`);
  });
  return problems;
}

test('in an en-US browser, a French interface types and shows dates as jj/mm/aaaa and times on 24 hours', async ({ people, workspaces, request }) => {
  const workspace = await workspaces.create('Dates');
  const id = await createSession(request, workspace, { title: 'Les communs à Lille' });
  const amel = await people.arrive('Amel', { locale: 'en-US' });
  const composer = await SessionComposerPage.open(amel, sessionPath(workspace.id, id, workspace.editKey));
  await inFrench(amel);
  const page = composer.page;

  const date = page.getByTestId('session-date');
  await expect(date).toHaveAttribute('placeholder', 'jj/mm/aaaa');
  await date.fill('14/03/2025');
  await expect(page.getByTestId('session-date-long')).toHaveText('vendredi 14 mars 2025');
  const start = page.getByTestId('session-start-time');
  await start.fill('14:30');
  await start.blur();
  await expect(start).toHaveValue('14:30');

  // What is no date is said, and nothing is saved from it.
  await date.fill('03/14/2025');
  await expect(page.getByTestId('session-date-invalid')).toHaveText('Ce n’est pas une date : écrivez-la jj/mm/aaaa.');
  await expect(page.getByTestId('session-date-long')).toHaveText('vendredi 14 mars 2025');
  await date.fill('14/03/2025');
  await date.blur();

  // Back in English the same session reads the American way; a reload keeps it all.
  await page.getByTestId('language-en').click();
  await expect(date).toHaveValue('03/14/2025');
  await expect(start).toHaveValue('2:30 PM');
  await page.getByTestId('language-fr').click();
  await amel.reload();
  await expect(page.getByTestId('session-date')).toHaveValue('14/03/2025');
  await expect(page.getByTestId('session-start-time')).toHaveValue('14:30');
  expect(await seriousViolations(page, { include: 'section[data-testid="session-details"]' })).toEqual([]);
});

test('the session page says how the promotional sheet will hold a long invitation, before any export', async ({ people, workspaces, request }) => {
  const workspace = await workspaces.create('Feuille');
  const id = await createSession(request, workspace, { title: 'Les communs pour les décideurs', objectives: [{ text: 'Comprendre ce qu’est un commun' }] });
  const amel = await people.arrive('Amel', { locale: 'fr-FR' });
  const composer = await SessionComposerPage.open(amel, sessionPath(workspace.id, id, workspace.editKey));
  const page = composer.page;
  // The section and its text box share a test id: the box is the textarea.
  const promotion = page.locator('textarea[data-testid="session-promotion"]');
  const fit = page.locator('section[data-testid="session-promotion"]').getByTestId('promo-sheet-fit');

  const invitation = 'Élu, agent public ou chef d’entreprise, vous vous servez déjà de communs, parfois sans le savoir. ';
  await promotion.fill(invitation.repeat(5));
  await expect(fit).toHaveCount(0);
  await promotion.fill(invitation.repeat(30));
  await expect(fit).toHaveText('La feuille de présentation prend un caractère plus petit et peut passer sur une deuxième page, pour tout garder.');
  // The box grows with the text: nothing hides behind a scroll bar.
  expect(await promotion.evaluate((area) => area.scrollHeight - area.clientHeight)).toBeLessThanOrEqual(1);

  // Forty long objectives and the longest invitation do not hold on two pages: the page names what goes.
  const objectives = Array.from({ length: 40 }, (_, i) => ({ text: `Objectif ${i + 1} : ${invitation.repeat(3)}`.slice(0, 290) }));
  const crowded = await createSession(request, workspace, { title: 'Trop plein', objectives, promotionalDescription: invitation.repeat(50) });
  await SessionComposerPage.open(amel, sessionPath(workspace.id, crowded, workspace.editKey));
  await expect(fit).toContainText('Trop long pour les deux pages de la feuille de présentation : elle raccourcira la description et les objectifs (');
  await expect(page.getByTestId('session-present').getByTestId('promo-sheet-fit')).toHaveClass(/notice--warning/);
});

test('a unit page that is no fork logs no 404 and no error, its description box shows every line and says one thing at a time', async ({ people, workspaces, request }) => {
  const workspace = await workspaces.create('Console');
  const unit = await createUnit(request, workspace, { title: 'Les communs '.repeat(16).trim(), description: '' });
  const amel = await people.arrive('Amel', { locale: 'fr-FR' });
  const problems = collectProblems(amel.page);
  const editor = await UnitEditorPage.open(amel, unit.editPath);
  await expect(amel.page.getByTestId('unit-library-panel')).toBeVisible();

  await editor.typeAtEnd(editor.description, 'Une première ligne qui parle des communs et de la manière dont on les fait vivre.\nUne deuxième.\nUne troisième ligne, assez longue pour passer à la ligne dans la boîte à la largeur d’un écran.');
  await expect(amel.page.getByTestId('description-lines')).toHaveText('3/3 lignes');
  expect(await editor.description.evaluate((area) => area.scrollHeight - area.clientHeight)).toBeLessThanOrEqual(1);
  await editor.typeAtEnd(editor.description, '\nQuatre, de trop.');
  await expect(amel.page.getByTestId('description-lines')).toHaveText('4/3 lignes : resserrez la description.');

  // A long title takes its own row above the buttons instead of a narrow column beside them.
  const heading = amel.page.getByTestId('unit-heading');
  const headingBox = await heading.boundingBox();
  const actionsBox = await amel.page.getByTestId('doc-page-header').locator('.unit-header__actions').boundingBox();
  expect(headingBox && actionsBox && actionsBox.y >= headingBox.y + headingBox.height - 1).toBe(true);
  expect(headingBox!.width).toBeGreaterThan(600);

  await editor.waitUntilSaved();
  expect(problems).toEqual([]);
  expect(await seriousViolations(amel.page)).toEqual([]);
});

test('a French deck’s own controls speak French on the projector', async ({ people, workspaces, request }) => {
  const workspace = await workspaces.create('Projecteur');
  const session = await createPresentableSession(request, workspace);
  const amel = await people.arrive('Amel', { locale: 'fr-FR' });
  await amel.page.goto(presentPath(workspace.id, session.id, workspace.editKey));
  const deck = amel.page.getByTestId('present-deck');
  await expect(deck).toHaveAttribute('data-ready', 'true');
  await expect(deck.locator('.controls .navigate-right')).toHaveAttribute('aria-label', 'diapositive suivante');
  await expect(deck.locator('.controls .navigate-left')).toHaveAttribute('aria-label', 'diapositive précédente');
  // The progress bar is a plain div for reveal.js: a label on it would be an ARIA error (axe), so it has none.
  await expect(deck.locator('.progress')).not.toHaveAttribute('aria-label');

  // The speaker view's look menu shows its chosen option whole, on a laptop and on a phone.
  await amel.page.goto(presentPath(workspace.id, session.id, workspace.editKey, { speaker: true }));
  const look = amel.page.getByTestId('theme-picker');
  await expect(look).toHaveValue('minga');
  for (const viewport of [{ width: 1280, height: 800 }, { width: 390, height: 844 }]) {
    await amel.page.setViewportSize(viewport);
    // The option's text, in the select's font, against the room the select gives it (less its arrow).
    const [needed, room] = await look.evaluate((select: HTMLSelectElement) => {
      const probe = document.createElement('span');
      probe.style.font = getComputedStyle(select).font;
      probe.style.whiteSpace = 'pre';
      probe.textContent = select.selectedOptions[0]?.textContent ?? '';
      document.body.append(probe);
      const width = probe.getBoundingClientRect().width;
      probe.remove();
      const style = getComputedStyle(select);
      return [width, select.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight) - 16];
    });
    expect(needed, `at ${viewport.width} px`).toBeLessThanOrEqual(room);
  }
});
