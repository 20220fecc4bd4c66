import { expect, type APIRequestContext, type Locator, type Page } from '@playwright/test';
import type { TestWorkspace } from './fixtures.ts';
import type { Person } from './Person.ts';

/** The in-app path of a session's composer for a key. */
export function sessionPath(workspaceId: string, sessionId: string, key: string): string {
  return `/w/${encodeURIComponent(workspaceId)}/sessions/${encodeURIComponent(sessionId)}?key=${encodeURIComponent(key)}`;
}

/** Creates a session through `POST /api/w/<ws>/sessions` from a draft; returns its id. */
export async function createSession(request: APIRequestContext, workspace: TestWorkspace, draft: Record<string, unknown>): Promise<string> {
  const response = await request.post(`/api/w/${workspace.id}/sessions`, {
    headers: { Authorization: `Bearer ${workspace.editKey}` },
    data: draft,
  });
  expect(response.status(), await response.text()).toBe(201);
  return ((await response.json()) as { id: string }).id;
}

/** A unit whose sequence is one step of `minutes`, made through the API; returns its id. */
export async function createTimedUnit(request: APIRequestContext, workspace: TestWorkspace, title: string, minutes: number, extra: Record<string, unknown> = {}): Promise<string> {
  const response = await request.post(`/api/w/${workspace.id}/units`, {
    headers: { Authorization: `Bearer ${workspace.editKey}` },
    data: { title, steps: [{ title: `${title} — déroulé`, kind: 'talk', minutes, notes: '' }], ...extra },
  });
  expect(response.status(), await response.text()).toBe(201);
  return ((await response.json()) as { id: string }).id;
}

/**
 * The session composer as one person sees it (page object over `Person`): the items in order,
 * the budget, the library side panel, and drags made as a hand would make them.
 */
export class SessionComposerPage {
  readonly page: Page;
  readonly items: Locator;
  readonly budget: Locator;
  readonly library: Locator;

  constructor(readonly person: Person) {
    this.page = person.page;
    this.items = this.page.getByTestId('session-item');
    this.budget = this.page.getByTestId('budget-message');
    this.library = this.page.getByTestId('library-panel');
  }

  /** Opens a session's page, says who they are if asked, and waits until it is in sync. */
  static async open(person: Person, path: string): Promise<SessionComposerPage> {
    await person.openWorkspace(path);
    await expect(person.page.getByTestId('session-composer')).toBeVisible();
    return new SessionComposerPage(person);
  }

  /** The items' titles, in the order shown. */
  async titles(): Promise<string[]> {
    return this.page.getByTestId('item-title').evaluateAll((headings) =>
      headings.map((heading) => (heading.textContent ?? '').replace(/^\d+\.\s*/, '').trim()),
    );
  }

  /** An item by (part of) its title. */
  item(title: string): Locator {
    return this.items.filter({ has: this.page.getByTestId('item-title').filter({ hasText: title }) });
  }

  /**
   * Moves an item by `by` places as a keyboard user does (grip, Space, arrows, Space), each key
   * after dnd-kit has taken the previous one: its keyboard sensor listens only from the next task
   * after the pick-up, and its announcement says where the item is.
   */
  async moveWithKeyboard(item: Locator, by: number): Promise<void> {
    const grip = item.getByTestId('item-drag-handle');
    const count = await this.items.count();
    const from = await item.evaluate((row) => Array.from(row.parentElement?.children ?? []).indexOf(row));
    await grip.focus();
    await this.page.keyboard.press('Space');
    await expect(grip).toHaveAttribute('aria-pressed', 'true');
    const key = by < 0 ? 'ArrowUp' : 'ArrowDown';
    for (let moved = 1; moved <= Math.abs(by); moved++) {
      await this.page.keyboard.press(key);
      const position = from + 1 + Math.sign(by) * moved;
      await expect(this.page.locator('[id^="DndLiveRegion"]', { hasText: `moves to position ${position} of ${count}` })).toHaveCount(1);
    }
    await this.page.keyboard.press('Space');
    await expect(grip).not.toHaveAttribute('aria-pressed', 'true');
  }

  /** Types in the library search and waits until it lists the unit with this title. */
  async search(query: string, expectTitle: string): Promise<Locator> {
    await this.library.getByTestId('library-search').fill(query);
    const result = this.library.getByTestId('library-result').filter({ hasText: expectTitle });
    await expect(result).toHaveCount(1);
    await expect(this.library.getByTestId('library-status')).toHaveAttribute('data-status', 'ready');
    return result;
  }

  /**
   * Presses the mouse on `from`, moves in small steps (dnd-kit starts after 5 px) and releases over
   * `to`'s upper or lower part. Each end is first scrolled to the middle of the pane that scrolls
   * it (the window on a phone), once any smooth scroll there has ended: away from the edges where
   * dnd-kit scrolls by itself, and from under the programme's sticky time budget.
   */
  async drag(from: Locator, to: Locator, where: 'upper' | 'lower' = 'upper'): Promise<void> {
    const inset = (height: number) => Math.min(12, height / 4);
    await centreInItsPane(to, where === 'upper' ? 'top' : 'bottom');
    await centreInItsPane(from, 'middle');
    const start = await from.boundingBox();
    const end = await to.boundingBox();
    if (!start || !end) throw new Error('drag: an element is not on screen');
    const mouse = this.page.mouse;
    await mouse.move(start.x + start.width / 2, start.y + start.height / 2);
    await mouse.down();
    await mouse.move(start.x + start.width / 2, start.y + start.height / 2 + 12, { steps: 4 });
    const y = where === 'upper' ? end.y + inset(end.height) : end.y + end.height - inset(end.height);
    await mouse.move(end.x + end.width / 2, y, { steps: 15 });
    await mouse.move(end.x + end.width / 2, y + 1, { steps: 2 });
    await mouse.up();
  }
}

/** Where an element sits, rounded: two equal readings a moment apart mean nothing scrolls it any more. */
async function settledTop(element: Locator): Promise<void> {
  let last = Number.NaN;
  await expect.poll(async () => {
    const box = await element.boundingBox();
    const top = box ? Math.round(box.y) : Number.NaN;
    const still = top === last;
    last = top;
    return still;
  }, { intervals: [100] }).toBe(true);
}

/** Scrolls the nearest scrolling box of `element` (a pane, else the window) so that its top, middle or bottom edge (12 px in) is at that box's middle. */
async function centreInItsPane(element: Locator, part: 'top' | 'middle' | 'bottom'): Promise<void> {
  await element.scrollIntoViewIfNeeded();
  await settledTop(element);
  await element.evaluate((node, at) => {
    const rect = node.getBoundingClientRect();
    const inset = Math.min(12, rect.height / 4);
    const y = at === 'top' ? rect.top + inset : at === 'bottom' ? rect.bottom - inset : rect.top + rect.height / 2;
    let box = node.parentElement;
    while (box && !(box.scrollHeight > box.clientHeight && /auto|scroll/.test(getComputedStyle(box).overflowY))) box = box.parentElement;
    if (box) {
      const pane = box.getBoundingClientRect();
      box.scrollBy({ top: y - (pane.top + pane.height / 2), behavior: 'instant' });
    } else {
      window.scrollBy({ top: y - window.innerHeight / 2, behavior: 'instant' });
    }
  }, part);
  await settledTop(element);
}
