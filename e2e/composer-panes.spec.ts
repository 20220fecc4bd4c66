import type { Locator, Page } from '@playwright/test';
import { seriousViolations } from './support/axe.ts';
import { expect, test } from './support/fixtures.ts';
import { createSession, createTimedUnit, sessionPath, SessionComposerPage } from './support/SessionComposerPage.ts';
import { libraryTitles } from './support/units.ts';

// The composer on a laptop: the programme and the library side by side, each scrolling on its own,
// the session's details folded away once written; a unit added shows where it landed.

test.setTimeout(180_000);

/** Whether the element's box lies wholly inside the window. */
async function insideWindow(page: Page, element: Locator): Promise<boolean> {
  const box = await element.boundingBox();
  const viewport = page.viewportSize();
  if (!box || !viewport) return false;
  return box.x >= 0 && box.y >= 0 && box.x + box.width <= viewport.width + 0.5 && box.y + box.height <= viewport.height + 0.5;
}

/**
 * Records the items highlighted as just added, by their index in the programme at that moment: the
 * highlight lasts a moment, which a busy test machine may spend before it looks.
 */
async function watchHighlights(page: Page): Promise<() => Promise<number[]>> {
  await page.evaluate(() => {
    const seen: number[] = [];
    (window as unknown as { highlighted: number[] }).highlighted = seen;
    new MutationObserver((records) => {
      for (const record of records) {
        const row = record.target as HTMLElement;
        if (row.dataset.justAdded) seen.push(Array.from(row.parentElement?.children ?? []).indexOf(row));
      }
    }).observe(document.body, { attributes: true, subtree: true, attributeFilter: ['data-just-added'] });
  });
  return () => page.evaluate(() => [...(window as unknown as { highlighted: number[] }).highlighted]);
}

/** A written session of seven items, longer than a laptop's screen, and two more units in the library. */
async function writtenSession(request: Parameters<typeof createSession>[0], workspace: Parameters<typeof createSession>[1]): Promise<string> {
  const opening = await createTimedUnit(request, workspace, 'Ouverture : les communs en trois exemples', 20);
  const debate = await createTimedUnit(request, workspace, 'Débat entre élus et habitants', 15);
  const role = await createTimedUnit(request, workspace, 'Jeu de rôle du tiers-lieu', 15);
  await createTimedUnit(request, workspace, 'Cartographie des communs du quartier', 10);
  await createTimedUnit(request, workspace, 'Clôture et étapes suivantes', 10);
  await expect.poll(async () => (await libraryTitles(request, workspace)).length).toBe(5);
  return createSession(request, workspace, {
    title: 'Les communs pour les décideurs',
    date: '2026-03-14',
    startTime: '09:30',
    place: 'Tiers-lieu de Fives, Lille',
    audience: 'Élus et cadres',
    targetMinutes: 120,
    promotionalDescription: 'Élu, agent public ou chef d’entreprise, vous vous servez déjà de communs.',
    items: [
      { kind: 'welcome', title: 'Accueil café', minutes: 10 },
      { kind: 'unit', unitId: opening },
      { kind: 'unit', unitId: debate },
      { kind: 'break', title: '', minutes: 10 },
      { kind: 'unit', unitId: role },
      { kind: 'questions', title: '', minutes: 10 },
      { kind: 'evaluation', title: '', minutes: 5 },
    ],
  });
}

