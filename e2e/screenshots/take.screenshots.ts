import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, test, type Browser, type Page } from '@playwright/test';

/**
 * The README's screenshots, from the demo workspace « Les communs pour les décideurs » that the
 * server seeds on its first start: the unit editor, the session composer and the speaker view,
 * at 1280×800 in French. Run with `npm run screenshots`; the images land in docs/images/.
 */

const IMAGES = fileURLToPath(new URL('../../docs/images/', import.meta.url));
const UNIT_ID = 'communs-trois-piliers';
const SESSION_ID = 'communs-pour-les-decideurs';

interface DemoWorkspace {
  id: string;
  editKey: string;
  viewKey: string;
}

/** The demo's keys, as `minga serve` saved them in the data dir (server/src/cli/defaultWorkspace.ts). */
function demoWorkspace(): DemoWorkspace {
  const dataDir = process.env.MINGA_SCREENSHOTS_DATA_DIR;
  if (!dataDir) throw new Error('Run through e2e/screenshots/playwright.config.ts (npm run screenshots).');
  const saved = JSON.parse(fs.readFileSync(path.join(dataDir, 'default-workspace.json'), 'utf8')) as DemoWorkspace;
  if (!saved.id || !saved.editKey || !saved.viewKey) throw new Error('default-workspace.json holds no workspace keys.');
  return saved;
}

const enc = encodeURIComponent;

/** Says who they are on the first visit, then waits until the document is in sync and saved. */
async function arriveAndSync(page: Page, name: string): Promise<void> {
  const form = page.getByTestId('identity-form');
  const indicator = page.getByTestId('connection-indicator');
  await expect(form.or(indicator)).toBeVisible();
  if (await form.isVisible()) {
    await form.locator('input[name="name"]').fill(name);
    await form.locator('button[type="submit"]').click();
  }
  await expect(indicator).toHaveAttribute('data-status', 'connected');
  await expect(page.getByTestId('save-status')).toHaveAttribute('data-status', 'saved');
}

/** A PNG of the window as it is, once the fonts are in, without carets or animations. */
async function shoot(page: Page, file: string): Promise<void> {
  await page.evaluate(() => document.fonts.ready);
  fs.mkdirSync(IMAGES, { recursive: true });
  await page.screenshot({ path: path.join(IMAGES, file), scale: 'css', animations: 'disabled', caret: 'hide' });
}

/** A second person on another laptop (same window size and language), for the presence list. */
async function secondPerson(browser: Browser, baseURL: string): Promise<Page> {
  const context = await browser.newContext({ baseURL, locale: 'fr-FR', timezoneId: 'Europe/Paris', viewport: { width: 1280, height: 800 } });
  return context.newPage();
}

test('the unit editor: a demo unit written by two people at once', async ({ page, browser, baseURL }) => {
  const demo = demoWorkspace();
  const unitPath = `/w/${enc(demo.id)}/units/${enc(UNIT_ID)}?key=${enc(demo.editKey)}`;
  const yann = await secondPerson(browser, baseURL ?? '');
  try {
    await yann.goto(unitPath);
    await arriveAndSync(yann, 'Yann');
    await page.goto(unitPath);
    await arriveAndSync(page, 'Claire');
    await expect(page.getByTestId('presence-list')).toContainText('Yann');
    // Yann writes in the description: Claire sees his name on the field.
    await yann.getByTestId('unit-description').click();
    await expect(page.getByTestId('field-presence').filter({ hasText: 'Yann' })).toBeVisible();
    await shoot(page, 'unit-editor.png');
  } finally {
    await yann.context().close();
  }
});

test('the session composer: the demo session fits its hour', async ({ page }) => {
  const demo = demoWorkspace();
  await page.goto(`/w/${enc(demo.id)}/sessions/${enc(SESSION_ID)}?key=${enc(demo.editKey)}`);
  await arriveAndSync(page, 'Claire');
  await expect(page.getByTestId('session-composer')).toBeVisible();
  await expect(page.getByTestId('session-item')).toHaveCount(8);
  await expect(page.getByTestId('library-status')).toHaveAttribute('data-status', 'ready');
  // The two panes fit the window: the programme under its time budget, the library beside it.
  await expect(page.getByTestId('library-result').first()).toBeVisible();
  // The demo session has no date yet, so its details open; folded, they leave the window to the programme.
  const details = page.getByTestId('session-details-disclosure');
  if (await details.evaluate((element) => (element as HTMLDetailsElement).open)) await page.getByTestId('session-details-summary').click();
  await expect(details).not.toHaveAttribute('open');
  await shoot(page, 'composer.png');
});

test('the speaker view: the demo session presented, a minute into its first unit', async ({ page }) => {
  const demo = demoWorkspace();
  // The session's morning, so the clock and the timers read as in the room.
  await page.clock.install({ time: new Date('2026-12-03T09:36:00+01:00') });
  await page.goto(`/w/${enc(demo.id)}/sessions/${enc(SESSION_ID)}/present?key=${enc(demo.editKey)}&speaker=1`);
  const view = page.getByTestId('speaker-view');
  await expect(page.getByTestId('speaker-current')).toHaveAttribute('data-ready', 'true');
  await expect(page.getByTestId('connection-indicator')).toHaveAttribute('data-status', 'connected');
  await page.getByTestId('slide-picker').selectOption({ index: 4 });
  await expect(view).toHaveAttribute('data-current-slide', '4');
  // A minute into the unit: its timer runs (real time may add a second under the installed clock).
  const running = page.locator('[data-testid="speaker-timer"][data-state="active"]').first();
  await expect(running).toBeVisible();
  await page.clock.fastForward('01:24');
  await expect(running).toContainText(/1:2\d \//);
  // Jumping the clock can make the sync socket think it went quiet: wait until it is back.
  await expect(page.getByTestId('connection-indicator')).toHaveAttribute('data-status', 'connected');
  await expect(page.getByTestId('speaker-current')).toHaveAttribute('data-ready', 'true');
  await shoot(page, 'speaker-view.png');
});
