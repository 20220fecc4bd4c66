import type { Locator, Page } from '@playwright/test';
import { seriousViolations } from './support/axe.ts';
import { expect, test } from './support/fixtures.ts';
import { UnitEditorPage } from './support/UnitEditorPage.ts';
import { createUnit } from './support/units.ts';

const SENTENCE = 'Chacun garde la clé.';

const paragraph = (text: string) => ({ type: 'paragraph', content: [{ type: 'text', text }] });
const slide = (title: string, ...paragraphs: string[]) => ({
  content: { type: 'doc', content: [{ type: 'heading', attrs: { level: 2 }, content: [{ type: 'text', text: title }] }, ...paragraphs.map(paragraph)] },
  notes: { type: 'doc', content: [{ type: 'paragraph' }] },
  hidden: false,
});

const slideContent = (page: Page, index: number) => page.getByTestId('slide').nth(index).getByTestId('slide-content');

/** With words selected, Ctrl+Alt+M: the dialog quotes exactly them, takes the comment, and closes once it is sent. */
async function commentOnSelection(page: Page, quote: string, comment: string): Promise<void> {
  await page.keyboard.press('Control+Alt+KeyM');
  const dialog = page.getByTestId('range-comment-dialog');
  await expect(dialog.getByTestId('range-comment-quote')).toHaveText(quote);
  await dialog.getByTestId('range-comment-text').fill(comment);
  await dialog.getByTestId('range-comment-submit').click();
  await expect(dialog).toHaveCount(0);
}

/** The texts of the elements a selector finds in an editor, without the other people's caret labels. */
function textsOf(editor: Locator, selector: string): Promise<string[]> {
  return editor.evaluate((element, wanted) => Array.from(element.querySelectorAll(wanted)).map((found) => {
    const copy = found.cloneNode(true) as HTMLElement;
    copy.querySelectorAll('.collaboration-carets__caret').forEach((caret) => caret.remove());
    return copy.textContent ?? '';
  }), selector);
}

/** The words highlighted as commented in a slide. */
const highlighted = (editor: Locator) => textsOf(editor, 'mark.comment-range');
/** The paragraphs of a slide. */
const paragraphs = (editor: Locator) => textsOf(editor, 'p');

/** Puts the caret at the start of the paragraph holding these words (a click, then Home). */
async function caretAtStartOf(page: Page, editor: Locator, words: string): Promise<void> {
  await editor.locator('p', { hasText: words }).click();
  await page.keyboard.press('Home');
}

