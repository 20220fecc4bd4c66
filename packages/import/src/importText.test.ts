import { EXAMPLE_UNIT, ImportPreviewEntrySchema, ImportWarningSchema } from '@minga/schema';
import { describe, expect, it } from 'vitest';
import { detectFormat } from './detectFormat.ts';
import { importText } from './importText.ts';
import { unitToMarkdown } from './unitToMarkdown.ts';

const utf8 = (text: string) => new TextEncoder().encode(text);
const errorOf = (input: string | Uint8Array, options = {}) => {
  const result = importText(input, options);
  if (result.ok) throw new Error('expected the import to fail');
  expect(Object.keys(result)).toEqual(['ok', 'error']); // never a partial draft beside an error
  return result.error;
};

describe('importText refuses bad input, saying what and where', () => {
  it('binary content: NUL bytes, or mostly control characters', () => {
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52]);
    expect(errorOf(png).code).toBe('binary');
    expect(errorOf('Titre : a\u0000b').code).toBe('binary');
    expect(errorOf('\u0001\u0002\u0003\u0004 abc \u0005\u0006').code).toBe('binary');
  });

  it('over the size limit, in bytes, for text and for bytes', () => {
    expect(errorOf('é'.repeat(600), { maxBytes: 1000 })).toMatchObject({ code: 'too_large', message: expect.stringMatching(/1\.2 KiB.*1000 bytes/) });
    expect(errorOf(new Uint8Array(2048).fill(65), { maxBytes: 1024 }).code).toBe('too_large');
    expect(importText('é'.repeat(500), { maxBytes: 1000 }).ok).toBe(true);
  });

  it('invalid UTF-8, with the byte and the line', () => {
    const bytes = new Uint8Array([...utf8('Titre : café\nDescription : '), 0xe9, ...utf8('t\u00e9\n')]); // a Latin-1 é
    expect(errorOf(bytes)).toMatchObject({ code: 'invalid_utf8', line: 2, message: expect.stringMatching(/offset 28 \(line 2\)/) });
    expect(errorOf('ok\n\uD800 seul').code).toBe('invalid_utf8');
  });

  it('empty text', () => {
    expect(errorOf(' \n\t\n').code).toBe('empty');
  });

  it('broken front matter, with its line', () => {
    expect(errorOf('---\nlanguage: fr\ntitle: "unclosed\n---\n# x')).toMatchObject({ code: 'invalid_front_matter', line: 3 });
  });

  it('JSON that does not parse, with its line', () => {
    expect(errorOf('{\n  "title": "a",\n  "steps": [,]\n}')).toMatchObject({ code: 'invalid_json', line: 3, message: 'not valid JSON: unexpected ",]\\n}" (line 3)' });
    expect(errorOf('{"title": "a"')).toMatchObject({ code: 'invalid_json', message: 'not valid JSON: it ends too early (line 1)' });
  });

  it('JSON that fails the unit schema, with the path of the field', () => {
    const steps = [{ title: 'ok', minutes: 5 }, { title: 'trop', minutes: 601 }];
    expect(errorOf(JSON.stringify({ title: 'a', steps }))).toMatchObject({ code: 'invalid_unit', path: 'steps[1].minutes', message: expect.stringMatching(/^steps\[1\]\.minutes: must be 600 minutes/) });
    expect(errorOf(JSON.stringify({ title: 'a', colour: 'red' }))).toMatchObject({ code: 'invalid_unit', message: expect.stringMatching(/colour/) });
    expect(errorOf(JSON.stringify({ ...EXAMPLE_UNIT, schemaVersion: 7 }))).toMatchObject({ code: 'invalid_unit', path: 'schemaVersion' });
    expect(errorOf('[1, 2]').code).toBe('invalid_unit');
    const unsafe = { title: 'a', slides: [{ content: { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'x', marks: [{ type: 'link', attrs: { href: 'javascript:alert(1)' } }] }] }] } }] };
    expect(errorOf(JSON.stringify(unsafe))).toMatchObject({ code: 'invalid_unit', path: 'slides[0].content.content[0].content[0].marks[0].attrs.href' });
  });
});

