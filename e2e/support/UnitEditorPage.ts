import { expect, type Locator, type Page, type WebSocketRoute } from '@playwright/test';
import type { Person } from './Person.ts';

/**
 * The unit editor as one person sees it (page object over `Person`): fields by test id,
 * list rows, the save status, and a sync connection that can be cut and given back.
 */
export class UnitEditorPage {
  readonly page: Page;
  readonly title: Locator;
  readonly description: Locator;
  readonly saveStatus: Locator;
  readonly totalMinutes: Locator;
  readonly steps: Locator;
  readonly objectives: Locator;
  readonly contributors: Locator;
  private sockets: WebSocketRoute[] = [];
  private reachable = true;

  constructor(readonly person: Person) {
    this.page = person.page;
    this.title = this.page.getByTestId('unit-title');
    this.description = this.page.getByTestId('unit-description');
    this.saveStatus = this.page.getByTestId('save-status');
    this.totalMinutes = this.page.getByTestId('total-minutes');
    this.steps = this.page.getByTestId('step');
    this.objectives = this.page.getByTestId('objective-text');
    this.contributors = this.page.getByTestId('contributors');
  }

  /**
   * Opens a unit's page, says who they are if asked, and waits until it is in sync.
   * Sync sockets go through a route, so `goOffline` can cut the open one as bad wifi would.
   */
  static async open(person: Person, path: string): Promise<UnitEditorPage> {
    const editor = new UnitEditorPage(person);
    await person.page.context().routeWebSocket(/\/sync\//, (socket) => {
      if (!editor.reachable) {
        void socket.close({ code: 1006 });
        return;
      }
      socket.connectToServer();
      editor.sockets.push(socket);
    });
    await person.openWorkspace(path);
    await expect(person.page.getByTestId('unit-editor')).toBeVisible();
    return editor;
  }

  /** The browser goes offline and the open sync socket drops; edits stay on this device. */
  async goOffline(): Promise<void> {
    this.reachable = false;
    await this.page.context().setOffline(true);
    const open = this.sockets;
    this.sockets = [];
    await Promise.all(open.map((socket) => socket.close({ code: 1006 })));
    await expect(this.person.indicator).toHaveAttribute('data-status', /offline|reconnecting/);
  }

  /** The connection comes back: the next reconnection attempt gets through. */
  async goOnline(): Promise<void> {
    this.reachable = true;
    await this.page.context().setOffline(false);
    await this.person.waitUntilSynced();
  }

  /** Waits until every change made here is on the server's disk. */
  async waitUntilSaved(): Promise<void> {
    await expect(this.saveStatus).toHaveAttribute('data-status', 'saved');
  }

  /** Types at the end of a plain field, as a person would. */
  async typeAtEnd(field: Locator, text: string): Promise<void> {
    await field.click();
    await field.press('End');
    await field.pressSequentially(text);
  }

  /** Adds an objective and writes it (the new field takes the focus). */
  async addObjective(text: string): Promise<void> {
    const before = await this.objectives.count();
    await this.page.getByTestId('add-objective').click();
    await expect(this.objectives).toHaveCount(before + 1);
    await expect(this.objectives.nth(before)).toBeFocused();
    await this.page.keyboard.type(text);
  }

  /**
   * Moves a row of a sortable list with the keyboard, as a screen reader user would: focus its
   * grip, Space to pick it up, arrows, Space to drop; each key waits for the list's answer.
   */
  async moveWithKeyboard(row: Locator, by: number): Promise<void> {
    const grip = row.getByTestId('drag-handle');
    await grip.focus();
    await this.page.keyboard.press('Space');
    await expect(grip).toHaveAttribute('aria-pressed', 'true');
    const count = await row.locator('xpath=../li').count();
    const from = await row.locator('xpath=preceding-sibling::li').count();
    const key = by < 0 ? 'ArrowUp' : 'ArrowDown';
    for (let moved = 1; moved <= Math.abs(by); moved++) {
      await this.page.keyboard.press(key);
      const position = from + 1 + Math.sign(by) * moved;
      await expect(this.page.getByRole('status').filter({ hasText: `position ${position} of ${count}` })).toHaveCount(1);
    }
    await this.page.keyboard.press('Space');
    await expect(grip).not.toHaveAttribute('aria-pressed', 'true');
  }

  /** The values of a list of fields, in order. */
  async values(fields: Locator): Promise<string[]> {
    return fields.evaluateAll((elements) => elements.map((element) => (element as HTMLInputElement).value));
  }

  /** The steps' titles, in the order shown. */
  stepTitles(): Promise<string[]> {
    return this.values(this.page.getByTestId('step-title'));
  }

  /** The name tags shown next to a field (the others in it). */
  presenceIn(field: string): Locator {
    return this.page.locator(`[data-testid="field-presence"][data-field="${field}"]`);
  }
}
