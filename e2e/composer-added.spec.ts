import { expect, test } from './support/fixtures.ts';
import { SessionComposerPage, createSession, createTimedUnit, sessionPath } from './support/SessionComposerPage.ts';
import { libraryTitles } from './support/units.ts';

test('on a laptop, the library sits beside a long programme, and an added unit is brought into view and highlighted', async ({ people, workspaces, request }) => {
  const workspace = await workspaces.create('Composer added');
  await createTimedUnit(request, workspace, 'Débat mouvant', 15);
  await expect.poll(() => libraryTitles(request, workspace)).toEqual(['Débat mouvant']);
  const items = Array.from({ length: 9 }, (_, i) => ({ kind: 'other', title: `Atelier ${i + 1}`, minutes: 5 }));
  const sessionId = await createSession(request, workspace, { title: 'Une longue formation', items });
  const amel = await people.arrive('Amel');
  await amel.page.setViewportSize({ width: 1280, height: 800 });
  const composer = await SessionComposerPage.open(amel, sessionPath(workspace.id, sessionId, workspace.editKey));
  const page = composer.page;

  // The library is in view beside the programme, without scrolling.
  await expect(page.getByTestId('library-search')).toBeInViewport();
  await (await composer.search('debat', 'Débat mouvant')).getByTestId('library-add').click();
  const added = page.getByTestId('session-item').filter({ hasText: 'Débat mouvant' });
  await expect(added).toHaveCount(1);
  await expect(added).toBeInViewport();
  await expect(added).toHaveClass(/session-item--added/);
  await expect(page.getByTestId('session-item')).toHaveCount(10);
});
