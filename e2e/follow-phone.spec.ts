import type { Page } from '@playwright/test';
import { expect, test } from './support/fixtures.ts';
import { seriousViolations } from './support/axe.ts';
import { createPresentableSession, followLinkOf, followPath, presentPath } from './support/presenting.ts';

// A projector and a phone each load a deck.
test.setTimeout(90_000);

/** Where the phone's current slide sits, the bar below it, and how wide the page scrolls. */
function layoutOf(page: Page) {
  return page.evaluate(() => {
    const slide = document.querySelector('.reveal .slides > section.present')!.getBoundingClientRect();
    const bar = document.querySelector('.follow-bar')!.getBoundingClientRect();
    return { left: slide.left, right: slide.right, top: slide.top, bottom: slide.bottom, barTop: bar.top, scrollWidth: document.documentElement.scrollWidth };
  });
}

test('on a 360×740 phone the follow page fits the slide to the width, lets people pinch-zoom, and shows the projector’s slide and blackout', async ({ browser, people, request, workspaces, baseURL }) => {
  const workspace = await workspaces.create('Follow phone');
  const session = await createPresentableSession(request, workspace);
  const { followKey } = await followLinkOf(request, workspace, session.id);
  const amel = await people.arrive('Amel');
  const context = await browser.newContext({ baseURL, locale: 'en-US', viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true });
  const phone = await context.newPage();
  try {
    await phone.goto(followPath(workspace.id, session.id, followKey));
    await expect(phone.getByTestId('follow-deck')).toHaveAttribute('data-ready', 'true');
    // Pinch-zoom stays allowed: nothing forbids scaling the page.
    const viewport = await phone.locator('meta[name="viewport"]').getAttribute('content');
    expect(viewport).toContain('width=device-width');
    expect(viewport).not.toMatch(/user-scalable\s*=\s*(no|0)|maximum-scale\s*=\s*1(\.0*)?\b/);

    await amel.page.goto(presentPath(workspace.id, session.id, workspace.editKey));
    const stage = amel.page.getByTestId('present-stage');
    await expect(amel.page.getByTestId('present-deck')).toHaveAttribute('data-ready', 'true');
    for (let i = 0; i < 4; i++) await amel.page.keyboard.press('ArrowRight');
    await expect(stage).toHaveAttribute('data-current-slide', '4');
    const follow = phone.getByTestId('follow-page');
    await expect(follow).toHaveAttribute('data-current-slide', '4');
    await expect(phone.getByTestId('follow-status')).toHaveText(/^Following .*: slide 5 of 13$/);
    await expect(phone.locator('.reveal .slides > section.present')).toContainText('Un commun, c’est une ressource partagée.');

    // The slide fits the width and sits above the bar; the page does not scroll sideways. The phone
    // takes the deck again when the presenter's revision changes (its live units arriving), so
    // reveal.js may still be laying the new deck out: wait for it to settle.
    await expect.poll(async () => (await layoutOf(phone)).right).toBeLessThanOrEqual(361);
    const fitted = await layoutOf(phone);
    expect(fitted.left).toBeGreaterThanOrEqual(-1);
    expect(fitted.right).toBeLessThanOrEqual(361);
    expect(fitted.bottom).toBeLessThanOrEqual(fitted.barTop + 1);
    expect(fitted.scrollWidth).toBeLessThanOrEqual(360);

    // With the form open the bar grows: the slide shrinks to stay above it.
    await phone.getByTestId('open-room-input').click();
    await expect.poll(async () => {
      const open = await layoutOf(phone);
      return open.bottom <= open.barTop + 1 && open.top >= -1;
    }).toBe(true);
    await phone.getByTestId('open-room-input').click();

    // Amel blacks the projector out (b): the phone goes black and says so; b again, both are back.
    await amel.page.keyboard.press('b');
    await expect(follow).toHaveAttribute('data-presenter-paused', 'true');
    await expect(phone.getByTestId('follow-status')).toHaveText('The screen is paused on slide 5 of 13.');
    expect(await seriousViolations(phone)).toEqual([]);
    await amel.page.keyboard.press('b');
    await expect(follow).toHaveAttribute('data-presenter-paused', 'false');
    await expect(phone.getByTestId('follow-status')).toHaveText(/^Following .*: slide 5 of 13$/);
  } finally {
    await context.close();
  }
});
