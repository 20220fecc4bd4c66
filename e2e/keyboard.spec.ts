import type { Locator, Page } from '@playwright/test';
import { expect, test } from './support/fixtures.ts';
import { expectVisibleFocus, pressOn as press, tabToVisible, typeInto } from './support/keyboard.ts';
import type { Person } from './support/Person.ts';
import { createSession } from './support/SessionComposerPage.ts';
import { createUnit, libraryTitles } from './support/units.ts';

// Only the keyboard: no click, no fill. Each control is reached with Tab and shows its focus.

/** Opens a workspace link for the first time and gives a name with the keyboard alone, then waits until it is in sync. */
async function joinWithKeyboard(person: Person, path: string): Promise<void> {
  const page = person.page;
  await page.goto(path);
  const identity = page.getByTestId('identity-form');
  await typeInto(page, identity.getByRole('textbox', { name: 'Your name' }), person.name);
  await press(page, identity.getByRole('button', { name: 'Join' }));
  await person.waitUntilSynced();
}

test('amel creates a unit, composes a session with it and presents it with the keyboard alone, and always sees where the focus is', async ({ people, workspaces, request }) => {
  test.setTimeout(90_000);
  const workspace = await workspaces.create('Keyboard');
  const amel = await people.arrive('Amel');
  const page = amel.page;

  // The first visit asks her name.
  await joinWithKeyboard(amel, workspace.editPath);

  // A new unit: title, description, an objective and a timed step.
  await press(page, page.getByTestId('new-unit'));
  // The dialog asks the title first, and the page opens with the focus in the description.
  await expect(page.getByTestId('new-unit-title')).toBeFocused();
  await page.keyboard.type('Les communs au clavier');
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('unit-editor')).toBeVisible();
  await amel.waitUntilSynced();
  await expect(page.getByTestId('unit-description')).toBeFocused();
  await expectVisibleFocus(page);
  await page.keyboard.type('Une unité écrite sans souris.');
  await press(page, page.getByTestId('add-objective'));
  await expect(page.getByTestId('objective-text')).toBeFocused();
  await expectVisibleFocus(page);
  await page.keyboard.type('Définir un commun');
  await press(page, page.getByTestId('add-step'));
  await expect(page.getByTestId('step-title')).toBeFocused();
  await expectVisibleFocus(page);
  await page.keyboard.type('Exposé');
  const minutes = page.getByTestId('step-minutes');
  await tabToVisible(page, minutes);
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.type('20');
  await expect(page.getByTestId('total-minutes')).toContainText('20');
  await expect(page.getByTestId('unit-heading')).toHaveText('Les communs au clavier');
  await expect(page.getByTestId('save-status')).toHaveAttribute('data-status', 'saved');

  // Back to the workspace, by the breadcrumb: the unit is in its list (the index follows a doc once it is quiet for a second).
  await expect.poll(() => libraryTitles(request, workspace)).toContain('Les communs au clavier');
  await press(page, page.getByTestId('breadcrumb-workspace'), 'Enter', { backwards: true });
  await expect(page.getByTestId('workspace-name')).toHaveText(workspace.name);
  await expect(page.getByRole('link', { name: 'Les communs au clavier' })).toBeVisible();

  // A new session, with a title, and the unit from the library side panel.
  await press(page, page.getByTestId('new-session'));
  await expect(page.getByTestId('new-session-title')).toBeFocused();
  await page.keyboard.type('Formation au clavier');
  // The date is typed as the interface's language writes it.
  const date = page.getByTestId('new-session-date');
  await typeInto(page, date, '03/14/2025');
  await expect(date).toHaveValue('03/14/2025');
  await expectVisibleFocus(page);
  await press(page, page.getByTestId('confirm-new-session'));
  await expect(page.getByTestId('session-composer')).toBeVisible();
  await amel.waitUntilSynced();
  await expect(page.getByTestId('session-audience')).toBeFocused();
  await expect(page.getByTestId('session-date')).toHaveValue('03/14/2025');
  const library = page.getByTestId('library-panel');
  await typeInto(page, library.getByTestId('library-search'), 'clavier', { max: 80 });
  await expect(library.getByTestId('library-result')).toHaveCount(1);
  await expect(library.getByTestId('library-status')).toHaveAttribute('data-status', 'ready');
  await press(page, library.getByTestId('library-add'));
  const items = page.getByTestId('session-item');
  await expect(items).toHaveCount(1);
  await expect(items.first().getByTestId('item-title')).toContainText('Les communs au clavier');

  // A welcome before it: added at the end, then carried up by its grip (Space, arrow, Space).
  await press(page, page.getByTestId('add-free-welcome'), 'Enter', { backwards: true, max: 60 });
  await expect(items).toHaveCount(2);
  const grip = items.nth(1).getByTestId('item-drag-handle');
  await press(page, grip, 'Space', { backwards: true, max: 60 });
  await expect(grip).toHaveAttribute('aria-pressed', 'true');
  // dnd-kit listens for the arrows only from the task after the pick-up: a key pressed before is lost (and one more ArrowUp at the top does nothing).
  await expect(async () => {
    await page.keyboard.press('ArrowUp');
    await expect(page.locator('[id^="DndLiveRegion"]', { hasText: 'moves to position 1 of 2' })).toHaveCount(1, { timeout: 1_000 });
  }).toPass();
  await page.keyboard.press('Space');
  await expect(items.nth(0).getByTestId('item-title')).toContainText('Welcome');
  await expect(items.nth(1).getByTestId('item-title')).toContainText('Les communs au clavier');
  await expectVisibleFocus(page);
  await expect(page.getByTestId('save-status')).toHaveAttribute('data-status', 'saved');

  // Present: the deck opens on its title slide and the arrows move through it.
  await press(page, page.getByTestId('present-link'), 'Enter', { max: 80 });
  const deck = page.getByTestId('present-deck');
  await expect(deck).toHaveAttribute('data-ready', 'true');
  const stage = page.getByTestId('present-stage');
  await expect(stage).toHaveAttribute('data-current-slide', '0');
  await expect(deck.locator('section.present')).toContainText('Formation au clavier');
  await page.keyboard.press('ArrowRight');
  await expect(stage).toHaveAttribute('data-current-slide', '1');
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await expect(deck.locator('section.present')).toContainText('Les communs au clavier');
  await page.keyboard.press('ArrowLeft');
  await expect(stage).toHaveAttribute('data-current-slide', '2');
  // reveal.js's own arrows are in the tab order too, with a ring that shows.
  await press(page, deck.getByRole('button', { name: 'next slide' }));
  await expect(stage).toHaveAttribute('data-current-slide', '3');

  // The speaker view opens from the toolbar, and its Next button moves the projector too.
  const popup = page.waitForEvent('popup');
  await press(page, page.getByTestId('open-speaker-view'));
  const speaker = await popup;
  await expect(speaker.getByTestId('speaker-current')).toHaveAttribute('data-ready', 'true');
  await tabToVisible(speaker, speaker.getByTestId('reset-timers'));
  await press(speaker, speaker.getByTestId('speaker-next'));
  await expect(stage).toHaveAttribute('data-current-slide', '4');
  await expect(speaker.getByTestId('speaker-view')).toHaveAttribute('data-current-slide', '4');
  // With the focus still on that button, the arrows (a clicker's keys) move the slides as well.
  await speaker.keyboard.press('ArrowLeft');
  await expect(stage).toHaveAttribute('data-current-slide', '3');
  await speaker.keyboard.press('PageDown');
  await expect(speaker.getByTestId('speaker-view')).toHaveAttribute('data-current-slide', '4');
});

