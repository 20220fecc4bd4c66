import { UnitEditorPage } from './support/UnitEditorPage.ts';
import { expect, test } from './support/fixtures.ts';
import { seriousViolations } from './support/axe.ts';
import { createUnit } from './support/units.ts';

test('amel proposes a shorter title in a thread, yann answers and accepts it: the title changes and amel is credited', async ({ people, workspaces, request }) => {
  const workspace = await workspaces.create('Comments');
  const unit = await createUnit(request, workspace, { title: 'Les communs numériques expliqués aux décideurs publics' });
  const amel = await UnitEditorPage.open(await people.arrive('Amel'), unit.editPath);
  const yann = await UnitEditorPage.open(await people.arrive('Yann'), unit.editPath);
  const amelComments = amel.page.getByTestId('comments');
  const yannComments = yann.page.getByTestId('comments');

  await amelComments.getByTestId('new-thread-target').selectOption({ label: 'Title' });
  await amelComments.getByTestId('new-thread-text').fill('Trop long pour la diapositive de titre. @Yann tu en penses quoi ?');
  await amelComments.getByTestId('new-thread-propose').check();
  await expect(amelComments.getByTestId('new-thread-proposal')).toHaveValue('Les communs numériques expliqués aux décideurs publics');
  await amelComments.getByTestId('new-thread-proposal').fill('Les communs pour les décideurs');
  await amelComments.getByTestId('new-thread-submit').click();

  // Live at Yann's, on the title, in his "mentioning me" filter too.
  const thread = yannComments.getByTestId('comment-thread');
  await expect(thread).toHaveCount(1);
  await expect(thread).toHaveAttribute('data-field', 'title');
  await expect(thread.getByTestId('thread-proposal')).toContainText('Les communs pour les décideurs');
  await yannComments.getByTestId('comments-filter-mine').click();
  await expect(yannComments.getByTestId('comment-thread')).toHaveCount(1);
  await yannComments.getByTestId('comments-filter-open').click();

  await thread.getByTestId('thread-reply-text').fill('D’accord, plus court.');
  await thread.getByTestId('thread-reply').click();
  await expect(amelComments.getByTestId('comment-text')).toHaveText(['Trop long pour la diapositive de titre. @Yann tu en penses quoi ?', 'D’accord, plus court.']);

  await thread.getByTestId('proposal-accept').click();
  await expect(amel.title).toHaveValue('Les communs pour les décideurs');
  await expect(yann.contributors.locator('li[data-name="Amel"]')).toHaveCount(1);
  // Accepted means resolved: it leaves the open list for both, with who decided.
  await expect(amelComments.getByTestId('comment-thread')).toHaveCount(0);
  await amelComments.getByTestId('comments-filter-resolved').click();
  await expect(amelComments.getByTestId('thread-proposal')).toHaveAttribute('data-status', 'accepted');
  await expect(amelComments.getByTestId('thread-proposal')).toContainText('Yann');
  expect(await seriousViolations(amel.page, { include: '[data-testid="comments"]' })).toEqual([]);
});

test('a view link reads the threads but offers no way to comment, and the unit’s exports carry no comment', async ({ people, workspaces, request }) => {
  const workspace = await workspaces.create('Comments read-only');
  const unit = await createUnit(request, workspace, { title: 'Gouvernance partagée' });
  const amel = await UnitEditorPage.open(await people.arrive('Amel'), unit.editPath);
  const comments = amel.page.getByTestId('comments');
  await comments.getByTestId('new-thread-text').fill('Source introuvable : à vérifier');
  await comments.getByTestId('new-thread-submit').click();
  await expect(comments.getByTestId('comment-thread')).toHaveCount(1);

  const viewer = await UnitEditorPage.open(await people.arrive('Lou'), unit.viewPath);
  const seen = viewer.page.getByTestId('comments');
  await expect(seen.getByTestId('comment-text')).toHaveText('Source introuvable : à vérifier');
  await expect(seen.getByTestId('new-thread')).toHaveCount(0);
  await expect(seen.getByTestId('thread-reply')).toHaveCount(0);

  for (const format of ['html', 'md', 'json']) {
    const response = await request.get(`/api/w/${workspace.id}/units/${unit.id}/export?format=${format}`, { headers: { authorization: `Bearer ${workspace.viewKey}` } });
    expect(response.status()).toBe(200);
    expect(await response.text()).not.toContain('Source introuvable');
  }
});

