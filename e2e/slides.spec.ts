import type { APIRequestContext, Locator, Page } from '@playwright/test';
import type { Person } from './support/Person.ts';
import { expect, test, type TestWorkspace } from './support/fixtures.ts';
import { seriousViolations } from './support/axe.ts';
import { pngBytes } from './support/pngBytes.ts';
import { createUnit, unitOnServer, type TestUnit } from './support/units.ts';

/** The unit's slides as the server holds them now. */
async function slidesOnServer(request: APIRequestContext, workspace: TestWorkspace, unit: TestUnit) {
  return (await unitOnServer(request, workspace, unit.id)).slides as { hidden: boolean; content: unknown; notes: unknown }[];
}

const slides = (page: Page) => page.getByTestId('slide');
const content = (page: Page, index: number) => slides(page).nth(index).getByTestId('slide-content');
const notes = (page: Page, index: number) => slides(page).nth(index).getByTestId('slide-notes');

/** An editor's text as written, without the other people's caret labels. */
function textOf(editor: Locator): Promise<string> {
  return editor.evaluate((element) => {
    const copy = element.cloneNode(true) as HTMLElement;
    copy.querySelectorAll('.collaboration-carets__caret').forEach((caret) => caret.remove());
    return copy.textContent ?? '';
  });
}

async function expectText(editor: Locator, text: string): Promise<void> {
  await expect.poll(() => textOf(editor), { message: `editor should contain "${text}"` }).toContain(text);
}

/** Types at the end of an editor, as a person would. */
async function typeInto(person: Person, editor: Locator, text: string): Promise<void> {
  await editor.click();
  await person.page.keyboard.press('ControlOrMeta+End');
  await person.page.keyboard.type(text);
}

/** Pastes at the end of an editor through a real paste event, as the browser fires it for Ctrl+V. */
async function paste(editor: Locator, data: Record<string, string>): Promise<void> {
  // Focus, not click: two quick clicks would be a double click, selecting a word to paste over.
  await editor.focus();
  await editor.page().keyboard.press('ControlOrMeta+End');
  await editor.evaluate((element, entries) => {
    const clipboard = new DataTransfer();
    for (const [type, value] of Object.entries(entries)) clipboard.setData(type, value);
    element.dispatchEvent(new ClipboardEvent('paste', { clipboardData: clipboard, bubbles: true, cancelable: true }));
  }, data);
}

/** Opens the unit and, on a fresh unit, waits for its empty slide list. */
async function openUnit(person: Person, path: string): Promise<void> {
  await person.openWorkspace(path);
  await expect(person.page.getByTestId('slides-editor')).toBeVisible();
}

test('amel and yann write two slides with notes, and each sees the other\'s text and caret live', async ({ people, workspaces, request }) => {
  const workspace = await workspaces.create('Slides');
  const unit = await createUnit(request, workspace, { title: 'Les communs, pourquoi ?' });
  const amel = await people.arrive('Amel');
  const yann = await people.arrive('Yann');
  await openUnit(amel, unit.editPath);
  await openUnit(yann, unit.editPath);
  await expect(amel.page.getByTestId('slides-empty')).toBeVisible();

  await amel.page.getByTestId('slide-add').click();
  await expect(content(amel.page, 0)).toBeFocused();
  await amel.page.keyboard.type('Un commun, c’est quoi ?');
  await expectText(content(yann.page, 0), 'Un commun, c’est quoi ?');

  // Yann adds the second slide after the one he is in.
  await content(yann.page, 0).click();
  await yann.page.getByTestId('slide-add').click();
  await expect(slides(yann.page)).toHaveCount(2);
  await expect(content(yann.page, 1)).toBeFocused();
  await yann.page.keyboard.type('Trois exemples à Lille');
  await typeInto(yann, notes(yann.page, 1), 'Demander au groupe ses propres exemples.');
  await typeInto(amel, notes(amel.page, 0), 'Partir de ce que les gens connaissent.');

  await expectText(content(amel.page, 1), 'Trois exemples à Lille');
  await expectText(notes(amel.page, 1), 'Demander au groupe ses propres exemples.');
  await expectText(notes(yann.page, 0), 'Partir de ce que les gens connaissent.');

  // Carets: each sees the other's, named, in the slide the other is in, and who is on which slide.
  await content(yann.page, 1).click();
  await yann.page.keyboard.press('End');
  await expect(content(amel.page, 1).locator('.collaboration-carets__label', { hasText: 'Yann' })).toBeVisible();
  await expect(slides(amel.page).nth(1).getByTestId('slide-visitors')).toContainText('Yann');
  await expect(notes(yann.page, 0).locator('.collaboration-carets__label', { hasText: 'Amel' })).toBeVisible();
  await expect(slides(yann.page).nth(0).getByTestId('slide-visitors')).toContainText('Amel');

  // The server holds both slides, in order, with their notes.
  await expect.poll(async () => JSON.stringify((await slidesOnServer(request, workspace, unit)).map((s) => [s.content, s.notes])))
    .toMatch(/Un commun.*Partir de ce que.*Trois exemples à Lille.*Demander au groupe/);
});