test('two people discuss a slide sentence while a third rewrites around it, and the thread stays on its words', async ({ people, workspaces, request }) => {
  // Three browsers on two shared cores.
  test.setTimeout(180_000);
  const workspace = await workspaces.create('Range comments');
  const unit = await createUnit(request, workspace, {
    title: 'Gouvernance d’un commun',
    slides: [slide('Les règles', SENTENCE), slide('Qui décide ?', 'Le collectif, en assemblée.')],
  });
  const amel = await UnitEditorPage.open(await people.arrive('Amel'), unit.editPath);
  // Yann reviews from another group: a comment link, never an edit.
  const yann = await UnitEditorPage.open(await people.arrive('Yann'), unit.commentPath);
  const lou = await UnitEditorPage.open(await people.arrive('Lou'), unit.editPath);
  const everyone = [amel, yann, lou];
  for (const person of everyone) await expect(slideContent(person.page, 0)).toContainText(SENTENCE);

  // Amel selects the sentence with the keyboard and opens a thread on it with Ctrl+Alt+M.
  await caretAtStartOf(amel.page, slideContent(amel.page, 0), SENTENCE);
  await amel.page.keyboard.press('Shift+End');
  await amel.page.keyboard.press('Control+Alt+KeyM');
  const dialog = amel.page.getByTestId('range-comment-dialog');
  await expect(dialog.getByTestId('range-comment-quote')).toHaveText(SENTENCE);
  await expect(dialog.getByTestId('range-comment-text')).toBeFocused();
  expect(await seriousViolations(amel.page, { include: '[data-testid="range-comment-dialog"]' })).toEqual([]);
  await amel.page.keyboard.type('Quelle clé ? @Yann tu relis ?');
  await dialog.getByTestId('range-comment-submit').click();
  await expect(dialog).toHaveCount(0);
  await expect(amel.page.getByTestId('slide').nth(0).getByTestId('slide-content-comment-notice')).toHaveText(`Thread opened on “${SENTENCE}”.`);

  // Everyone sees the words highlighted in the slide, and the thread quoting them.
  for (const person of everyone) {
    await expect.poll(() => highlighted(slideContent(person.page, 0))).toEqual([SENTENCE]);
    const thread = person.page.getByTestId('comments').getByTestId('comment-thread');
    await expect(thread).toHaveAttribute('data-field', 'slides');
    await expect(thread.getByRole('heading')).toHaveText('Slide 1');
    await expect(thread.getByTestId('thread-quote')).toHaveText(SENTENCE);
  }

  // Yann answers; meanwhile Lou writes right before and right after the sentence, and in the other slide.
  const yannThread = yann.page.getByTestId('comments').getByTestId('comment-thread');
  await yannThread.getByTestId('thread-reply-text').fill('La clé du local, je suppose.');
  await yannThread.getByTestId('thread-reply').click();
  const louContent = slideContent(lou.page, 0);
  await caretAtStartOf(lou.page, louContent, SENTENCE);
  await lou.page.keyboard.type('Ici, ');
  await lou.page.keyboard.press('End');
  await lou.page.keyboard.type(' Voilà.');
  await slideContent(lou.page, 1).locator('p').click();
  await lou.page.keyboard.press('End');
  await lou.page.keyboard.type(' Une voix par personne.');

  for (const person of everyone) {
    await expect.poll(() => paragraphs(slideContent(person.page, 0))).toEqual([`Ici, ${SENTENCE} Voilà.`]);
    await expect.poll(() => paragraphs(slideContent(person.page, 1))).toEqual(['Le collectif, en assemblée. Une voix par personne.']);
    await expect.poll(() => highlighted(slideContent(person.page, 0))).toEqual([SENTENCE]);
    const thread = person.page.getByTestId('comments').getByTestId('comment-thread');
    await expect(thread.getByTestId('thread-quote')).toHaveText(SENTENCE);
    await expect(thread.getByTestId('comment-text')).toHaveText(['Quelle clé ? @Yann tu relis ?', 'La clé du local, je suppose.']);
  }

  // Lou rewrites the whole line: the thread stays on slide 1 and says its words are gone.
  await caretAtStartOf(lou.page, louContent, SENTENCE);
  await lou.page.keyboard.press('Shift+End');
  await lou.page.keyboard.type('Les clés sont chez Sami.');
  for (const person of everyone) {
    await expect.poll(() => paragraphs(slideContent(person.page, 0))).toEqual(['Les clés sont chez Sami.']);
    await expect.poll(() => highlighted(slideContent(person.page, 0))).toEqual([]);
    const thread = person.page.getByTestId('comments').getByTestId('comment-thread');
    await expect(thread.getByRole('heading')).toHaveText('Slide 1');
    await expect(thread.getByTestId('thread-quote')).toHaveCount(0);
    await expect(thread.getByTestId('thread-quote-gone')).toHaveText(`The commented text was deleted (“${SENTENCE}”).`);
  }

  // The highlight was never written into the unit: the server's slide holds the text only.
  const onServer = await (await request.get(`/api/w/${workspace.id}/units/${unit.id}`, { headers: { authorization: `Bearer ${workspace.editKey}` } })).text();
  expect(onServer).not.toContain('comment-range');
});

test('the comment button says what to do when nothing is selected, and a view link gets no button', async ({ people, workspaces, request }) => {
  const workspace = await workspaces.create('Range comments empty');
  const unit = await createUnit(request, workspace, { title: 'Communs', slides: [slide('Les règles', SENTENCE)] });
  const amel = await UnitEditorPage.open(await people.arrive('Amel'), unit.editPath);
  await caretAtStartOf(amel.page, slideContent(amel.page, 0), SENTENCE);
  await amel.page.keyboard.press('Control+Alt+KeyM');
  await expect(amel.page.getByTestId('range-comment-dialog')).toHaveCount(0);
  await expect(amel.page.getByTestId('slide').nth(0).getByTestId('slide-content-comment-notice')).toContainText('Select the words to comment on first');

  const lou = await UnitEditorPage.open(await people.arrive('Lou'), unit.viewPath);
  await expect(slideContent(lou.page, 0)).toContainText(SENTENCE);
  await expect(lou.page.getByTestId('toolbar-comment')).toHaveCount(0);
});