test('on a 1280×800 laptop the programme and the library fit the screen side by side, and an added unit is shown where it lands', async ({ people, workspaces, request }) => {
  const workspace = await workspaces.create('Deux volets');
  const id = await writtenSession(request, workspace);
  const person = await people.arrive('Amel', { locale: 'fr-FR' });
  await person.page.setViewportSize({ width: 1280, height: 800 });
  const amel = await SessionComposerPage.open(person, sessionPath(workspace.id, id, workspace.editKey));
  const page = amel.page;
  await expect(amel.items).toHaveCount(7);
  await expect(amel.library.getByTestId('library-status')).toHaveAttribute('data-status', 'ready');

  // The page itself does not scroll: the two panes do, each on its own.
  expect(await page.evaluate(() => document.scrollingElement!.scrollHeight - window.innerHeight)).toBeLessThanOrEqual(1);
  const programme = page.getByTestId('programme-pane');
  const libraryPane = page.getByTestId('library-pane');
  expect(await insideWindow(page, programme)).toBe(true);
  expect(await insideWindow(page, libraryPane)).toBe(true);
  expect(await insideWindow(page, amel.library.getByTestId('library-search'))).toBe(true);
  expect(await programme.evaluate((pane) => pane.scrollHeight > pane.clientHeight)).toBe(true);
  const libraryBox = (await libraryPane.boundingBox())!;
  const programmeBox = (await programme.boundingBox())!;
  expect(libraryBox.x).toBeGreaterThanOrEqual(programmeBox.x + programmeBox.width);

  // The details are written: folded under a summary that says when and where, opened by keyboard.
  const details = page.getByTestId('session-details-disclosure');
  const summary = page.getByTestId('session-details-summary');
  await expect(details).not.toHaveAttribute('open');
  await expect(summary).toContainText('samedi 14 mars 2026 · 09:30 · Tiers-lieu de Fives, Lille');
  await expect(page.getByTestId('session-place')).toBeHidden();
  await summary.focus();
  await page.keyboard.press('Enter');
  await expect(details).toHaveAttribute('open');
  await expect(page.getByTestId('session-place')).toBeVisible();
  await page.keyboard.press('Enter');
  await expect(details).not.toHaveAttribute('open');

  // The budget sticks to the top of the programme while it scrolls down to its last item.
  const timing = page.getByTestId('session-timing');
  await amel.items.last().scrollIntoViewIfNeeded();
  expect(await programme.evaluate((pane) => pane.scrollTop)).toBeGreaterThan(0);
  expect(await insideWindow(page, timing)).toBe(true);
  expect(Math.round((await timing.boundingBox())!.y)).toBe(Math.round(programmeBox.y));

  // Added with the button at a chosen position, high in the programme: scrolled back into view and highlighted.
  const highlights = await watchHighlights(page);
  await amel.library.getByTestId('library-position').selectOption({ label: 'la position 2, avant « Ouverture : les communs en trois exemples »' });
  await (await amel.search('cartographie', 'Cartographie')).getByTestId('library-add').click();
  await expect.poll(highlights).toEqual([1]);
  await expect.poll(() => amel.titles()).toEqual([
    'Accueil café',
    'Cartographie des communs du quartier',
    'Ouverture : les communs en trois exemples',
    'Débat entre élus et habitants',
    'Pause',
    'Jeu de rôle du tiers-lieu',
    'Questions',
    'Évaluation',
  ]);
  await expect(amel.item('Cartographie')).toBeInViewport({ ratio: 0.5 });
  await expect(page.locator('.library-panel [aria-live="polite"]')).toHaveText('« Cartographie des communs du quartier » ajoutée en position 2.');
  // The highlight is brief.
  const highlighted = page.locator('[data-testid="session-item"][data-just-added]');
  await expect(highlighted).toHaveCount(0);

  // Dragged from the library onto « Questions », low in the programme: it lands there, in view and highlighted.
  await amel.drag((await amel.search('cloture', 'Clôture')).getByTestId('library-drag-handle'), amel.item('Questions'));
  await expect.poll(highlights).toEqual([1, 6]);
  await expect.poll(() => amel.titles()).toEqual([
    'Accueil café',
    'Cartographie des communs du quartier',
    'Ouverture : les communs en trois exemples',
    'Débat entre élus et habitants',
    'Pause',
    'Jeu de rôle du tiers-lieu',
    'Clôture et étapes suivantes',
    'Questions',
    'Évaluation',
  ]);
  await expect(amel.item('Clôture')).toBeInViewport({ ratio: 0.5 });
  expect(await page.evaluate(() => document.scrollingElement!.scrollHeight - window.innerHeight)).toBeLessThanOrEqual(1);
  expect(await seriousViolations(page)).toEqual([]);
});

test('a session still being written opens on its details, and on a phone the programme and the library stack', async ({ people, workspaces, request }) => {
  const workspace = await workspaces.create('Téléphone');
  await createTimedUnit(request, workspace, 'Les communs en 45 minutes', 45);
  const id = await createSession(request, workspace, { title: 'Atelier du soir' });
  const person = await people.arrive('Amel', { locale: 'fr-FR' });
  await person.page.setViewportSize({ width: 390, height: 844 });
  const amel = await SessionComposerPage.open(person, sessionPath(workspace.id, id, workspace.editKey));
  const page = amel.page;
  await expect(page.getByTestId('session-details-disclosure')).toHaveAttribute('open');
  await expect(page.getByTestId('session-place')).toBeVisible();

  // One column, scrolled by the page: the library comes after the programme.
  const programme = (await page.getByTestId('programme-pane').boundingBox())!;
  const library = (await page.getByTestId('library-pane').boundingBox())!;
  expect(library.y).toBeGreaterThanOrEqual(programme.y + programme.height);
  expect(Math.abs(library.x - programme.x)).toBeLessThanOrEqual(1);
  expect(await page.evaluate(() => document.scrollingElement!.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);

  const highlights = await watchHighlights(page);
  await (await amel.search('communs', 'Les communs en 45 minutes')).getByTestId('library-add').click();
  await expect.poll(highlights).toEqual([0]);
  await expect(amel.items.first()).toBeInViewport({ ratio: 0.3 });
  expect(await seriousViolations(page)).toEqual([]);
});
