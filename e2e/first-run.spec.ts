import { readFileSync } from 'node:fs';
import path from 'node:path';
import { DEMO_SESSION } from '../server/src/demo/demoSession.ts';
import { DEMO_UNITS } from '../server/src/demo/demoUnits.ts';
import { expect, test, workspacePath } from './support/fixtures.ts';
import { pressOn, typeInto } from './support/keyboard.ts';

// The newcomer of the README: `npm start` on an empty data directory seeds the demo workspace and
// prints its link. The e2e server started the same way (MINGA_DEMO left at its default) on a fresh
// data directory, so the link it printed is the one saved beside the data.

interface SavedDemo {
  id: string;
  name: string;
  editKey: string;
}

function printedDemoLink(): { path: string; name: string } {
  const dataDir = process.env.MINGA_E2E_DATA_DIR;
  if (!dataDir) throw new Error('MINGA_E2E_DATA_DIR is set by playwright.config.ts');
  const saved = JSON.parse(readFileSync(path.join(dataDir, 'default-workspace.json'), 'utf8')) as SavedDemo;
  return { path: workspacePath(saved.id, saved.editKey), name: saved.name };
}

const DEMO_SESSION_TITLE = DEMO_SESSION.title;

test('a newcomer opens the printed link in French, finds the demo session with the keyboard alone and presents it', async ({ people }) => {
  const demo = printedDemoLink();
  const amel = await people.arrive('Amel', { locale: 'fr-FR' });
  const page = amel.page;
  await page.goto(demo.path);

  // First visit: the name form, filled and sent from the keyboard.
  const nameField = page.getByTestId('identity-form').locator('input[name="name"]');
  await typeInto(page, nameField, 'Amel', { max: 60 });
  await page.keyboard.press('Enter');

  await expect(page.getByRole('heading', { level: 1, name: demo.name })).toBeVisible();
  await amel.waitUntilSynced();
  await expect(page.getByRole('heading', { name: 'Unités de formation' })).toBeVisible();
  await expect(page.getByTestId('unit-card')).toHaveCount(DEMO_UNITS.length);

  const sessionLink = page.getByTestId('session-card').getByRole('link', { name: DEMO_SESSION_TITLE });
  await pressOn(page, sessionLink, 'Enter', { max: 60 });
  // The new page's heading takes the focus: a screen reader says where the person landed.
  await expect(page.getByRole('heading', { level: 1, name: DEMO_SESSION_TITLE })).toBeFocused();

  const presentLink = page.getByTestId('header-present-link');
  await expect(presentLink).toHaveText('Présenter');
  await pressOn(page, presentLink, 'Enter', { max: 60 });

  const deck = page.getByTestId('present-deck');
  await expect(deck).toHaveAttribute('data-ready', 'true');
  const stage = page.getByTestId('present-stage');
  await expect(stage).toHaveAttribute('data-current-slide', '0');
  await expect(page.locator('.reveal .slides > section.present')).toContainText(DEMO_SESSION_TITLE);
  await page.keyboard.press('ArrowRight');
  await expect(stage).toHaveAttribute('data-current-slide', '1');
  await page.keyboard.press('ArrowRight');
  await expect(stage).toHaveAttribute('data-current-slide', '2');
  await page.keyboard.press('ArrowLeft');
  await expect(stage).toHaveAttribute('data-current-slide', '1');
});

test('the same newcomer switches the demo to English from the keyboard and it stays English', async ({ people }) => {
  const demo = printedDemoLink();
  const yann = await people.arrive('Yann', { locale: 'fr-FR' });
  const page = yann.page;
  await yann.openWorkspace(demo.path);
  await expect(page.getByRole('heading', { name: 'Unités de formation' })).toBeVisible();

  await pressOn(page, page.getByTestId('language-en'), 'Enter', { max: 60 });
  await expect(page.getByRole('heading', { name: 'Training units' })).toBeVisible();
  await expect(page.getByTestId('language-en')).toHaveAttribute('aria-pressed', 'true');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');

  await yann.reload();
  await expect(page.getByRole('heading', { name: 'Training units' })).toBeVisible();
  // The content stays in the language it was written in.
  await expect(page.getByTestId('session-card').getByRole('link', { name: DEMO_SESSION_TITLE })).toBeVisible();
});