test('a hidden slide stays, marked for everyone; moving a slide moves it for everyone and keeps the focus', async ({ people, workspaces, request }) => {
  const workspace = await workspaces.create('Slides order');
  const unit = await createUnit(request, workspace, { title: 'Ordre' });
  const amel = await people.arrive('Amel');
  const yann = await people.arrive('Yann');
  await openUnit(amel, unit.editPath);
  await openUnit(yann, unit.editPath);

  for (const title of ['Première', 'Deuxième', 'Troisième']) {
    await amel.page.getByTestId('slide-add').click();
    await amel.page.keyboard.type(title);
  }
  await expectText(content(yann.page, 2), 'Troisième');

  await slides(amel.page).nth(1).getByTestId('slide-toggle-hidden').click();
  await expect(slides(yann.page).nth(1)).toHaveAttribute('data-hidden', 'true');
  await expect(slides(yann.page).nth(1).getByTestId('slide-hidden-badge')).toBeVisible();
  await expect(slides(yann.page)).toHaveCount(3);
  await expect(yann.page.getByTestId('slides-count')).toContainText('1 hidden');
  await expect.poll(async () => (await slidesOnServer(request, workspace, unit)).map((s) => s.hidden)).toEqual([false, true, false]);

  // Keyboard: the move button keeps the focus, so pressing again keeps moving the same slide.
  const moveDown = slides(amel.page).nth(0).getByTestId('slide-move-down');
  await moveDown.focus();
  await amel.page.keyboard.press('Enter');
  await expect(slides(amel.page).nth(1).getByTestId('slide-move-down')).toBeFocused();
  await amel.page.keyboard.press('Enter');
  // At the bottom "down" is disabled: the focus moves to "up".
  await expect(slides(amel.page).nth(2).getByTestId('slide-move-up')).toBeFocused();

  const order = async (page: Page) => Promise.all([0, 1, 2].map((i) => textOf(content(page, i))));
  await expect.poll(() => order(yann.page)).toEqual(['Deuxième', 'Troisième', 'Première']);
  await expect(slides(yann.page).nth(0)).toHaveAttribute('data-hidden', 'true');

  await slides(yann.page).nth(0).getByTestId('slide-toggle-hidden').click();
  await expect(slides(amel.page).nth(0)).toHaveAttribute('data-hidden', 'false');

  // Deleting asks first, then removes the slide for both.
  await slides(yann.page).nth(2).getByTestId('slide-delete').click();
  await yann.page.getByTestId('delete-slide-dialog').getByRole('button', { name: 'Delete the slide' }).click();
  await expect(slides(amel.page)).toHaveCount(2);
  await expect.poll(() => Promise.all([0, 1].map((i) => textOf(content(amel.page, i))))).toEqual(['Deuxième', 'Troisième']);
});

