import { expect, test } from './support/fixtures.ts';

test('a French browser gets the French interface', async ({ people }) => {
  const amel = await people.arrive('Amel', { locale: 'fr-FR' });
  await amel.page.goto('/');
  await expect(amel.page.getByRole('heading', { level: 1 })).toHaveText('Écrire des formations ensemble');
  await expect(amel.page.locator('html')).toHaveAttribute('lang', 'fr');
  await expect(amel.page).toHaveTitle('Accueil · Minga');
  await expect(amel.page.getByTestId('language-fr')).toHaveAttribute('aria-pressed', 'true');
});

test('other browsers get English, and the FR/EN switch changes the interface and is remembered', async ({ people, workspaces }) => {
  const workspace = await workspaces.create('Langues');
  const yann = await people.arrive('Yann', { locale: 'de-DE' });
  await yann.openWorkspace(workspace.editPath);
  await expect(yann.page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(yann.page.getByRole('heading', { name: 'General pad' })).toBeVisible();
  await expect(yann.indicator).toHaveText(/Connected/);

  await yann.page.getByTestId('language-fr').click();
  await expect(yann.page.locator('html')).toHaveAttribute('lang', 'fr');
  await expect(yann.page.getByRole('heading', { name: 'Pad général' })).toBeVisible();
  await expect(yann.indicator).toHaveText(/Connecté/);
  await expect(yann.page.getByRole('heading', { name: 'Unités de formation' })).toBeVisible();

  await yann.reload();
  await expect(yann.page.getByRole('heading', { name: 'Pad général' })).toBeVisible();

  await yann.page.getByTestId('language-en').click();
  await expect(yann.page.getByRole('heading', { name: 'General pad' })).toBeVisible();
  await expect(yann.page.locator('html')).toHaveAttribute('lang', 'en');
});
