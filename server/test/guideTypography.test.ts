import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { frenchTypographyFaults } from '@minga/schema';
import { REPO_ROOT } from './helpers.ts';

/**
 * The prose of a Markdown text: fenced code blocks and code spans become `code`, link targets and
 * autolinks go, and emphasis markers (** *) go too, so that « **Qui êtes-vous ?** » is read as
 * the words it shows. Commands, URLs and Markdown syntax keep their plain spaces and colons.
 */
function markdownProse(markdown: string): string {
  return markdown
    .replace(/^(```|~~~)[^\n]*\n[\s\S]*?^\1[^\n]*$/gm, 'code')
    .replace(/(`+)[\s\S]*?\1/g, 'code')
    .replace(/\]\([^)]*\)/g, ']')
    .replace(/<[a-z]+:[^>]*>/g, 'lien')
    .replace(/\*+/g, '');
}

describe('docs/guide.fr.md', () => {
  it('its prose puts a non-breaking space before : ; ! ? and inside « », like the app', () => {
    const guide = fs.readFileSync(path.join(REPO_ROOT, 'docs/guide.fr.md'), 'utf8');
    const problems = frenchTypographyFaults(markdownProse(guide)).map((fault) => `…${fault}…`);
    expect(problems).toEqual([]);
  });

  it('reads code, URLs and link targets as no prose, and sees through bold', () => {
    expect(frenchTypographyFaults(markdownProse('Lancez `a : b ; c` puis [x](http://h:1/?q=a) et\n```sh\nx ; y\n```\n'))).toEqual([]);
    expect(frenchTypographyFaults(markdownProse('**Qui êtes-vous ?** et `x` ; « a »'))).toHaveLength(4);
  });
});
