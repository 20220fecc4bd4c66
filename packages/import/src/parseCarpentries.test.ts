import { describe, expect, it } from 'vitest';
import { plainText } from './markdownToRichText.ts';
import { parseCarpentries } from './parseCarpentries.ts';

const WORKBENCH = `---
title: "Loops"
teaching: 40
exercises: 10
---

::::::::::::::::::::::::::::::::::::::: objectives

- Write a loop.
- Trace its variable.

::::::::::::::::::::::::::::::::::::::::::::::::::

:::::::::::::::::::::::::::::::::::::::: questions

- How can I repeat actions?

::::::::::::::::::::::::::::::::::::::::::::::::::

Loops are a programming construct.

::: instructor
Go slowly here.
:::

## Nelle's pipeline

Text of the section, see [the glossary][glossary].

::::::::::::::::::::::::::::::::::::::::: callout

## Follow the prompt

The shell prompt changes.

::::::::::::::::::::::::::::::::::::::::::::::::::

:::::::::::::::::::::::::::::::::::::::  challenge

## Write your own loop

How would you echo 0 to 9?

:::::::::::::::  solution

## Solution

\`\`\`bash
for i in 0 1 2; do echo $i; done
\`\`\`

:::::::::::::::::::::::::

::::::::::::::::::::::::::::::::::::::::::::::::::

After the challenge.

:::::::::::::::::::::::::::::::::::::::: keypoints

- A \`for\` loop repeats commands.

::::::::::::::::::::::::::::::::::::::::::::::::::

[glossary]: https://example.org/glossary
`;

const STYLES = `---
title: "Introducing the Shell"
teaching: 5
exercises: 5
questions:
- "What is a shell?"
objectives:
- "Explain the shell."
keypoints:
- "A shell runs programs."
---
## Background

~~~
$ ls
~~~
{: .language-bash}

> ## Command not found
> The shell prints an error.
{: .callout}

> ## Try it
> Run a command.
>
> > ## Solution
> > Type \`ls\`.
> {: .solution}
{: .challenge}

{% include links.md %}
`;

const texts = (md: string, sourceUrl?: string) =>
  parseCarpentries(md, sourceUrl ? { sourceUrl } : {}).draft.slides.map((s) => [plainText(s.content), plainText(s.notes)]);

describe('parseCarpentries, Workbench format', () => {
  it('makes each section a slide, each challenge a slide with its solution as notes, instructor notes into notes, keypoints the last slide', () => {
    expect(texts(WORKBENCH)).toEqual([
      ['Loops are a programming construct.', 'Go slowly here.'],
      ['Nelle\'s pipeline\nText of the section, see the glossary.\nFollow the prompt\nThe shell prompt changes.', ''],
      ['Write your own loop\nHow would you echo 0 to 9?', 'Solution\nfor i in 0 1 2; do echo $i; done'],
      ['After the challenge.', ''],
      ['Key points\nA for loop repeats commands.', ''],
    ]);
  });

  it('shows callouts as quotes, keeps code languages and resolves reference links', () => {
    const { draft } = parseCarpentries(WORKBENCH);
    const section = draft.slides[1]!.content.content;
    expect(section.map((b) => b.type)).toEqual(['heading', 'paragraph', 'blockquote']);
    expect(JSON.stringify(section[1])).toContain('"href":"https://example.org/glossary"');
    expect(draft.slides[2]!.notes.content[1]).toMatchObject({ type: 'codeBlock', attrs: { language: 'bash' } });
  });

  it('turns teaching and exercise minutes into two steps naming the sections and challenges', () => {
    const { draft } = parseCarpentries(WORKBENCH);
    expect(draft.steps.map(({ title, kind, minutes, notes }) => ({ title, kind, minutes, notes }))).toEqual([
      { title: 'Teaching', kind: 'talk', minutes: 40, notes: 'Sections: Nelle\'s pipeline' },
      { title: 'Exercises', kind: 'exercise', minutes: 10, notes: 'Challenges: Write your own loop' },
    ]);
    expect(draft.objectives.map((o) => o.text)).toEqual(['Write a loop.', 'Trace its variable.']);
    expect(draft.description).toBe('How can I repeat actions?');
  });

  it('credits The Carpentries under CC BY 4.0, and keeps the source as the source and as existing material', () => {
    const url = 'https://github.com/swcarpentry/shell-novice/blob/main/episodes/05-loop.md';
    const { draft } = parseCarpentries(WORKBENCH, { sourceUrl: url });
    expect(draft.licence).toBe('CC-BY-4.0');
    expect(draft.contributors).toEqual([{ name: 'The Carpentries', role: 'original lesson' }]);
    expect(draft.source).toEqual({ url });
    expect(draft.materials).toMatchObject([{ title: 'Loops (The Carpentries)', url, licence: 'CC BY 4.0' }]);
    expect(draft.hashtags).toEqual(['carpentries']);
    expect(draft.language).toBe('en');
  });

  it('is English without a lang key, unless its text reads clearly French; a lang key always wins', () => {
    const french = '---\ntitle: Les boucles\nteaching: 5\n---\n## Les boucles\n\nUne boucle répète les commandes pour chaque fichier de la liste, et nous la verrons dans le terminal.';
    expect(parseCarpentries(french).draft.language).toBe('fr');
    expect(parseCarpentries(french.replace('teaching: 5', 'teaching: 5\nlang: es')).draft.language).toBe('es');
    expect(parseCarpentries('---\ntitle: x\nteaching: 5\n---\n```\nls\n```').draft.language).toBe('en');
  });

  it('closes a block left open at the end, with a warning', () => {
    const { draft, warnings } = parseCarpentries('---\ntitle: t\n---\n::: challenge\n## Open\nnever closed');
    expect(draft.slides.map((s) => plainText(s.content))).toEqual(['Open\nnever closed']);
    expect(warnings[0]).toMatchObject({ code: 'div_unclosed', line: 4 });
  });
});

describe('parseCarpentries on a very long section', () => {
  it('keeps 140 000 blocks in one slide without overflowing the call stack', () => {
    // `push(...blocks)` throws past about 125 000 items.
    const { draft } = parseCarpentries(`---\ntitle: t\n---\n${'***\n'.repeat(140_000)}`);
    expect(draft.slides[0]!.content.content).toHaveLength(140_000);
  });
});

describe('parseCarpentries, older styles format', () => {
  it('reads questions, objectives and keypoints from the front matter', () => {
    const { draft } = parseCarpentries(STYLES);
    expect(draft.description).toBe('What is a shell?');
    expect(draft.objectives.map((o) => o.text)).toEqual(['Explain the shell.']);
    expect(draft.steps.map((s) => [s.title, s.minutes])).toEqual([['Teaching', 5], ['Exercises', 5]]);
  });

  it('reads {: .challenge} blockquotes as challenges with their solutions, {: .language-bash} as the code\'s language', () => {
    const { draft, warnings } = parseCarpentries(STYLES);
    expect(draft.slides.map((s) => [plainText(s.content), plainText(s.notes)])).toEqual([
      ['Background\n$ ls\nCommand not found\nThe shell prints an error.', ''],
      ['Try it\nRun a command.', 'Solution\nType ls.'],
      ['Key points\nA shell runs programs.', ''],
    ]);
    expect(draft.slides[0]!.content.content[1]).toMatchObject({ type: 'codeBlock', attrs: { language: 'bash' } });
    expect(warnings.map((w) => w.code)).toEqual(['liquid_dropped']);
  });
});
