import type { Locator } from '@playwright/test';
import jsQR from 'jsqr';
import { expect, test } from './support/fixtures.ts';
import { seriousViolations } from './support/axe.ts';
import { arriveWithPhone, createPresentableSession, followLinkOf, followPath, presentPath } from './support/presenting.ts';
import { sessionPath } from './support/SessionComposerPage.ts';

// A projector, a session page and a phone each load a deck: more than the default bound.
test.setTimeout(90_000);

/** What a phone's camera reads off the QR code: the SVG drawn on a canvas, then decoded. */
async function scan(qr: Locator): Promise<string | null> {
  const pixels = await qr.locator('svg').evaluate(async (svg) => {
    const image = new Image();
    const url = URL.createObjectURL(new Blob([new XMLSerializer().serializeToString(svg)], { type: 'image/svg+xml' }));
    image.src = url;
    await image.decode();
    const canvas = document.createElement('canvas');
    canvas.width = image.naturalWidth;
    canvas.height = image.naturalHeight;
    const context = canvas.getContext('2d')!;
    context.drawImage(image, 0, 0);
    URL.revokeObjectURL(url);
    const data = context.getImageData(0, 0, canvas.width, canvas.height);
    return { width: data.width, height: data.height, rgba: Array.from(data.data) };
  });
  return jsQR(Uint8ClampedArray.from(pixels.rgba), pixels.width, pixels.height)?.data ?? null;
}

test('the projector shows the follow link as a QR code that scans to the session’s follow-key link, never the edit or view key', async ({ people, request, workspaces, baseURL }) => {
  const workspace = await workspaces.create('Follow QR');
  const session = await createPresentableSession(request, workspace);
  const amel = await people.arrive('Amel', { locale: 'fr-FR' });
  const page = amel.page;
  await page.goto(presentPath(workspace.id, session.id, workspace.editKey));
  await expect(page.getByTestId('present-deck')).toHaveAttribute('data-ready', 'true');

  await page.getByTestId('show-follow-qr').focus();
  await page.keyboard.press('Enter');
  const dialog = page.getByTestId('follow-qr-dialog');
  await expect(dialog.getByRole('heading', { name: 'Suivez la présentation sur votre téléphone' })).toBeVisible();
  const qr = dialog.getByTestId('follow-qr');
  const { followKey } = await followLinkOf(request, workspace, session.id);
  const expected = `${baseURL}${followPath(workspace.id, session.id, followKey)}`;
  await expect(qr.locator('figcaption')).toHaveText(expected);
  expect(await scan(qr)).toBe(expected);
  expect(await dialog.textContent()).not.toContain(workspace.editKey);
  expect(await dialog.textContent()).not.toContain(workspace.viewKey);
  expect(await seriousViolations(page, { include: '[data-testid="follow-qr-dialog"]' })).toEqual([]);

  // Escape closes it, the focus goes back to the button, and the arrows (a clicker's keys) still drive the slides.
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(page.getByTestId('show-follow-qr')).toBeFocused();
  await page.keyboard.press('ArrowRight');
  await expect(page.getByTestId('present-stage')).toHaveAttribute('data-current-slide', '1');
});

test('the session page shows the same follow link as a QR code on demand', async ({ people, request, workspaces, baseURL }) => {
  const workspace = await workspaces.create('Follow QR page');
  const session = await createPresentableSession(request, workspace);
  const amel = await people.arrive('Amel');
  await amel.page.goto(sessionPath(workspace.id, session.id, workspace.editKey));
  await amel.introduceIfAsked();
  const qr = amel.page.getByTestId('follow-qr');
  await expect(qr).toBeHidden();
  await amel.page.getByText('Show the QR code').click();
  await expect(qr).toBeVisible();
  const { followKey } = await followLinkOf(request, workspace, session.id);
  expect(await scan(qr)).toBe(`${baseURL}${followPath(workspace.id, session.id, followKey)}`);
});

test('a phone on the follow link follows the presenter; after “New follow link” the old link no longer opens, the new one does', async ({ browser, people, request, workspaces, baseURL }) => {
  const workspace = await workspaces.create('Follow rotation');
  const session = await createPresentableSession(request, workspace);
  const amel = await people.arrive('Amel');
  await amel.page.goto(sessionPath(workspace.id, session.id, workspace.editKey));
  await amel.introduceIfAsked();
  const old = await amel.page.getByTestId('follow-link').inputValue();
  expect(old).not.toContain(workspace.viewKey);

  const phone = await arriveWithPhone(browser, baseURL ?? '');
  try {
    await phone.page.goto(old.replace(/^https?:\/\/[^/]+/, ''));
    await expect(phone.page.getByTestId('follow-deck')).toHaveAttribute('data-ready', 'true');

    await amel.page.getByTestId('follow-rotate').click();
    await expect(amel.page.getByTestId('follow-rotated')).toBeVisible();
    const fresh = await amel.page.getByTestId('follow-link').inputValue();
    expect(fresh).not.toBe(old);

    await phone.page.reload();
    await expect(phone.page.getByTestId('present-error')).toBeVisible();
    await phone.page.goto(fresh.replace(/^https?:\/\/[^/]+/, ''));
    await expect(phone.page.getByTestId('follow-deck')).toHaveAttribute('data-ready', 'true');
  } finally {
    await phone.context.close();
  }
});
