import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, test } from './support/fixtures.ts';

async function seriousViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  return results.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`);
}

test('the home page and the workspace page have no serious accessibility problems', async ({ people, workspaces }) => {
  const workspace = await workspaces.create('Accessibility');
  const amel = await people.arrive('Amel');

  await amel.page.goto('/');
  await expect(amel.page.getByRole('heading', { level: 1 })).toBeVisible();
  expect(await seriousViolations(amel.page)).toEqual([]);

  await amel.openWorkspace(workspace.editPath);
  await amel.write('Accessible à toutes et tous.');
  expect(await seriousViolations(amel.page)).toEqual([]);

  const yann = await people.arrive('Yann', { locale: 'fr-FR' });
  await yann.openWorkspace(workspace.viewPath);
  expect(await seriousViolations(yann.page)).toEqual([]);
});
