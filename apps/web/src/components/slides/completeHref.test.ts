import { isSafeLinkHref } from '@minga/schema';
import { describe, expect, it } from 'vitest';
import { completeHref } from './completeHref.ts';

describe('a link address as typed in the link dialog', () => {
  it('gets https:// when typed without a scheme, mailto: when it is an e-mail address', () => {
    expect(completeHref(' exemple.org/atelier ')).toBe('https://exemple.org/atelier');
    expect(completeHref('amel@exemple.org')).toBe('mailto:amel@exemple.org');
    expect(completeHref('http://exemple.org')).toBe('http://exemple.org');
  });

  it('keeps any other scheme as typed, so the dialog refuses it rather than hiding it behind https://', () => {
    expect(completeHref('javascript:alert(1)')).toBe('javascript:alert(1)');
    expect(isSafeLinkHref(completeHref('javascript:alert(1)'))).toBe(false);
    expect(isSafeLinkHref(completeHref('data:text/html,x'))).toBe(false);
  });
});
