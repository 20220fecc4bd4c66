import { EXAMPLE_UNIT, RichTextSchema, type BlockNode, type InlineNode, type RichTextDoc } from '@minga/schema';
import { describe, expect, it } from 'vitest';
import { markdownToRichText } from './markdownToRichText.ts';
import { richTextToMarkdown } from './richTextToMarkdown.ts';
import { Warnings } from './types.ts';

const doc = (...content: BlockNode[]): RichTextDoc => RichTextSchema.parse({ type: 'doc', content });
const p = (...content: unknown[]) => ({ type: 'paragraph', content }) as BlockNode;
const t = (text: string, ...marks: string[]) => (marks.length ? { type: 'text', text, marks: marks.map((type) => ({ type })) } : { type: 'text', text }) as InlineNode;
const link = (href: string, title: string | null = null) => ({ type: 'link', attrs: { href, target: '_blank', rel: 'noopener noreferrer nofollow', class: null, title } });

function read(markdown: string, options: { baseUrl?: string } = {}) {
  const warnings = new Warnings();
  return { doc: markdownToRichText(markdown, { warnings, ...options }), warnings: warnings.list };
}

describe('Markdown → rich text', () => {
  it('reads headings, paragraphs, marks, hard breaks and links as Tiptap JSON', () => {
    const { doc: d } = read('# Titre\n\nDu **gras**, de l\'*italique*, du ~~barré~~ et du `code`.\\\nVoir [Wikipédia](https://fr.wikipedia.org/wiki/Communs "Les communs").');
    expect(d).toEqual(doc(
      { type: 'heading', attrs: { level: 1 }, content: [{ type: 'text', text: 'Titre' }] },
      p(t('Du '), t('gras', 'bold'), t(', de l\''), t('italique', 'italic'), t(', du '), t('barré', 'strike'), t(' et du '), t('code', 'code'), t('.'),
        { type: 'hardBreak' }, t('Voir '), { type: 'text', text: 'Wikipédia', marks: [link('https://fr.wikipedia.org/wiki/Communs', 'Les communs')] }, t('.')),
    ));
  });

  it('reads lists, nested lists, ordered lists with their start, quotes, code blocks and rules', () => {
    const { doc: d } = read('- un\n- deux\n  1. a\n\n3. trois\n\n> cité\n\n```yaml\nclé: valeur\n```\n\n***');
    expect(d.content.map((b) => b.type)).toEqual(['bulletList', 'orderedList', 'blockquote', 'codeBlock', 'horizontalRule']);
    expect(d.content[1]).toMatchObject({ attrs: { start: 3 } });
    expect(d.content[3]).toEqual({ type: 'codeBlock', attrs: { language: 'yaml' }, content: [{ type: 'text', text: 'clé: valeur' }] });
    expect(d.content[0]).toMatchObject({ content: [{}, { content: [{}, { type: 'orderedList' }] }] });
  });

  it('reads a GFM table with header cells, as the editor makes tables', () => {
    const { doc: d } = read('| Commun | Règle |\n| --- | --- |\n| Four | *partagé* |');
    const cell = (type: string, content: unknown[]) => ({ type, attrs: { colspan: 1, rowspan: 1 }, content: [{ type: 'paragraph', content }] });
    expect(d.content[0]).toEqual({
      type: 'table',
      content: [
        { type: 'tableRow', content: [cell('tableHeader', [t('Commun')]), cell('tableHeader', [t('Règle')])] },
        { type: 'tableRow', content: [cell('tableCell', [t('Four')]), cell('tableCell', [t('partagé', 'italic')])] },
      ],
    });
  });

  it('drops javascript: and data: links and keeps their text, with a warning', () => {
    const { doc: d, warnings } = read('[clic](javascript:alert(1)) et [moi](data:text/html,x) et [mail](mailto:a@b.org)');
    expect(JSON.stringify(d)).not.toMatch(/"href":"(javascript|data):/);
    expect(d.content[0]).toMatchObject({ content: [{ text: '[clic](javascript:alert(1)) et [moi](data:text/html,x) et ' }, { text: 'mail' }] });
    expect(JSON.stringify(warnings)).toBe('[]');
    const relative = read('[là](autre-page.html)');
    expect(relative.doc).toEqual(doc(p(t('là'))));
    expect(relative.warnings[0]).toMatchObject({ code: 'link_dropped' });
  });

  it('resolves relative links and images against a base URL, GitHub pages to their raw files', () => {
    const { doc: d } = read('[suite](11-practice)\n\n![Carte](fig/map.svg)', { baseUrl: 'https://github.com/carpentries/instructor-training/blob/main/episodes/06-feedback.md' });
    expect(d.content[0]).toMatchObject({ content: [{ marks: [{ attrs: { href: 'https://github.com/carpentries/instructor-training/blob/main/episodes/11-practice' } }] }] });
    expect(d.content[1]).toEqual({ type: 'image', attrs: { src: 'https://raw.githubusercontent.com/carpentries/instructor-training/main/episodes/fig/map.svg', alt: 'Carte' } });
  });

  it('lifts images out of paragraphs (images are blocks) and keeps the alt text of an image it cannot keep', () => {
    expect(read('Avant ![logo](https://example.org/l.png) après').doc).toEqual(doc(
      p(t('Avant')), { type: 'image', attrs: { src: 'https://example.org/l.png', alt: 'logo' } }, p(t('après')),
    ));
    const { doc: d, warnings } = read('![une photo](http://example.org/insecure.png)');
    expect(d).toEqual(doc(p(t('une photo'))));
    expect(warnings[0]).toMatchObject({ code: 'image_dropped' });
  });

  it('reduces raw HTML to text: <kbd> and <em> become marks, <br> a hard break, <script> only its text', () => {
    const { doc: d, warnings } = read('Tapez <kbd>Entrée</kbd><br>puis <em>attendez</em> <span>ici</span>\n\n<script>alert(1)</script>');
    expect(d).toEqual(doc(p(t('Tapez '), t('Entrée', 'code'), { type: 'hardBreak' }, t('puis '), t('attendez', 'italic'), t(' ici')), p(t('alert(1)'))));
    expect(warnings.map((w) => w.code)).toContain('html_removed');
  });

  it('drops an HTML comment with a warning, and keeps an unclosed <!-- as text', () => {
    const closed = read('avant <!-- caché --> après');
    expect(closed.doc).toEqual(doc(p(t('avant  après'))));
    expect(closed.warnings[0]).toMatchObject({ code: 'html_removed' });
    expect(read('a <!-- b <? c <!x').doc).toEqual(doc(p(t('a <!-- b <? c <!x'))));
  });

  it('clamps headings below level 3 to level 3', () => {
    const { doc: d, warnings } = read('#### Petit titre');
    expect(d.content[0]).toMatchObject({ type: 'heading', attrs: { level: 3 } });
    expect(warnings[0]).toMatchObject({ code: 'heading_level' });
  });
});

describe('rich text → Markdown → rich text', () => {
  const roundTrips = (d: RichTextDoc) => expect(markdownToRichText(richTextToMarkdown(d))).toEqual(d);

  it('gives back every slide and note of the example unit', () => {
    for (const slide of EXAMPLE_UNIT.slides) {
      roundTrips(slide.content);
      roundTrips(slide.notes);
    }
  });

  it('writes plain Markdown for what Markdown can say', () => {
    const d = doc(
      { type: 'heading', attrs: { level: 2 }, content: [t('Le commun')] },
      p(t('Une '), t('ressource', 'bold'), t(' et '), { type: 'text', text: 'un lien', marks: [link('https://example.org/a_(b)')] }),
      { type: 'bulletList', content: [{ type: 'listItem', content: [p(t('a'))] }] },
    );
    expect(richTextToMarkdown(d)).toBe('## Le commun\n\nUne **ressource** et [un lien](<https://example.org/a_(b)>)\n\n- a');
    roundTrips(d);
  });

  it('escapes text that would read as Markdown syntax', () => {
    const tricky = [
      '# pas un titre', '- pas une liste', '1. pas une liste', '> pas une citation', 'Note: pas une note', 'notes : non plus',
      '*étoiles* et _soulignés_ et `accents graves` et [crochets] et <balises> et ~~tildes~~', '&amp; reste &amp;',
      '  espaces au début', 'espaces à la fin  ', 'une\nligne coupée', '---', '***', '| a | b |', '\\ antislash', '+ plus', '= égal',
    ];
    for (const text of tricky) roundTrips(doc(p(t(text))));
    roundTrips(doc(p(t('a'), { type: 'hardBreak' }, t('- b'), { type: 'hardBreak' }, t('Note: c'))));
  });

  it('keeps code spans and code blocks with backticks, blank lines and trailing newlines', () => {
    roundTrips(doc(p(t('a `b` c', 'code'), t(' et '), t('`', 'code'), t(' et '), t(' espacé ', 'code'))));
    for (const text of ['ligne\n', '```\nfence\n```', '\n\nblanc\n\n', 'Note: dans le code\n---']) {
      roundTrips(doc({ type: 'codeBlock', attrs: { language: 'md' }, content: [{ type: 'text', text }] }));
    }
    roundTrips(doc({ type: 'codeBlock' }));
  });

  it('keeps two lists in a row apart, empty paragraphs and empty list items', () => {
    const list = (type: 'bulletList' | 'orderedList', text: string) => ({ type, content: [{ type: 'listItem', content: [p(t(text))] }] }) as BlockNode;
    roundTrips(doc(list('bulletList', 'a'), list('bulletList', 'b'), list('orderedList', 'c'), list('orderedList', 'd')));
    roundTrips(doc({ type: 'paragraph' }, p(t('entre')), { type: 'paragraph' }));
    roundTrips(doc({ type: 'bulletList', content: [{ type: 'listItem', content: [{ type: 'paragraph' }] }, { type: 'listItem', content: [p(t('b'))] }] }));
  });

  it('keeps marks that overlap and change from one word to the next', () => {
    roundTrips(doc(p(t('a', 'bold'), t('b', 'bold', 'italic'), t('c', 'italic'), t(' d '), t('e', 'strike', 'code'))));
    roundTrips(doc(p({ type: 'text', text: 'lien ', marks: [link('https://example.org')] }, { type: 'text', text: 'gras', marks: [link('https://example.org'), { type: 'bold' }] })));
  });

  it('writes what Markdown cannot say as a minga-json block, and reads it back exactly', () => {
    const odd = doc(
      { type: 'image', attrs: { src: 'https://example.org/i.png', width: 320 } },
      p({ type: 'text', text: 'lien nu', marks: [{ type: 'link', attrs: { href: 'https://example.org' } }] }),
      { type: 'orderedList', attrs: { type: 'a' }, content: [{ type: 'listItem', content: [p(t('x'))] }] },
      { type: 'table', content: [{ type: 'tableRow', content: [{ type: 'tableCell', attrs: { colspan: 2 }, content: [p(t('large'))] }] }] },
    );
    const md = richTextToMarkdown(odd);
    expect(md).toContain('```minga-json\n{"type":"image"');
    roundTrips(odd);
  });

  it('refuses a minga-json block holding a node the schema forbids, keeping it as code', () => {
    const warnings = new Warnings();
    const d = markdownToRichText('```minga-json\n{"type":"script","content":[]}\n```', { warnings });
    expect(d.content[0]).toMatchObject({ type: 'codeBlock', attrs: { language: 'minga-json' } });
    expect(warnings.list[0]).toMatchObject({ code: 'json_block_invalid' });
  });
});

describe('rich text as the editor writes it', () => {
  it('is written as plain Markdown, without minga-json blocks', () => {
    const editorLink = link('https://example.org');
    const cell = (type: string, text: string) => ({ type, attrs: { colspan: 1, rowspan: 1 }, content: [p(t(text))] });
    const d = doc(
      { type: 'heading', attrs: { level: 1 }, content: [t('Titre')] },
      p(t('du '), t('gras', 'bold'), t(' et '), { type: 'text', text: 'un lien', marks: [editorLink] }),
      { type: 'orderedList', attrs: { start: 1 }, content: [{ type: 'listItem', content: [p(t('un'))] }] },
      { type: 'table', content: [{ type: 'tableRow', content: [cell('tableHeader', 'a'), cell('tableHeader', 'b')] }, { type: 'tableRow', content: [cell('tableCell', 'c'), cell('tableCell', 'd')] }] } as BlockNode,
      { type: 'image', attrs: { src: '/api/w/ws/files/abc', alt: 'Schéma' } },
      { type: 'codeBlock', content: [{ type: 'text', text: 'ls' }] },
      { type: 'paragraph' },
    );
    const md = richTextToMarkdown(d);
    expect(md).not.toContain('minga-json');
    expect(md).toBe('# Titre\n\ndu **gras** et [un lien](https://example.org)\n\n1. un\n\n| a | b |\n| --- | --- |\n| c | d |\n\n![Schéma](/api/w/ws/files/abc)\n\n```\nls\n```\n\n<p></p>');
    expect(markdownToRichText(md)).toEqual(d);
  });
});
