import { describe, expect, it } from 'vitest';
import { EXAMPLE_SESSION, EXAMPLE_UNIT, type FieldChange, type RichTextDoc, type Unit } from '@minga/schema';
import { compareDocs, compareSessions, compareUnits } from './compareDocs.ts';

const unit = (): Unit => structuredClone(EXAMPLE_UNIT);
const paragraphs = (...texts: string[]): RichTextDoc => ({
  type: 'doc',
  content: texts.map((text) => ({ type: 'paragraph', content: [{ type: 'text', text }] })),
});
function field(fields: FieldChange[], name: string): FieldChange {
  const found = fields.find((f) => f.field === name);
  if (!found) throw new Error(`no change on ${name}; changes: ${fields.map((f) => f.field).join(', ')}`);
  return found;
}
const marked = (parts: { op: string; text: string }[], op: string) => parts.filter((p) => p.op === op).map((p) => p.text.trim());

describe('comparing two versions of a unit', () => {
  it('finds nothing when the content is the same, even if the timestamps differ', () => {
    const after = { ...unit(), updatedAt: '2030-01-01T00:00:00.000Z' };
    expect(compareUnits(unit(), after).fields).toEqual([]);
  });

  it('shows an edited slide as its words inserted and removed, never as JSON', () => {
    const before = unit();
    before.slides[1]!.content = paragraphs('Les communs sont gérés par une communauté.', 'Exemple : un jardin partagé.');
    const after = structuredClone(before);
    after.slides[1]!.content = paragraphs('Les communs sont gouvernés par une communauté ouverte.', 'Exemple : un jardin partagé.');

    const slides = field(compareUnits(before, after).fields, 'slides');
    if (slides.kind !== 'items') throw new Error('slides should compare as items');
    expect(slides.items).toHaveLength(1);
    const [slide] = slides.items;
    expect(slide).toMatchObject({ id: after.slides[1]!.id, status: 'changed', moved: false });
    const content = slide!.fields.find((f) => f.field === 'content');
    if (content?.kind !== 'richText') throw new Error('content should compare as rich text');
    expect(marked(content.parts, 'removed')).toEqual(['gérés']);
    expect(marked(content.parts, 'added')).toEqual(['gouvernés', 'ouverte']);
    expect(content.parts.map((p) => p.text).join('')).not.toMatch(/"type"|paragraph/);
    expect(content.formattingOnly).toBe(false);
  });

  it('says when only the formatting of rich text changed', () => {
    const before = unit();
    before.slides[1]!.notes = paragraphs('Insister sur la gouvernance.');
    const after = structuredClone(before);
    after.slides[1]!.notes = { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Insister sur la gouvernance.', marks: [{ type: 'bold' }] }] }] };
    const slides = field(compareUnits(before, after).fields, 'slides');
    if (slides.kind !== 'items') throw new Error('slides should compare as items');
    expect(slides.items[0]!.fields).toMatchObject([{ field: 'notes', kind: 'richText', formattingOnly: true }]);
  });

  it('reports a moved step as moved, and only that step', () => {
    const before = unit();
    const after = unit();
    const [first, ...rest] = after.steps;
    after.steps = [...rest.slice(0, 2), first!, ...rest.slice(2)];

    const steps = field(compareUnits(before, after).fields, 'steps');
    if (steps.kind !== 'items') throw new Error('steps should compare as items');
    expect(steps.items).toEqual([
      { id: first!.id, label: first!.title, status: 'moved', moved: true, from: 0, to: 2, fields: [] },
    ]);
  });

  it('reports a step both moved and changed, with its changed fields', () => {
    const before = unit();
    const after = unit();
    const last = after.steps.pop()!;
    after.steps.unshift({ ...last, minutes: last.minutes + 5, title: `${last.title} rapide` });

    const steps = field(compareUnits(before, after).fields, 'steps');
    if (steps.kind !== 'items') throw new Error('steps should compare as items');
    expect(steps.items).toHaveLength(1);
    expect(steps.items[0]).toMatchObject({ id: last.id, status: 'changed', moved: true, from: before.steps.length - 1, to: 0 });
    expect(steps.items[0]!.fields).toEqual([
      { field: 'title', kind: 'text', parts: [{ op: 'same', text: last.title }, { op: 'added', text: ' rapide' }] },
      { field: 'minutes', kind: 'value', before: last.minutes, after: last.minutes + 5 },
    ]);
  });

  it('reports a deleted slide as removed, where it stood, and an added one as added', () => {
    const before = unit();
    const after = unit();
    const [deleted] = after.slides.splice(0, 1);
    after.slides.push({ id: 'sl-new', content: paragraphs('Nouvelle conclusion'), notes: paragraphs(), hidden: false });

    const slides = field(compareUnits(before, after).fields, 'slides');
    if (slides.kind !== 'items') throw new Error('slides should compare as items');
    expect(slides.items.map((i) => [i.id, i.status, i.from, i.to])).toEqual([
      [deleted!.id, 'removed', 0, null],
      ['sl-new', 'added', null, after.slides.length - 1],
    ]);
    expect(slides.items[0]!.label).toBe('Qu’est-ce qu’un commun\u00a0?');
    expect(slides.items[1]!.label).toBe('Nouvelle conclusion');
  });

  it('compares plain text fields as words, hashtags as a set and the licence as a value', () => {
    const before = unit();
    const after = unit();
    after.context = `${before.context} Repris à Brest.`;
    after.hashtags = [...before.hashtags.slice(1), 'brest'];
    after.licence = 'CC-BY-4.0';

    const { fields } = compareUnits(before, after);
    expect(marked((field(fields, 'context') as { parts: { op: string; text: string }[] }).parts, 'added')).toEqual(['Repris à Brest.']);
    expect(field(fields, 'hashtags')).toEqual({ field: 'hashtags', kind: 'set', added: ['brest'], removed: [before.hashtags[0]] });
    expect(field(fields, 'licence')).toEqual({ field: 'licence', kind: 'value', before: 'CC-BY-SA-4.0', after: 'CC-BY-4.0' });
  });

  it('shows a next step ticked as done', () => {
    const before = unit();
    const after = unit();
    after.nextSteps[0] = { ...after.nextSteps[0]!, done: true };
    expect(field(compareUnits(before, after).fields, 'nextSteps')).toMatchObject({
      kind: 'items',
      items: [{ id: 'ns-1', status: 'changed', fields: [{ field: 'done', kind: 'value', before: false, after: true }] }],
    });
  });
});

describe('comparing two versions of a session', () => {
  it('matches session items by id: a reordered agenda is moves, a new facilitator is a name added', () => {
    const before = structuredClone(EXAMPLE_SESSION);
    const after = structuredClone(EXAMPLE_SESSION);
    after.items.reverse();
    after.facilitators = [...before.facilitators, { name: 'Simon' }];
    const { fields } = compareSessions(before, after);
    const items = field(fields, 'items');
    if (items.kind !== 'items') throw new Error('items should compare as items');
    expect(items.items.every((i) => i.status === 'moved')).toBe(true);
    expect(items.items.length).toBe(before.items.length - 1);
    expect(field(fields, 'facilitators')).toEqual({ field: 'facilitators', kind: 'set', added: ['Simon'], removed: [] });
  });

  it('treats a field that appears as a change from nothing', () => {
    const { fields } = compareDocs({ title: 'A' }, { title: 'A', startTime: '09:30' });
    expect(fields).toEqual([{ field: 'startTime', kind: 'value', before: null, after: '09:30' }]);
  });
});