test('pasted HTML with a script handler or a javascript: link runs nothing and leaves neither in the unit', async ({ people, workspaces, request }) => {
  const workspace = await workspaces.create('Paste');
  const unit = await createUnit(request, workspace, { title: 'Collage' });
  const amel = await people.arrive('Amel');
  const dialogs: string[] = [];
  amel.page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  await openUnit(amel, unit.editPath);
  await amel.page.getByTestId('slide-add').click();
  const editor = content(amel.page, 0);

  await paste(editor, {
    'text/html': '<p>avant</p><img src=x onerror=alert(1)><p><a href="javascript:alert(1)">x</a> <a href="https://example.org/" onclick="alert(2)" style="color:red">site</a></p><script>alert(3)</script><p onmouseover="alert(4)">après</p>',
    'text/plain': 'avant x site après',
  });
  await expectText(editor, 'après');
  await editor.hover();

  await expect(editor.locator('img')).toHaveCount(0);
  await expect(editor.locator('a[href^="javascript"]')).toHaveCount(0);
  await expect(editor.locator('a[href="https://example.org/"]')).toHaveCount(1);
  await expect(editor.locator('[onerror], [onclick], [onmouseover], [style], script')).toHaveCount(0);
  expect(await textOf(editor)).toContain('x site');
  // The image that could not be kept is reported, not silently lost.
  const dropped = amel.page.getByTestId('editor-notice').filter({ hasText: 'not pasted' });
  await expect(dropped).toHaveCount(1);

  // A data: image is not inlined: it is dropped, and the person is told why.
  await paste(editor, { 'text/html': '<p>logo</p><img src="data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==">', 'text/plain': 'logo' });
  await expect(dropped).toHaveCount(2);
  await expect(editor.locator('img')).toHaveCount(0);

  await expect.poll(async () => JSON.stringify((await slidesOnServer(request, workspace, unit))[0]?.content)).toContain('logo');
  const json = JSON.stringify((await slidesOnServer(request, workspace, unit))[0]?.content);
  expect(json).toContain('https://example.org/');
  expect(json).not.toMatch(/javascript:|"image"|onerror|data:/);
  expect(dialogs).toEqual([]);
});

test('a paste over the size limit is refused with a message, and nothing is inserted', async ({ people, workspaces, request }) => {
  const workspace = await workspaces.create('Big paste');
  const unit = await createUnit(request, workspace, { title: 'Gros collage' });
  const amel = await people.arrive('Amel');
  await openUnit(amel, unit.editPath);
  await amel.page.getByTestId('slide-add').click();
  await amel.page.keyboard.type('Déjà là.');
  const editor = content(amel.page, 0);

  await paste(editor, { 'text/plain': 'trop long '.repeat(25_000) });
  await expect(amel.page.getByTestId('editor-notice').filter({ hasText: 'Paste refused' })).toBeVisible();
  expect(await textOf(editor)).toBe('Déjà là.');
});

test('an uploaded PNG shows from the server for both; a file that is not an image is refused, saying why', async ({ people, workspaces, request }) => {
  const workspace = await workspaces.create('Images');
  const unit = await createUnit(request, workspace, { title: 'Images' });
  const amel = await people.arrive('Amel');
  const yann = await people.arrive('Yann');
  await openUnit(amel, unit.editPath);
  await openUnit(yann, unit.editPath);
  await amel.page.getByTestId('slide-add').click();
  await amel.page.keyboard.type('Le plan du tiers-lieu');

  const picker = slides(amel.page).nth(0).getByTestId('slide-content-image-input');
  await picker.setInputFiles({ name: 'plan.png', mimeType: 'image/png', buffer: pngBytes(40, 30) });

  for (const page of [amel.page, yann.page]) {
    const image = content(page, 0).locator('img');
    await expect(image).toHaveAttribute('src', new RegExp(`^/api/w/${workspace.id}/files/[\\w-]+$`));
    // Rendered from the server's bytes: the browser decoded a 40 × 30 picture.
    await expect.poll(() => image.evaluate((element: HTMLImageElement) => `${element.naturalWidth}x${element.naturalHeight}`)).toBe('40x30');
  }
  await expect.poll(async () => JSON.stringify((await slidesOnServer(request, workspace, unit))[0]?.content))
    .toMatch(new RegExp(`"src":"/api/w/${workspace.id}/files/`));

  // Named like an image, but the bytes are text: the server checks the content and says why.
  await picker.setInputFiles({ name: 'photo.png', mimeType: 'image/png', buffer: Buffer.from('not really a picture\n') });
  const refusal = amel.page.getByTestId('editor-notice').filter({ hasText: 'photo.png' });
  await expect(refusal).toContainText('is not a PNG, JPEG, GIF or WebP image');
  await expect(content(amel.page, 0).locator('img')).toHaveCount(1);
});