describe('importText on good input', () => {
  it('imports Minga JSON (a unit, a draft, or the API\'s { unit } answer) as it is', () => {
    for (const json of [EXAMPLE_UNIT, { unit: EXAMPLE_UNIT }]) {
      const result = importText(JSON.stringify(json, null, 2), { filename: 'unit.json' });
      expect(result).toMatchObject({ ok: true, format: 'minga-json', draft: EXAMPLE_UNIT, warnings: [] });
    }
    const draft = importText('{"title":"Brouillon","objectives":[{"text":"un"}]}');
    expect(draft.ok && draft.draft.objectives[0]!.id).toMatch(/^[A-Za-z0-9_-]{16}$/);
  });

  it('imports the Markdown it exports, from bytes with a byte order mark and Windows line endings', () => {
    const markdown = unitToMarkdown(EXAMPLE_UNIT).replace(/\n/g, '\r\n');
    const result = importText(new Uint8Array([0xef, 0xbb, 0xbf, ...utf8(markdown)]), { filename: 'communs.md' });
    expect(result).toMatchObject({ ok: true, format: 'markdown', draft: EXAMPLE_UNIT });
  });

  it('names an untitled unit after its file', () => {
    const result = importText('Objectifs :\n- un', { filename: 'atelier_communs-2024.txt' });
    expect(result).toMatchObject({ ok: true, draft: { title: 'atelier communs 2024', objectives: [{ text: 'un' }] } });
    const untitled = importText('---\nlanguage: fr\n---\nsans titre', { filename: 'notes/atelier_communs-2024.md' });
    expect(untitled).toMatchObject({ ok: true, draft: { title: 'atelier communs 2024' } });
    expect(untitled.ok && untitled.warnings.map((w) => w.code)).toContain('title_from_filename');
  });
});

describe('detectFormat', () => {
  it.each([
    ['{"title":"x"}', undefined, 'minga-json'],
    ['anything', 'unit.json', 'minga-json'],
    ['---\ntitle: x\nteaching: 10\n---\n', undefined, 'carpentries'],
    ['---\ntitle: x\n---\n::::: challenge\n## C\n:::::', undefined, 'carpentries'],
    ['> ## C\n> text\n{: .challenge}', undefined, 'carpentries'],
    ['---\ntitle: x\n---\n# Slide', undefined, 'markdown'],
    ['# Titre\nMon atelier\n# Objectifs\n- un', 'atelier.md', 'pad'],
    ['Titre : a\nHashtags : #b', undefined, 'pad'],
    ['# A heading\n\nSome **bold** text and [a link](https://example.org).', undefined, 'markdown'],
    ['Just some notes', 'notes.md', 'markdown'],
    ['Just some notes', undefined, 'pad'],
  ])('%j (%s) is %s', (text, filename, format) => {
    expect(detectFormat(text, filename)).toBe(format);
  });
});

describe('warnings and preview are the schema’s (one definition in @minga/schema)', () => {
  it('every warning and preview entry parses with ImportPreviewSchema’s parts, whose preview names only unit fields', () => {
    const pad = 'Titre : Les communs\nDescription : Ce que nous partageons.\nObjectifs :\n- Nommer un commun\nDéroulé :\n- 10 min Tour de table\n- 95 min Trop long\n#mauvais tag\n';
    for (const input of [pad, unitToMarkdown(EXAMPLE_UNIT)]) {
      const result = importText(input);
      if (!result.ok) throw new Error(result.error.message);
      expect(result.preview.length).toBeGreaterThan(0);
      expect(result.preview.map((entry) => ImportPreviewEntrySchema.safeParse(entry).success)).not.toContain(false);
      expect(result.warnings.map((warning) => ImportWarningSchema.safeParse(warning).success)).not.toContain(false);
    }
    // What the importer may write in `field` is what the API's schema declares: a unit field, nothing else.
    expect(ImportPreviewEntrySchema.safeParse({ field: 'title', from: 'front matter', summary: 'Les communs' }).success).toBe(true);
    expect(ImportPreviewEntrySchema.safeParse({ field: 'createdAt', from: 'front matter', summary: 'hier' }).success).toBe(false);
    expect(ImportPreviewEntrySchema.safeParse({ field: 'titre', from: 'front matter', summary: 'Les communs' }).success).toBe(false);
  });
});
