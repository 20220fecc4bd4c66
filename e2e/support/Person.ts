import { expect, type Browser, type BrowserContext, type Locator, type Page } from '@playwright/test';

/** Indicator states that mean "in sync with the server" (see ConnectionIndicator.tsx). */
const SYNCED = /^(connected|read-only)$/;

export interface PersonOptions {
  baseURL: string;
  locale?: string;
}

/** One named person in their own browser context (own storage, own IndexedDB), like a laptop of their own. */
export class Person {
  readonly page: Page;
  readonly indicator: Locator;
  readonly pad: Locator;
  readonly presence: Locator;
  readonly name: string;
  private readonly context: BrowserContext;

  private constructor(name: string, context: BrowserContext, page: Page) {
    this.name = name;
    this.context = context;
    this.page = page;
    this.indicator = page.getByTestId('connection-indicator');
    this.pad = page.getByTestId('pad-editor');
    this.presence = page.getByTestId('presence-list');
  }

  /** Opens a fresh browser context for this person: nothing stored yet. */
  static async arrive(browser: Browser, name: string, options: PersonOptions): Promise<Person> {
    const context = await browser.newContext({ baseURL: options.baseURL, locale: options.locale ?? 'en-US' });
    const page = await context.newPage();
    return new Person(name, context, page);
  }

  /** Opens a workspace link, says who they are if asked, and waits until the pad is in sync. */
  async openWorkspace(path: string): Promise<void> {
    await this.page.goto(path);
    await this.introduceIfAsked();
    await this.waitUntilSynced();
  }

  /** Fills the first-visit name form when it shows (it does not once the name is stored). */
  async introduceIfAsked(): Promise<void> {
    const form = this.page.getByTestId('identity-form');
    await expect(form.or(this.indicator)).toBeVisible();
    if (await form.isVisible()) {
      // By name attribute and type, not by label: people may browse in French.
      await form.locator('input[name="name"]').fill(this.name);
      await form.locator('button[type="submit"]').click();
    }
  }

  /** Waits until the indicator says the pad is connected and synced (or read-only and synced). */
  async waitUntilSynced(): Promise<void> {
    // A first page load on a busy 2-core machine (three browsers and the server) can pass 10 s.
    await expect(this.indicator).toHaveAttribute('data-status', SYNCED, { timeout: 30_000 });
  }

  /** Types at the end of the pad, as a person would. */
  async write(text: string): Promise<void> {
    await this.pad.click();
    await this.page.keyboard.press('ControlOrMeta+End');
    await this.page.keyboard.type(text);
  }

  /** The pad's text as written, without the other people's caret labels. */
  async padText(): Promise<string> {
    return this.pad.evaluate((element) => {
      const copy = element.cloneNode(true) as HTMLElement;
      copy.querySelectorAll('.collaboration-carets__caret').forEach((caret) => caret.remove());
      return copy.textContent ?? '';
    });
  }

  /** Waits until the pad holds this text (carets aside). */
  async expectPadToContain(text: string): Promise<void> {
    await expect.poll(() => this.padText(), { message: `${this.name}'s pad should contain "${text}"` }).toContain(text);
  }

  /**
   * Cuts this person's sync sockets (the page itself still loads), as on a workshop's bad wifi.
   * Returns a function that lets the next reconnection attempt through.
   */
  async loseSyncConnection(): Promise<() => void> {
    let reachable = false;
    await this.context.routeWebSocket(/\/sync\//, (socket) => {
      if (reachable) socket.connectToServer();
      else void socket.close({ code: 1006 });
    });
    return () => {
      reachable = true;
    };
  }

  /** Reloads the page and waits until the pad is back in sync. */
  async reload(): Promise<void> {
    await this.page.reload();
    await this.waitUntilSynced();
  }

  async leave(): Promise<void> {
    await this.context.close();
  }
}