test('a comment link selects words across paragraphs with the keyboard, and the words and their thread lead to each other', async ({ people, workspaces, request }) => {
  test.setTimeout(120_000);
  const RULE = 'Le collectif décide.';
  const workspace = await workspaces.create('Range comments jump');
  const unit = await createUnit(request, workspace, { title: 'Gouvernance', slides: [slide('Les règles', SENTENCE, RULE)] });
  const amel = await UnitEditorPage.open(await people.arrive('Amel'), unit.editPath);
  const yann = await UnitEditorPage.open(await people.arrive('Yann'), unit.commentPath);
  const yannContent = slideContent(yann.page, 0);
  await expect(yannContent).toContainText(RULE);

  // Yann may comment, never edit: he still gets a caret, selects two paragraphs with the keyboard,
  // and what he types changes nothing.
  await caretAtStartOf(yann.page, yannContent, SENTENCE);
  await yann.page.keyboard.type('x');
  await yann.page.keyboard.press('Enter');
  await yann.page.keyboard.press('Shift+ArrowDown');
  await yann.page.keyboard.press('Shift+End');
  await commentOnSelection(yann.page, `${SENTENCE} ${RULE}`, 'Qui garde la clé quand le collectif décide ?');
  expect(await paragraphs(yannContent)).toEqual([SENTENCE, RULE]);

  // Both paragraphs are highlighted for everyone, and the thread quotes them.
  for (const person of [amel, yann]) {
    await expect.poll(() => highlighted(slideContent(person.page, 0))).toEqual([SENTENCE, RULE]);
    await expect(person.page.getByTestId('comments').getByTestId('thread-quote')).toHaveText(`${SENTENCE} ${RULE}`);
  }
  await expect.poll(() => paragraphs(slideContent(amel.page, 0))).toEqual([SENTENCE, RULE]);

  // Amel looks at resolved threads, then clicks the highlighted words: the open thread is shown
  // and said, while her caret stays in the text.
  const amelComments = amel.page.getByTestId('comments');
  await amelComments.getByTestId('comments-filter-resolved').click();
  await expect(amelComments.getByTestId('comment-thread')).toHaveCount(0);
  await slideContent(amel.page, 0).locator('mark.comment-range', { hasText: RULE }).click();
  const amelThread = amelComments.getByTestId('comment-thread');
  await expect(amelComments.getByTestId('comments-filter-open')).toHaveAttribute('aria-pressed', 'true');
  await expect(amelThread).toHaveAttribute('data-active', 'true');
  await expect(amelComments.getByTestId('comments-announce')).toHaveText(`Thread shown in the comments: “${SENTENCE} ${RULE}”.`);
  await expect(slideContent(amel.page, 0)).toBeFocused();
  await expect(slideContent(amel.page, 0).locator('mark.comment-range--active')).toHaveCount(2);

  // From the keyboard, Alt+Enter in the words goes to the thread's card.
  await amel.page.keyboard.press('Alt+Enter');
  await expect(amelThread).toBeFocused();
  await expect.poll(() => paragraphs(slideContent(amel.page, 0))).toEqual([SENTENCE, RULE]);
  expect(await seriousViolations(amel.page, { include: '[data-testid="comments"]' })).toEqual([]);

  // And back: the card's "Go to the text" selects the words in the slide.
  await amelThread.getByTestId('thread-go-to-text').click();
  await expect(slideContent(amel.page, 0)).toBeFocused();
  await expect.poll(() => amel.page.evaluate(() => document.getSelection()?.toString().replace(/\s+/g, ' '))).toBe(`${SENTENCE} ${RULE}`);
  await expect(amel.page.getByTestId('slide').nth(0).getByTestId('slide-content-comment-notice')).toHaveText(`Commented words selected: “${SENTENCE} ${RULE}”.`);

  // Yann, who cannot edit, walks into the words with the arrows: told so, Enter takes him to the thread.
  await yannContent.locator('h2').click();
  await yann.page.keyboard.press('End');
  await yann.page.keyboard.press('ArrowDown');
  await expect(yann.page.getByTestId('slide').nth(0).getByTestId('slide-content-comment-notice')).toHaveText('Commented words: Enter goes to their thread.');
  await yann.page.keyboard.press('Enter');
  await expect(yann.page.getByTestId('comments').getByTestId('comment-thread')).toBeFocused();
  expect(await paragraphs(yannContent)).toEqual([SENTENCE, RULE]);
});

test('a comment link comments on words of the title, which stay quoted while the title is edited, and the thread selects them again', async ({ people, workspaces, request }) => {
  test.setTimeout(120_000);
  const workspace = await workspaces.create('Field range comments');
  const unit = await createUnit(request, workspace, { title: 'Gouvernance d’un commun', slides: [slide('Les règles', SENTENCE)] });
  const amel = await UnitEditorPage.open(await people.arrive('Amel'), unit.editPath);
  const yann = await UnitEditorPage.open(await people.arrive('Yann'), unit.commentPath);
  await expect(yann.title).toHaveValue('Gouvernance d’un commun');

  // What Yann types changes nothing; nothing selected, he is told what to do; then he selects
  // « Gouvernance » with the keyboard.
  await yann.title.focus();
  await yann.page.keyboard.press('Home');
  await yann.page.keyboard.type('x');
  await yann.page.keyboard.press('Backspace');
  await yann.page.keyboard.press('Control+Alt+KeyM');
  await expect(yann.page.getByTestId('field-range-notice')).toHaveText('Select the words to comment on in the field first, then press Ctrl+Alt+M.');
  await expect(yann.title).toHaveValue('Gouvernance d’un commun');
  for (let i = 0; i < 'Gouvernance'.length; i++) await yann.page.keyboard.press('Shift+ArrowRight');
  await commentOnSelection(yann.page, 'Gouvernance', 'Un mot plus simple ?');
  await expect(yann.title).toBeFocused();

  // Amel rewrites around the word: the thread still quotes it, and takes her back to it.
  await amel.title.click();
  await amel.page.keyboard.press('Home');
  await amel.page.keyboard.type('La ');
  await amel.page.keyboard.press('End');
  await amel.page.keyboard.type(' local');
  const thread = amel.page.getByTestId('comments').getByTestId('comment-thread');
  await expect(thread).toHaveAttribute('data-field', 'title');
  await expect(thread.getByRole('heading')).toHaveText('Title');
  await expect(thread.getByTestId('thread-quote')).toHaveText('Gouvernance');
  await thread.getByTestId('thread-go-to-text').click();
  await expect(amel.title).toBeFocused();
  await expect.poll(() => amel.title.evaluate((input: HTMLInputElement) => input.value.slice(input.selectionStart ?? 0, input.selectionEnd ?? 0))).toBe('Gouvernance');
  await expect(yann.title).toHaveValue('La Gouvernance d’un commun local');
});