/** Where the focus is, relative to a dialog: inside it, on nothing (the browser's own controls), or on the page behind. */
function focusPlace(dialog: Locator): Promise<'inside' | 'nothing' | string> {
  return dialog.evaluate((element) => {
    const active = document.activeElement;
    if (!active || active === document.body) return 'nothing';
    return element.contains(active) ? 'inside' : `${active.tagName} ${active.textContent?.slice(0, 40) ?? ''}`;
  });
}

/** Opens a dialog from its button with Enter, checks it keeps the focus, closes it with `close`, and checks the button has the focus back. */
async function openAndClose(page: Page, opener: Locator, dialog: Locator, close: 'Escape' | Locator): Promise<void> {
  await press(page, opener, 'Enter', { max: 80 });
  await expect(dialog).toBeVisible();
  expect(await focusPlace(dialog)).toBe('inside');
  await expectVisibleFocus(page);
  for (let i = 0; i < 8; i++) {
    await page.keyboard.press('Tab');
    expect(['inside', 'nothing']).toContain(await focusPlace(dialog));
  }
  if (close === 'Escape') await page.keyboard.press('Escape');
  else await press(page, close);
  await expect(dialog).toHaveCount(0);
  await expect(opener).toBeFocused();
  await expectVisibleFocus(page);
}

test('a dialog opened with the keyboard holds the focus, and gives it back to its button when it closes', async ({ people, workspaces, request }) => {
  test.setTimeout(60_000);
  const workspace = await workspaces.create('Keyboard dialogs');
  const unit = await createUnit(request, workspace, { title: 'Une unité à garder' });
  await createSession(request, workspace, { title: 'Une session à garder' });
  const amel = await people.arrive('Amel');
  const page = amel.page;
  await joinWithKeyboard(amel, workspace.editPath);

  const deleteSession = page.getByTestId('delete-session');
  const deleteDialog = page.getByTestId('delete-session-dialog');
  await openAndClose(page, deleteSession, deleteDialog, 'Escape');
  await openAndClose(page, deleteSession, deleteDialog, deleteDialog.getByRole('button', { name: 'Cancel' }));
  await openAndClose(page, page.getByTestId('duplicate-session'), page.getByTestId('duplicate-session-dialog'), 'Escape');
  await expect(page.getByTestId('session-card')).toHaveCount(1);

  await page.goto(`/w/${workspace.id}/library?key=${workspace.editKey}`);
  await expect(page.getByTestId('library-card')).toHaveCount(1);
  const importDialog = page.getByTestId('import-dialog');
  await openAndClose(page, page.getByTestId('open-import'), importDialog, 'Escape');
  await openAndClose(page, page.getByTestId('open-import'), importDialog, importDialog.getByRole('button', { name: 'Cancel' }));

  await page.goto(unit.editPath);
  await expect(page.getByTestId('unit-editor')).toBeVisible();
  const deleteUnitDialog = page.getByTestId('delete-unit-dialog');
  await openAndClose(page, page.getByTestId('delete-unit'), deleteUnitDialog, 'Escape');
  await openAndClose(page, page.getByTestId('delete-unit'), deleteUnitDialog, deleteUnitDialog.getByRole('button', { name: 'Cancel' }));
  await expect(page.getByTestId('unit-heading')).toHaveText('Une unité à garder');
});
