import { EXAMPLE_UNIT, UnitDraftSchema, type Unit, type UnitDraft } from '@minga/schema';
import { describe, expect, it } from 'vitest';
import { parseMarkdown } from './parseMarkdown.ts';
import { unitToMarkdown } from './unitToMarkdown.ts';

const backAndForth = (unit: UnitDraft) => parseMarkdown(unitToMarkdown(unit));

/** A unit whose every text says something Markdown or YAML could misread. */
const TRICKY: Unit = {
  ...EXAMPLE_UNIT,
  id: 'tricky',
  title: '# Pas un titre: "vraiment" — yes',
  description: 'Ligne 1: deux-points\n- pas une liste\n---',
  hashtags: ['tiers-lieux', 'yes', '2024'],
  context: '---\ntitle: pas du front matter\n---\n\n  indenté\n',
  participants: 'null',
  objectives: [{ id: 'o1', text: 'Note: ce n\'est pas une note\n\ndeux paragraphes' }, { id: 'o2', text: '' }],
  steps: [
    { id: 's1', title: '10 min', kind: 'break', minutes: 600, notes: '' },
    { id: 's2', title: '', kind: 'other', minutes: 0, notes: '```\ncode\n```\n<!-- .slide: id="x" -->' },
  ],
  nextSteps: [{ id: 'n1', text: '[x] pas cochée', done: false }, { id: 'n2', text: 'faite', done: true }],
  materials: [{ id: 'm1', title: '"Cartes" : jeu', url: 'https://example.org/a?b=1&c=2#d', licence: 'tous droits réservés' }],
  contributors: [{ name: 'Amel', role: '' }, { name: 'Yann Le Gall' }, { name: 'true' }],
  slides: [
    { id: 'empty', content: { type: 'doc', content: [] }, notes: { type: 'doc', content: [] }, hidden: false },
    { id: 'only-notes', content: { type: 'doc', content: [] }, notes: { type: 'doc', content: [{ type: 'paragraph' }] }, hidden: true },
    {
      id: 'separators',
      content: {
        type: 'doc',
        content: [
          { type: 'paragraph', content: [{ type: 'text', text: '---' }] },
          { type: 'codeBlock', content: [{ type: 'text', text: 'Note: x\n\n---\n\n<!-- .slide: id="y" -->' }] },
          { type: 'paragraph', content: [{ type: 'text', text: '<!-- .slide: hidden -->' }] },
          { type: 'horizontalRule' },
        ],
      },
      notes: { type: 'doc', content: [{ type: 'heading', attrs: { level: 2 }, content: [{ type: 'text', text: 'Notes: titre' }] }, { type: 'horizontalRule' }] },
      hidden: false,
    },
  ],
  source: undefined,
  createdAt: undefined,
  updatedAt: undefined,
};
for (const key of ['source', 'createdAt', 'updatedAt'] as const) delete TRICKY[key];

describe('unitToMarkdown then parseMarkdown', () => {
  it('gives back the example unit field for field, ids, hidden slides, notes and done next steps included', () => {
    const { draft, warnings } = backAndForth(EXAMPLE_UNIT);
    expect(draft).toEqual(EXAMPLE_UNIT);
    expect(warnings).toEqual([]);
  });

  it('gives back a unit whose texts look like Markdown, YAML and slide separators', () => {
    expect(UnitDraftSchema.parse(TRICKY)).toEqual(TRICKY);
    expect(backAndForth(TRICKY).draft).toEqual(TRICKY);
  });

  it('gives back an empty unit, and a draft without an id stays without one', () => {
    const empty = UnitDraftSchema.parse({});
    expect(backAndForth(empty).draft).toEqual(empty);
    expect(backAndForth(empty).draft.id).toBeUndefined();
  });

  it('is stable: exporting the re-imported unit writes the same text', () => {
    const markdown = unitToMarkdown(EXAMPLE_UNIT);
    expect(unitToMarkdown(parseMarkdown(markdown).draft)).toBe(markdown);
  });

  it('writes a readable file: fields in the header standard\'s order, slides as reveal.js Markdown', () => {
    const markdown = unitToMarkdown(EXAMPLE_UNIT);
    const keys = [...markdown.split('\n---\n')[0]!.matchAll(/^(\w+):/gm)].map((m) => m[1]);
    expect(keys).toEqual([
      'title', 'description', 'hashtags', 'objectives', 'steps', 'nextSteps', 'context', 'participants', 'materials',
      'language', 'licence', 'contributors', 'source', 'id', 'schemaVersion', 'createdAt', 'updatedAt',
    ]);
    expect(markdown).toContain('hashtags: [ communs, décideurs, tiers-lieux ]');
    expect(markdown).toContain('<!-- .slide: id="sl-1" -->\n\n# Qu’est-ce qu’un commun\u00a0?\n\n');
    expect(markdown).toContain('\n\nNote:\n\nLaisser deviner avant de montrer.\n\n---\n\n<!-- .slide: id="sl-2" data-visibility="hidden" data-step="st-3" -->');
    expect(markdown).toContain('> Il n’y a pas de commun sans communauté.');
  });
});
