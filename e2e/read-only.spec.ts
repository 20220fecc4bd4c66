import { expect, test } from './support/fixtures.ts';

test('a view link shows the read-only badge, cannot change the pad, and still follows live edits', async ({ people, workspaces }) => {
  const workspace = await workspaces.create('Read-only');
  const amel = await people.arrive('Amel');
  const yann = await people.arrive('Yann');

  await amel.openWorkspace(workspace.editPath);
  await amel.write('Objectifs pédagogiques.');

  await yann.openWorkspace(workspace.viewPath);
  await expect(yann.page.getByTestId('readonly-badge')).toBeVisible();
  await expect(yann.indicator).toHaveAttribute('data-status', 'read-only');
  await expect(yann.pad).toHaveAttribute('contenteditable', 'false');
  await yann.expectPadToContain('Objectifs pédagogiques.');
  await expect(yann.page.getByRole('toolbar')).toHaveCount(0);
  // A viewer sees the view link only, never the edit link.
  await expect(yann.page.getByTestId('edit-link')).toHaveCount(0);
  await expect(yann.page.getByTestId('view-link')).toHaveValue(new RegExp(`key=${workspace.viewKey}$`));

  await yann.pad.click();
  await yann.page.keyboard.type('HACK');
  expect(await yann.padText()).not.toContain('HACK');

  // Edits made after yann's attempt still reach him, so anything he sent would have arrived by now.
  await amel.write(' Durée : 60 minutes.');
  await yann.expectPadToContain('Durée : 60 minutes.');
  expect(await amel.padText()).not.toContain('HACK');

  await expect(amel.presence.locator('[data-name="Yann"]')).toContainText('read-only');
});
