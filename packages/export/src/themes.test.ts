import { describe, expect, it } from 'vitest';
import { MINGA_THEME_CSS } from './themes.ts';

// WCAG 2.1 contrast, computed from the colours the theme's CSS really sets (not from a copy),
// so changing a colour in themes.ts to a paler one fails here.

/** `#fff` → `#ffffff`. */
function longHex(hex: string): string {
  return hex.length === 4 ? `#${[...hex.slice(1)].map((c) => c + c).join('')}` : hex;
}

/** Relative luminance of a `#rrggbb` colour (WCAG 2.1, 1.4.3). */
function luminance(hex: string): number {
  const channels = [1, 3, 5].map((start) => Number.parseInt(hex.slice(start, start + 2), 16) / 255);
  const [r, g, b] = channels.map((c) => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4)) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

function contrast(a: string, b: string): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (light + 0.05) / (dark + 0.05);
}

/** The value of a custom property in the theme, e.g. `--r-main-color`. */
function variable(name: string): string {
  const match = new RegExp(`${name}:(#[0-9a-f]{6}|#[0-9a-f]{3})[;}]`, 'i').exec(MINGA_THEME_CSS);
  if (!match?.[1]) throw new Error(`${name} is not a hex colour in the theme`);
  return longHex(match[1]);
}

/** The value of `property` in the first rule whose selector is exactly `selector`. */
function ruleColour(selector: string, property: string): string {
  const escaped = selector.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const rule = new RegExp(`(?:^|\\n|\\})${escaped}\\{([^}]*)\\}`).exec(MINGA_THEME_CSS);
  const value = rule?.[1] && new RegExp(`(?:^|;)${property}:([^;]+)`).exec(rule[1])?.[1];
  if (!value) throw new Error(`no ${property} in ${selector}`);
  const colour = /^#[0-9a-f]{6}/i.exec(value)?.[0] ?? /(#[0-9a-f]{6})/i.exec(value)?.[1];
  if (!colour) throw new Error(`${selector} ${property} is not a #rrggbb colour: ${value}`);
  return colour;
}

const AA_TEXT = 4.5;
const AA_NON_TEXT = 3;

describe('the default slide theme meets WCAG AA contrast', () => {
  const background = variable('--r-background-color');

  it.each([
    ['body text', '--r-main-color'],
    ['headings', '--r-heading-color'],
    ['links', '--r-link-color'],
    ['hovered links', '--r-link-color-hover'],
  ])('%s on the slide background reach 4.5:1', (_what, name) => {
    expect(contrast(variable(name), background)).toBeGreaterThanOrEqual(AA_TEXT);
  });

  it('selected text reaches 4.5:1', () => {
    expect(contrast(variable('--r-selection-color'), variable('--r-selection-background-color'))).toBeGreaterThanOrEqual(AA_TEXT);
  });

  it('text in code, preformatted blocks and table headers reaches 4.5:1 on their shaded background', () => {
    const text = variable('--r-main-color');
    for (const selector of ['.reveal code', '.reveal pre', '.reveal th']) {
      expect(contrast(text, ruleColour(selector, 'background'))).toBeGreaterThanOrEqual(AA_TEXT);
    }
  });

  it('the slide number reaches 4.5:1 on its own background', () => {
    expect(contrast(ruleColour('.reveal .slide-number', 'color'), ruleColour('.reveal .slide-number', 'background'))).toBeGreaterThanOrEqual(AA_TEXT);
  });

  it('controls, progress bar and borders reach 3:1 (non-text contrast)', () => {
    const parts = [
      ruleColour('.reveal .controls', 'color'),
      ruleColour('.reveal .progress', 'color'),
      ruleColour('.reveal blockquote', 'border-left'),
      ruleColour('.reveal hr', 'border-top'),
    ];
    for (const colour of parts) expect(contrast(colour, background)).toBeGreaterThanOrEqual(AA_NON_TEXT);
  });

  it('measures contrast as WCAG does', () => {
    expect(contrast('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrast('#777777', '#ffffff')).toBeCloseTo(4.48, 2);
  });
});