test('asking lou to review puts the unit in review; yann approves and is named as reviewer; amel marks it ready', async ({ people, workspaces, request }) => {
  test.setTimeout(90_000);
  const workspace = await workspaces.create('Review');
  const unit = await createUnit(request, workspace, { title: 'Gouvernance partagée' });
  const amel = await UnitEditorPage.open(await people.arrive('Amel'), unit.editPath);
  const yann = await UnitEditorPage.open(await people.arrive('Yann'), unit.editPath);
  const amelReview = amel.page.getByTestId('review');
  const yannReview = yann.page.getByTestId('review');
  await expect(yannReview.getByTestId('review-state')).toHaveText('Draft');
  // Publishing it now would say it was never reviewed (the publish button is described by the warning).
  const reviewWarning = amel.page.getByTestId('publish-review-warning');
  await expect(reviewWarning).toContainText('This unit was never reviewed');
  await expect(amel.page.getByTestId('publish')).toHaveAccessibleDescription(/never reviewed/);

  await amelReview.getByTestId('review-reviewers').fill('Lou, Sami');
  await amelReview.getByTestId('review-reviewers').press('Enter');
  await expect(yannReview.getByTestId('review-state')).toHaveText('In review');
  await expect(yannReview.getByTestId('review-reviewers')).toHaveValue('Lou, Sami');

  await yannReview.getByTestId('review-approve').click();
  await expect(amelReview.getByTestId('review-approvals')).toContainText('Yann');
  await expect(amelReview.getByTestId('review-credited')).toContainText('Yann');

  await expect(reviewWarning).toHaveAttribute('data-review-state', 'in_review');
  await amelReview.getByTestId('review-state-select').selectOption('ready');
  await expect(yannReview.getByTestId('review-state')).toHaveText('Ready');
  await expect(reviewWarning).toHaveCount(0);
  const onServer = (await (await request.get(`/api/w/${workspace.id}/units/${unit.id}`, { headers: { authorization: `Bearer ${workspace.viewKey}` } })).json()) as { review?: { state: string; reviewers: string[] } };
  expect(onServer.review).toMatchObject({ state: 'ready', reviewers: ['Lou', 'Sami'] });

  // The library says so, and finds it among the ready units only.
  const readyUnits = async () => ((await (await request.get(`/api/w/${workspace.id}/units?review=ready`, { headers: { authorization: `Bearer ${workspace.viewKey}` } })).json()) as { total: number }).total;
  await expect.poll(readyUnits).toBe(1);
  await amel.page.goto(`/w/${workspace.id}/library?key=${encodeURIComponent(workspace.editKey)}`);
  const card = amel.page.getByTestId('library-card');
  await expect(card.getByTestId('library-card-review')).toHaveText('Ready');
  await amel.page.getByTestId('library-review').selectOption('draft');
  await expect(card).toHaveCount(0);
  await amel.page.getByTestId('library-review').selectOption('ready');
  await expect(card).toHaveCount(1);
});

