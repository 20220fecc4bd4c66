import type { RichTextDoc, Unit } from '@minga/schema';

/** All the text of a rich-text document, blocks separated by newlines. */
export function richTextPlain(doc: RichTextDoc): string {
  const out: string[] = [];
  const walk = (node: unknown): void => {
    if (!node || typeof node !== 'object') return;
    const n = node as { type?: string; text?: string; content?: unknown[] };
    if (typeof n.text === 'string') out.push(n.text);
    if (Array.isArray(n.content)) {
      for (const child of n.content) walk(child);
      if (n.type !== 'text') out.push('\n');
    }
  };
  walk(doc);
  return out.join('').replace(/\n{2,}/g, '\n').trim();
}

/** The searchable text of a unit, by field (the index weighs fields differently). */
export function unitSearchText(unit: Unit) {
  return {
    title: unit.title,
    description: unit.description,
    objectives: unit.objectives.map((o) => o.text).join('\n'),
    steps: unit.steps.map((s) => `${s.title}\n${s.notes}`).join('\n'),
    slides: unit.slides.map((s) => `${richTextPlain(s.content)}\n${richTextPlain(s.notes)}`).join('\n'),
    hashtags: unit.hashtags.join(' '),
  };
}
