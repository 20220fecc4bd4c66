import { expect, type Locator, type Page } from '@playwright/test';

/** What a sighted keyboard user would call the focused element: its role or tag, test id and name. */
export function describeFocus(page: Page): Promise<string> {
  return page.evaluate(() => {
    const element = document.activeElement;
    if (!element || element === document.body) return '(nothing: the page itself)';
    const tag = element.tagName.toLowerCase();
    const role = element.getAttribute('role');
    const testId = element.getAttribute('data-testid');
    const labelledBy = element.getAttribute('aria-labelledby');
    const labels = 'labels' in element ? Array.from((element as HTMLInputElement).labels ?? []) : [];
    const name =
      element.getAttribute('aria-label') ??
      (labelledBy ? labelledBy.split(/\s+/).map((id) => document.getElementById(id)?.textContent ?? '').join(' ') : null) ??
      (labels.length > 0 ? labels.map((label) => label.textContent ?? '').join(' ') : null) ??
      (element as HTMLElement).innerText ??
      '';
    const type = element.getAttribute('type');
    return `${tag}${role ? `[role=${role}]` : ''}${type ? `[type=${type}]` : ''}${testId ? `[data-testid=${testId}]` : ''} "${name.replace(/\s+/g, ' ').trim().slice(0, 60)}"`;
  });
}

/** How to Tab: at most `max` presses (40 unless told), Shift+Tab with `backwards`. */
export interface TabOptions {
  max?: number;
  backwards?: boolean;
}

/** True when this locator's element (one of them, if several match) holds the focus now. */
function holdsFocus(target: Locator): Promise<boolean> {
  return target.evaluateAll((elements) => elements.some((element) => element === document.activeElement));
}

/**
 * Presses Tab (Shift+Tab with `backwards`) until `target` has the focus, as a keyboard user
 * moves through a page. Fails after `max` presses, listing every element the focus went to.
 */
export async function tabTo(page: Page, target: Locator, options: TabOptions = {}): Promise<void> {
  const max = options.max ?? 40;
  const key = options.backwards ? 'Shift+Tab' : 'Tab';
  const visited: string[] = [];
  // Tab through a page only once the wanted element is on it, as a person waits for the page to show.
  await target.first().waitFor();
  for (let press = 0; press < max; press++) {
    if (press > 0 || !(await holdsFocus(target))) await page.keyboard.press(key);
    if (await holdsFocus(target)) return;
    visited.push(await describeFocus(page));
  }
  throw new Error(`tabTo: ${max} presses of ${key} never reached ${target.toString()}; the focus went to:\n  ${visited.join('\n  ')}`);
}

/** `tabTo`, then checks that the element shows that it has the focus. */
export async function tabToVisible(page: Page, target: Locator, options: TabOptions = {}): Promise<void> {
  await tabTo(page, target, options);
  await expectVisibleFocus(page);
}

/** Why the focused element's focus cannot be seen; null when it can. */
function focusProblem(page: Page): Promise<string | null> {
  return page.evaluate(() => {
    const element = document.activeElement;
    if (!element || element === document.body) return 'nothing has the focus';
    const shows = (candidate: Element): boolean => {
      const style = getComputedStyle(candidate);
      const transparent = (color: string) => color === 'transparent' || /rgba\(.*,\s*0\)$/.test(color);
      const outline = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0 && !transparent(style.outlineColor);
      const shadow = style.boxShadow !== 'none' && style.boxShadow !== '';
      return outline || shadow;
    };
    const rect = element.getBoundingClientRect();
    // A visually hidden control (a radio under its swatch) shows its focus on what stands for it.
    const hidden = rect.width <= 1 && rect.height <= 1;
    const shown = hidden ? [element.nextElementSibling, element.closest('label')].filter((e): e is Element => e !== null) : [element];
    const ring = shown.find(shows);
    if (!ring) return 'no outline and no box-shadow';
    // An outline is drawn around the element, on what is behind it: it must stand out from that by 3:1 (WCAG 1.4.11).
    const ringStyle = getComputedStyle(ring);
    if (ringStyle.outlineStyle !== 'none' && parseFloat(ringStyle.outlineWidth) > 0) {
      const rgb = (color: string) => (color.match(/[\d.]+/g) ?? []).map(Number);
      const luminance = ([r = 0, g = 0, b = 0]: number[]) => {
        const linear = (c: number) => (c / 255 <= 0.03928 ? c / 255 / 12.92 : ((c / 255 + 0.055) / 1.055) ** 2.4);
        return 0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b);
      };
      let behind = 'rgb(255, 255, 255)';
      for (let parent = ring.parentElement; parent; parent = parent.parentElement) {
        const background = rgb(getComputedStyle(parent).backgroundColor);
        if (background.length >= 3 && (background[3] ?? 1) > 0.5) {
          behind = getComputedStyle(parent).backgroundColor;
          break;
        }
      }
      const [a, b] = [luminance(rgb(ringStyle.outlineColor)), luminance(rgb(behind))];
      const ratio = (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
      if (ratio < 3) return `the outline (${ringStyle.outlineColor}) stands out from ${behind} by ${ratio.toFixed(2)}:1 only`;
    }
    const box = (hidden ? shown[0]! : element).getBoundingClientRect();
    if (box.width === 0 || box.height === 0) return 'it has no size';
    if (box.bottom <= 0 || box.right <= 0 || box.top >= window.innerHeight || box.left >= window.innerWidth) return 'it is out of the viewport';
    return null;
  });
}

/** Checks that the focused element shows its focus (an outline that stands out from what is behind it, or a box-shadow) and is on screen. */
export async function expectVisibleFocus(page: Page): Promise<void> {
  const problem = await focusProblem(page);
  expect(problem, `the focus should be visible on ${await describeFocus(page)}`).toBeNull();
}

/** Tabs to a control, checks its focus can be seen, and presses a key on it (Enter unless told). */
export async function pressOn(page: Page, target: Locator, key = 'Enter', options: TabOptions = {}): Promise<void> {
  await tabToVisible(page, target, options);
  await page.keyboard.press(key);
}

/** Tabs to a field, checks its focus can be seen, and types at the caret. */
export async function typeInto(page: Page, field: Locator, text: string, options: TabOptions = {}): Promise<void> {
  await tabToVisible(page, field, options);
  await page.keyboard.type(text);
}