test('a comment link reads everything, comments, proposes and approves, and changes nothing in the unit', async ({ people, workspaces, request }) => {
  // Three browsers (or two and an accessibility scan) on two shared cores.
  test.setTimeout(90_000);
  const workspace = await workspaces.create('Comment link');
  const unit = await createUnit(request, workspace, { title: 'Gouvernance partagée', description: 'Qui décide quoi' });
  const amel = await UnitEditorPage.open(await people.arrive('Amel'), unit.editPath);
  const sami = await UnitEditorPage.open(await people.arrive('Sami'), unit.commentPath);

  // Told what the link allows, and given nothing to edit with.
  await expect(sami.page.getByTestId('comment-mode-banner')).toContainText('comment link');
  await expect(sami.title).toHaveValue('Gouvernance partagée');
  // Read-only for assistive technologies; still selectable with the keyboard, to comment on words.
  await expect(sami.title).toHaveAttribute('aria-readonly', 'true');
  await expect(sami.description).toHaveAttribute('aria-readonly', 'true');
  await expect(sami.page.getByTestId('review-state-select')).toHaveCount(0);
  await expect(sami.page.getByTestId('unit-comment-link')).toHaveValue(new RegExp(`key=${workspace.commentKey}$`));
  await expect(sami.page.getByTestId('unit-edit-link')).toHaveCount(0);
  await sami.title.click({ force: true });
  await sami.page.keyboard.type('PIRATÉ');
  await expect(sami.title).toHaveValue('Gouvernance partagée');

  // Comments and proposals go through, live.
  const samiComments = sami.page.getByTestId('comments');
  await samiComments.getByTestId('new-thread-target').selectOption({ label: 'Title' });
  await samiComments.getByTestId('new-thread-text').fill('Relecture du groupe de Brest : le titre ne dit pas le sujet.');
  await samiComments.getByTestId('new-thread-propose').check();
  await samiComments.getByTestId('new-thread-proposal').fill('Décider ensemble : la gouvernance partagée');
  await samiComments.getByTestId('new-thread-submit').click();
  const atAmel = amel.page.getByTestId('comments').getByTestId('comment-thread');
  await expect(atAmel).toHaveCount(1);
  await expect(atAmel.getByTestId('comment-text')).toHaveText('Relecture du groupe de Brest : le titre ne dit pas le sujet.');
  // Only an editor decides a proposal.
  await expect(samiComments.getByTestId('proposal-accept')).toHaveCount(0);
  await sami.page.getByTestId('review').getByTestId('review-approve').click();
  await expect(amel.page.getByTestId('review').getByTestId('review-approvals')).toContainText('Sami');

  // Everything Sami did in the comments arrived; nothing of the unit changed.
  await expect(amel.title).toHaveValue('Gouvernance partagée');
  await atAmel.getByTestId('proposal-accept').click();
  await expect(sami.title).toHaveValue('Décider ensemble : la gouvernance partagée');
  const onServer = (await (await request.get(`/api/w/${workspace.id}/units/${unit.id}`, { headers: { authorization: `Bearer ${workspace.viewKey}` } })).json()) as { title: string; description: string };
  expect(onServer).toMatchObject({ title: 'Décider ensemble : la gouvernance partagée', description: 'Qui décide quoi' });
  const put = await request.put(`/api/w/${workspace.id}/units/${unit.id}`, { headers: { authorization: `Bearer ${workspace.commentKey}` }, data: { ...onServer, title: 'PIRATÉ' } });
  expect(put.status()).toBe(403);
  expect(await seriousViolations(sami.page, { include: '[data-testid="comment-mode-banner"]' })).toEqual([]);
});

test('the workspace page tells lou what is waiting for her: open threads per unit, and those that mention her', async ({ people, workspaces, request }) => {
  // Three browsers (or two and an accessibility scan) on two shared cores.
  test.setTimeout(90_000);
  const workspace = await workspaces.create('Waiting');
  const unit = await createUnit(request, workspace, { title: 'Gouvernance partagée' });
  await createUnit(request, workspace, { title: 'Sans discussion' });
  const amel = await UnitEditorPage.open(await people.arrive('Amel'), unit.editPath);
  const comments = amel.page.getByTestId('comments');
  for (const text of ['@Lou peux-tu vérifier la source ?', 'Durée à revoir']) {
    await comments.getByTestId('new-thread-text').fill(text);
    await comments.getByTestId('new-thread-submit').click();
  }
  await expect(comments.getByTestId('comment-thread')).toHaveCount(2);

  const lou = await people.arrive('Lou');
  await lou.openWorkspace(workspace.editPath);
  const waiting = lou.page.getByTestId('waiting-for-me');
  await expect(waiting.getByTestId('waiting-name')).toHaveValue('Lou');
  const item = waiting.getByTestId('waiting-item');
  await expect(item).toHaveCount(1);
  await expect(item).toContainText('Gouvernance partagée');
  await expect(item.getByTestId('waiting-open')).toHaveText('2 open threads');
  await expect(item.getByTestId('waiting-mentions')).toHaveText('1 mentions Lou');
  await expect(item.getByTestId('waiting-thread')).toHaveText('Amel: “@Lou peux-tu vérifier la source ?”');
  // Another name: nothing mentions it, the open threads are still counted.
  await waiting.getByTestId('waiting-name').fill('Sami');
  await expect(item.getByTestId('waiting-mentions')).toHaveCount(0);
  await expect(item.getByTestId('waiting-open')).toHaveText('2 open threads');
  await item.getByRole('link', { name: 'Gouvernance partagée' }).click();
  await expect(lou.page.getByTestId('unit-editor')).toBeVisible();
});
