import { expect, test, workspacePath } from './support/fixtures.ts';
import { seriousViolations } from './support/axe.ts';

test('a wrong key shows a clear error, not an endless spinner', async ({ people, workspaces }) => {
  const workspace = await workspaces.create('Wrong key');
  const amel = await people.arrive('Amel');

  await amel.page.goto(workspacePath(workspace.id, 'not-the-key'));
  const error = amel.page.getByTestId('workspace-error');
  await expect(error).toHaveAttribute('data-code', 'wrong_key');
  await expect(error.getByRole('heading')).toHaveText('This key does not open the workspace');
  await expect(amel.page).toHaveTitle('This key does not open the workspace · Minga');
  await expect(amel.page.getByTestId('workspace-loading')).toHaveCount(0);
  await expect(amel.pad).toHaveCount(0);
});

test('a link without a key, or to no workspace, says so', async ({ people }) => {
  const amel = await people.arrive('Amel');

  await amel.page.goto('/w/no-such-workspace');
  await expect(amel.page.getByTestId('workspace-error')).toHaveAttribute('data-code', 'missing_key');

  await amel.page.goto(workspacePath('no-such-workspace', 'some-key'));
  await expect(amel.page.getByTestId('workspace-error')).toHaveAttribute('data-code', 'workspace_not_found');
});

test('rotating the keys gives amel new links and cuts yann off with a clear message', async ({ people, workspaces }) => {
  const workspace = await workspaces.create('Rotation');
  const amel = await people.arrive('Amel');
  const yann = await people.arrive('Yann');
  await amel.openWorkspace(workspace.editPath);
  await yann.openWorkspace(workspace.viewPath);

  await amel.page.getByRole('button', { name: 'Change the keys…' }).click();
  const dialog = amel.page.getByTestId('rotate-dialog');
  await dialog.getByRole('button', { name: 'Change the keys' }).click();
  const newEditLink = await dialog.getByTestId('new-edit-link').inputValue();
  expect(newEditLink).not.toContain(workspace.editKey);
  await dialog.getByRole('button', { name: 'Close' }).click();

  // Amel carries on with the new key, which the address bar now holds.
  await expect(amel.page).toHaveURL(newEditLink);
  await amel.waitUntilSynced();
  await amel.write('Après la rotation.');

  // Yann's socket was closed with a final code: a message, no endless reconnecting.
  await expect(yann.indicator).toHaveAttribute('data-status', 'error');
  await expect(yann.page.getByTestId('sync-refused')).toHaveAttribute('data-code', '4403');
  expect(await yann.padText()).not.toContain('Après la rotation.');

  // The old edit link no longer opens the workspace.
  const camille = await people.arrive('Camille');
  await camille.page.goto(workspace.editPath);
  await expect(camille.page.getByTestId('workspace-error')).toHaveAttribute('data-code', 'wrong_key');
});

test('rotating the comment key alone cuts the reviewer off, keeps the editors on their links, and shows the new comment link', async ({ people, workspaces, request }) => {
  // Three browsers on two shared cores.
  test.setTimeout(120_000);
  const workspace = await workspaces.create('Comment rotation');
  const amel = await people.arrive('Amel');
  const sami = await people.arrive('Sami');
  await amel.openWorkspace(workspace.editPath);
  await sami.openWorkspace(workspace.commentPath);
  await expect(amel.page.getByTestId('comment-link')).toHaveValue(new RegExp(`key=${workspace.commentKey}$`));

  // Keyboard: the choice is a radio group, announced with its legend.
  await amel.page.getByRole('button', { name: 'Change the keys…' }).click();
  const dialog = amel.page.getByTestId('rotate-dialog');
  await dialog.getByRole('radio', { name: 'The comment link only (after a review, say)' }).check();
  await expect(dialog).toContainText('the edit and view links do not change');
  expect(await seriousViolations(amel.page, { include: '[data-testid="rotate-dialog"]' })).toEqual([]);
  await dialog.getByRole('button', { name: 'Change the keys' }).click();
  const newCommentLink = await dialog.getByTestId('new-comment-link').inputValue();
  expect(newCommentLink).not.toContain(workspace.commentKey);
  await expect(dialog.getByTestId('new-edit-link')).toHaveCount(0);
  await dialog.getByRole('button', { name: 'Close' }).click();

  // Amel's link and socket are untouched; the share panel shows the new comment link.
  await expect(amel.page).toHaveURL(new RegExp(`key=${workspace.editKey}$`));
  await amel.write('Toujours là.');
  await amel.waitUntilSynced();
  await expect(amel.page.getByTestId('comment-link')).toHaveValue(newCommentLink);

  // Sami's comment socket was closed with a final code; the old comment key opens nothing, the view key still does.
  await expect(sami.page.getByTestId('sync-refused')).toHaveAttribute('data-code', '4403');
  const opens = async (key: string) => (await request.get(`/api/w/${workspace.id}`, { headers: { authorization: `Bearer ${key}` } })).status();
  expect(await opens(workspace.commentKey)).toBe(403);
  expect(await opens(workspace.viewKey)).toBe(200);
  expect(await opens(new URL(newCommentLink).searchParams.get('key')!)).toBe(200);
});