test('a comment link comments on words of an objective with the keyboard, which stay quoted while another person types before them, until the objective is removed', async ({ people, workspaces, request }) => {
  test.setTimeout(120_000);
  const OBJECTIVE = 'Nommer les communs du territoire';
  const workspace = await workspaces.create('Objective range comments');
  const unit = await createUnit(request, workspace, {
    title: 'Gouvernance d’un commun',
    objectives: [{ id: 'obj-communs', text: OBJECTIVE }, { id: 'obj-charte', text: 'Rédiger une charte' }],
  });
  const amel = await UnitEditorPage.open(await people.arrive('Amel'), unit.editPath);
  const yann = await UnitEditorPage.open(await people.arrive('Yann'), unit.commentPath);
  await expect(yann.objectives.nth(0)).toHaveValue(OBJECTIVE);

  // Yann cannot change the objective, but selects « communs » in it with the keyboard and comments.
  await yann.objectives.nth(0).focus();
  await yann.page.keyboard.press('Home');
  await yann.page.keyboard.type('x');
  for (let i = 0; i < 'Nommer les '.length; i++) await yann.page.keyboard.press('ArrowRight');
  for (let i = 0; i < 'communs'.length; i++) await yann.page.keyboard.press('Shift+ArrowRight');
  await commentOnSelection(yann.page, 'communs', 'Lesquels ? @Amel');
  await expect(yann.objectives.nth(0)).toBeFocused();
  await expect(yann.objectives.nth(0)).toHaveValue(OBJECTIVE);

  // Amel types before the words and after them: both see the thread still on « communs ».
  await amel.objectives.nth(0).click();
  await amel.page.keyboard.press('Home');
  await amel.page.keyboard.type('Savoir ');
  for (let i = 0; i < 'Nommer les communs'.length; i++) await amel.page.keyboard.press('ArrowRight');
  await amel.page.keyboard.type(' numériques');
  for (const person of [amel, yann]) {
    await expect(person.objectives.nth(0)).toHaveValue('Savoir Nommer les communs numériques du territoire');
    const thread = person.page.getByTestId('comments').getByTestId('comment-thread');
    await expect(thread).toHaveAttribute('data-field', 'objectives');
    await expect(thread.getByRole('heading')).toHaveText('Objective 1: Savoir Nommer les communs numériques du territoire');
    await expect(thread.getByTestId('thread-quote')).toHaveText('communs');
  }
  expect(await seriousViolations(amel.page, { include: '[data-testid="comments"]' })).toEqual([]);

  // The thread's "Go to the text" selects the words again in the objective, for each of them.
  for (const person of [amel, yann]) {
    await person.page.getByTestId('comments').getByTestId('thread-go-to-text').click();
    const objective = person.objectives.nth(0);
    await expect(objective).toBeFocused();
    await expect.poll(() => objective.evaluate((input: HTMLTextAreaElement) => input.value.slice(input.selectionStart, input.selectionEnd))).toBe('communs');
  }

  // Amel removes the objective: the thread stays, and says its words are gone.
  await amel.page.getByTestId('objective').nth(0).getByTestId('remove-item').click();
  for (const person of [amel, yann]) {
    await expect(person.objectives).toHaveCount(1);
    const thread = person.page.getByTestId('comments').getByTestId('comment-thread');
    await expect(thread.getByRole('heading')).toHaveText('Item removed from the unit');
    await expect(thread.getByTestId('thread-quote-gone')).toHaveText('The commented text was deleted (“communs”).');
    await expect(thread.getByTestId('thread-go-to-text')).toHaveCount(0);
  }
});
