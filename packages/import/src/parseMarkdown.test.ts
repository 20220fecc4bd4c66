import { describe, expect, it } from 'vitest';
import { plainText } from './markdownToRichText.ts';
import { parseMarkdown } from './parseMarkdown.ts';
import { ImportError } from './types.ts';

const slideTexts = (md: string) => parseMarkdown(md).draft.slides.map((s) => [plainText(s.content), plainText(s.notes)]);

function errorOf(md: string): ImportError {
  try {
    parseMarkdown(md);
  } catch (e) {
    if (e instanceof ImportError) return e;
    throw e;
  }
  throw new Error('expected an ImportError');
}

describe('parseMarkdown on hand-written Markdown', () => {
  it('reads the short forms people type in front matter', () => {
    const { draft, warnings } = parseMarkdown(`---
title: Les communs en 1 h
tags: "#communs #décideurs"
lang: fr
license: CC BY-SA 4.0
authors: Amel (animation), Yann
objectives:
  - Définir un commun
steps:
  - Accueil (10 min)
  - title: Jeu de rôle
    minutes: 1 h 30
    kind: atelier
nextSteps:
  - "[x] relire"
  - tester
materials:
  - Le jeu des communs https://example.org/jeu (CC BY-SA)
source: https://pad.example.org/p/communs
---
Corps.
`);
    expect(draft).toMatchObject({
      title: 'Les communs en 1 h',
      hashtags: ['communs', 'décideurs'],
      language: 'fr',
      licence: 'CC-BY-SA-4.0',
      contributors: [{ name: 'Amel', role: 'animation' }, { name: 'Yann' }],
      objectives: [{ text: 'Définir un commun' }],
      steps: [{ title: 'Accueil', kind: 'talk', minutes: 10 }, { title: 'Jeu de rôle', kind: 'workshop', minutes: 90 }],
      nextSteps: [{ text: 'relire', done: true }, { text: 'tester', done: false }],
      materials: [{ title: 'Le jeu des communs', url: 'https://example.org/jeu', licence: 'CC BY-SA' }],
      source: { url: 'https://pad.example.org/p/communs' },
    });
    expect(warnings.map((w) => w.code)).toEqual(['step_kind']);
  });

  it('cuts the body into slides at # and ## headings when it has no --- separators, with Note: starting the notes', () => {
    expect(slideTexts('Intro\n\n# Un\n\nTexte\n\nNote: à dire\n\n## Deux\n\n### reste dans deux\n\n```\n# pas un titre\n```')).toEqual([
      ['Intro', ''],
      ['Un\nTexte', 'à dire'],
      ['Deux\nreste dans deux\n# pas un titre', ''],
    ]);
  });

  it('cuts the body at --- lines when it has them, not at a setext underline or inside code', () => {
    expect(slideTexts('---\ntitle: x\n---\n# A\n\n## A bis\n\n---\n\nTitre setext\n---\n\n```\n\n---\n```\n\n---\nNotes:\n\nseulement')).toEqual([
      ['A\nA bis', ''],
      ['Titre setext\n\n---', ''],
      ['', 'seulement'],
    ]);
  });

  it('takes the title from the first # heading when the front matter has none, and guesses the language', () => {
    const { draft, warnings, preview } = parseMarkdown('# Loops in the shell\n\nThe shell is a program where you type commands and they run.');
    expect(draft.title).toBe('Loops in the shell');
    expect(draft.language).toBe('en');
    expect(warnings.map((w) => w.code)).toContain('language_guessed');
    expect(preview[0]).toMatchObject({ field: 'title', from: 'the first heading of the body' });
  });

  it('keeps front matter keys that are not unit fields in the context, and says so', () => {
    const { draft, warnings } = parseMarkdown('---\ntitle: t\nlanguage: fr\nlayout: page\npermalink: /x/\n---\n');
    expect(draft.context).toBe('layout: page\npermalink: /x/');
    expect(warnings[0]).toMatchObject({ code: 'unknown_key', line: 4 });
  });

  it('sets CC-BY-SA-4.0 with a warning when the licence is not one a unit can carry', () => {
    const { draft, warnings } = parseMarkdown('---\ntitle: t\nlanguage: fr\nlicence: MIT\n---\n');
    expect(draft.licence).toBe('CC-BY-SA-4.0');
    expect(warnings[0]).toMatchObject({ code: 'licence_unknown', line: 4 });
  });

  it('gives a new id to a slide whose .slide comment carries an invalid one', () => {
    const { draft, warnings } = parseMarkdown('---\ntitle: t\nlanguage: fr\n---\n<!-- .slide: id="pas valide!" -->\n\nx');
    expect(draft.slides[0]!.id).toMatch(/^[A-Za-z0-9_-]{16}$/);
    expect(warnings[0]).toMatchObject({ code: 'slide_id' });
  });
});

describe('parseMarkdown refuses broken front matter and says where', () => {
  it('a front matter never closed', () => {
    expect(errorOf('---\ntitle: x\n\n# Corps')).toMatchObject({ code: 'invalid_front_matter', line: 1 });
  });

  it('YAML that does not parse, with the line in the file', () => {
    const e = errorOf('---\ntitle: ok\nsteps: [\n  unclosed\n---\n');
    expect(e.code).toBe('invalid_front_matter');
    expect(e.line).toBe(4);
    expect(e.message).toMatch(/not valid YAML.*\(line 4\)/);
  });

  it('a key given twice', () => {
    expect(errorOf('---\ntitle: a\ntitle: b\n---\n')).toMatchObject({ code: 'invalid_front_matter', line: 3 });
  });

  it('front matter that is a list, not keys and values', () => {
    expect(errorOf('---\n- a\n- b\n---\n')).toMatchObject({ code: 'invalid_front_matter' });
  });

  it('a value the unit schema refuses, with its path and its line', () => {
    const e = errorOf('---\ntitle: t\nsteps:\n  - title: a\n    minutes: 10\n  - title: b\n    minutes: -5\n---\n');
    expect(e).toMatchObject({ code: 'invalid_unit', path: 'steps[1].minutes', line: 7 });
    expect(e.message).toMatch(/steps\[1\]\.minutes: must be 0 minutes or more \(line 7\)/);
  });

  it('a description of more than three lines', () => {
    expect(errorOf('---\ntitle: t\ndescription: |\n  1\n  2\n  3\n  4\n---\n')).toMatchObject({ code: 'invalid_unit', path: 'description', line: 3 });
  });

  it('front matter longer than any unit\'s, before the YAML parser spends time on it', () => {
    expect(errorOf(`---\ncontext: "${'x'.repeat(140_000)}"\n---\n`)).toMatchObject({ code: 'invalid_front_matter', line: 1, message: expect.stringMatching(/longer than 128 KiB/) });
  });

  it('a unit from a newer Minga', () => {
    expect(errorOf('---\ntitle: t\nschemaVersion: 99\n---\n')).toMatchObject({ code: 'invalid_front_matter', line: 3 });
  });
});