test('an image over the server\'s size limit is refused with the limit the server gave, then refused at once', async ({ people, workspaces, request }) => {
  const workspace = await workspaces.create('Big image');
  const unit = await createUnit(request, workspace, { title: 'Grosse image' });
  const amel = await people.arrive('Amel');
  await openUnit(amel, unit.editPath);
  await amel.page.getByTestId('slide-add').click();

  // A PNG signature padded past the 5 MiB default limit.
  const huge = Buffer.concat([pngBytes(2, 2), Buffer.alloc(5 * 1024 * 1024 + 10)]);
  const uploads: string[] = [];
  amel.page.on('request', (sent) => {
    if (sent.method() === 'POST' && sent.url().includes('/files')) uploads.push(sent.url());
  });
  const picker = slides(amel.page).nth(0).getByTestId('slide-content-image-input');
  await picker.setInputFiles({ name: 'poster.png', mimeType: 'image/png', buffer: huge });
  const refusal = amel.page.getByTestId('editor-notice').filter({ hasText: 'poster.png' });
  await expect(refusal).toContainText('is too large');
  await expect(refusal.getByTestId('upload-reason')).toContainText('at most 5 MB');
  expect(uploads).toHaveLength(1);

  await refusal.getByRole('button', { name: 'Close' }).click();
  await picker.setInputFiles({ name: 'poster.png', mimeType: 'image/png', buffer: huge });
  await expect(amel.page.getByTestId('editor-notice').filter({ hasText: 'poster.png' }).getByTestId('upload-reason')).toContainText('at most 5 MB');
  expect(uploads).toHaveLength(1);
});

test('a view link shows the slides and notes live, with no controls and nothing editable', async ({ people, workspaces, request }) => {
  const workspace = await workspaces.create('Slides viewer');
  const unit = await createUnit(request, workspace, { title: 'Lecture' });
  const amel = await people.arrive('Amel');
  const yann = await people.arrive('Yann');
  await openUnit(amel, unit.editPath);
  await amel.page.getByTestId('slide-add').click();
  await amel.page.keyboard.type('Bienvenue');

  await openUnit(yann, unit.viewPath);
  await expectText(content(yann.page, 0), 'Bienvenue');
  await expect(content(yann.page, 0)).toHaveAttribute('contenteditable', 'false');
  await expect(notes(yann.page, 0)).toHaveAttribute('contenteditable', 'false');
  await expect(yann.page.getByTestId('slide-add')).toHaveCount(0);
  await expect(yann.page.getByTestId('slides-editor').getByRole('toolbar')).toHaveCount(0);
  await expect(yann.page.getByTestId('slide-delete')).toHaveCount(0);

  await typeInto(amel, content(amel.page, 0), ' à toutes et à tous');
  await expectText(content(yann.page, 0), 'Bienvenue à toutes et à tous');
});

test('the slides editor, in French, with a table, a hidden slide and a refusal, has no serious accessibility problems', async ({ people, workspaces, request }) => {
  const workspace = await workspaces.create('Slides a11y');
  const unit = await createUnit(request, workspace, { title: 'Accessible' });
  const amel = await people.arrive('Amel', { locale: 'fr-FR' });
  await openUnit(amel, unit.editPath);
  await amel.page.getByTestId('slide-add').click();
  await amel.page.keyboard.type('Tableau des rôles');
  await slides(amel.page).nth(0).getByTestId('toolbar-table').click();
  await amel.page.getByTestId('slide-add').click();
  await slides(amel.page).nth(1).getByTestId('slide-toggle-hidden').click();
  await slides(amel.page).nth(0).getByTestId('slide-content-image-input').setInputFiles({ name: 'a.txt', mimeType: 'text/plain', buffer: Buffer.from('texte') });
  await expect(amel.page.getByTestId('editor-notice')).toContainText('n’est pas une image');

  expect(await seriousViolations(amel.page, { include: '[data-testid="slides-editor"]' })).toEqual([]);
});
