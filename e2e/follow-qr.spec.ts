import type { Locator } from '@playwright/test';
import jsQR from 'jsqr';
import { expect, test } from './support/fixtures.ts';
import { seriousViolations } from './support/axe.ts';
import { createPresentableSession, followPath, presentPath } from './support/presenting.ts';
import { sessionPath } from './support/SessionComposerPage.ts';

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

test('the projector shows the follow link as a QR code that scans to the view-key link, never the edit key', async ({ people, request, workspaces, baseURL }) => {
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
  const expected = `${baseURL}${followPath(workspace.id, session.id, workspace.viewKey)}`;
  await expect(qr.locator('figcaption')).toHaveText(expected);
  expect(await scan(qr)).toBe(expected);
  expect(await dialog.textContent()).not.toContain(workspace.editKey);
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
  expect(await scan(qr)).toBe(`${baseURL}${followPath(workspace.id, session.id, workspace.viewKey)}`);
});
