import { describe, expect, it } from 'vitest';
import { sanitizePastedHtml } from './sanitizePastedHtml.ts';

// Vitest runs in Node here, without jsdom or happy-dom: DOMPurify has no DOM to work with.
// What it does to real HTML is checked in the browser (e2e/slides.spec.ts).
describe('sanitizePastedHtml without a DOM', () => {
  it('lets nothing of the pasted HTML through rather than passing it unsanitised', () => {
    const result = sanitizePastedHtml('<img src=x onerror=alert(1)><a href="javascript:alert(1)">x</a>', 'https://minga.example');
    expect(result.html).toBe('');
  });
});
