import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { EXAMPLE_UNIT } from './unitExample.ts';
import { UnitSchema, countLines, totalMinutes, type UnitInput } from './unit.ts';
import { CreateUnitBodySchema, unitFromDraft } from './unitDraft.ts';

/** The readable error zod gives for `input`, or '' when it parses. */
function errorOf(input: unknown): string {
  const result = UnitSchema.safeParse(input);
  return result.success ? '' : z.prettifyError(result.error);
}

const withSteps = (steps: unknown[]) => ({ ...EXAMPLE_UNIT, steps });
const step = (extra: Record<string, unknown>) => ({ id: 's', title: 'x', kind: 'talk', minutes: 5, notes: '', ...extra });

describe('UnitSchema', () => {
  it('accepts the example unit unchanged', () => {
    expect(UnitSchema.parse(EXAMPLE_UNIT)).toEqual(EXAMPLE_UNIT);
  });

  it('refuses an unknown field and names it, at the top and inside an item', () => {
    expect(errorOf({ ...EXAMPLE_UNIT, colour: 'red' })).toMatch(/Unrecognized key: "colour"/);
    const error = errorOf(withSteps([step({ duration: 5 })]));
    expect(error).toMatch(/Unrecognized key: "duration"/);
    expect(error).toMatch(/at steps\[0\]/);
  });

  it('refuses minutes that are not whole numbers from 0 to 600', () => {
    expect(errorOf(withSteps([step({ minutes: 7.5 })]))).toMatch(/must be whole minutes[\s\S]*steps\[0\]\.minutes/);
    expect(errorOf(withSteps([step({ minutes: -1 })]))).toMatch(/0 minutes or more/);
    expect(errorOf(withSteps([step({ minutes: 601 })]))).toMatch(/600 minutes \(10 hours\) at most/);
    expect(errorOf(withSteps([step({ minutes: '10' })]))).toMatch(/must be a number of minutes/);
    expect(errorOf(withSteps([step({ minutes: 600 }), step({ id: 't', minutes: 0 })]))).toBe('');
  });

  it('refuses an unknown activity kind and lists the known ones', () => {
    expect(errorOf(withSteps([step({ kind: 'lecture' })]))).toMatch(/talk, exercise, discussion, workshop, break, other/);
  });

  it('refuses a description of more than three lines, saying so', () => {
    const error = errorOf({ ...EXAMPLE_UNIT, description: 'un\ndeux\ntrois\nquatre' });
    expect(error).toMatch(/3 lines at most .*it has 4/);
    expect(error).toMatch(/at description/);
    expect(errorOf({ ...EXAMPLE_UNIT, description: 'un\ndeux\ntrois' })).toBe('');
  });

  it('refuses a title on several lines', () => {
    expect(errorOf({ ...EXAMPLE_UNIT, title: 'a\nb' })).toMatch(/single line[\s\S]*at title/);
  });

  it('refuses two items with the same id in one list', () => {
    expect(errorOf(withSteps([step({}), step({})]))).toMatch(/duplicate id "s" in steps/);
  });

  it('refuses the same contributor twice, whatever the case', () => {
    expect(errorOf({ ...EXAMPLE_UNIT, contributors: [{ name: 'Amel' }, { name: ' amel' }] })).toMatch(/listed twice/);
  });

  it('refuses an unknown licence, a bad language code and a bad material link', () => {
    expect(errorOf({ ...EXAMPLE_UNIT, licence: 'MIT' })).toMatch(/must be one of CC-BY-SA-4.0/);
    expect(errorOf({ ...EXAMPLE_UNIT, language: 'French' })).toMatch(/language code such as "fr"/);
    const materials = [{ id: 'm', title: 't', url: 'javascript:alert(1)', licence: '' }];
    expect(errorOf({ ...EXAMPLE_UNIT, materials })).toMatch(/http:\/\/ or https:\/\/ URL, or empty/);
  });

  it('refuses a unit from another schema version, pointing to migrateUnit', () => {
    expect(errorOf({ ...EXAMPLE_UNIT, schemaVersion: 2 })).toMatch(/must be 1 \(migrate older units with migrateUnit\)/);
  });

  it('normalises hashtags on parse', () => {
    const input: UnitInput = { ...EXAMPLE_UNIT, hashtags: ['#Tiers Lieux', 'tiers-lieux', '#Décideurs'] };
    expect(UnitSchema.parse(input).hashtags).toEqual(['tiers-lieux', 'décideurs']);
  });

  it('refuses a link with a javascript: href inside a slide', () => {
    const slide = EXAMPLE_UNIT.slides[0]!;
    const content = {
      type: 'doc',
      content: [{ type: 'paragraph', content: [{ type: 'text', text: 'x', marks: [{ type: 'link', attrs: { href: 'javascript:alert(1)' } }] }] }],
    };
    const error = errorOf({ ...EXAMPLE_UNIT, slides: [{ ...slide, content }] });
    expect(error).toMatch(/links must start with http:\/\/, https:\/\/ or mailto:/);
    expect(error).toMatch(/slides\[0\]\.content\.content\[0\]\.content\[0\]\.marks\[0\]\.attrs\.href/);
  });

  it('sums the minutes of a sequence', () => {
    expect(totalMinutes(EXAMPLE_UNIT.steps)).toBe(60);
    expect(totalMinutes([])).toBe(0);
  });

  it('converts to a JSON Schema that refuses unknown fields (served to clients and importers)', () => {
    const schema = z.toJSONSchema(UnitSchema) as { additionalProperties?: boolean; required?: string[] };
    expect(schema.additionalProperties).toBe(false);
    expect(schema.required).toEqual(expect.arrayContaining(['schemaVersion', 'id', 'title', 'steps', 'slides']));
    expect(() => z.toJSONSchema(CreateUnitBodySchema, { io: 'input' })).not.toThrow();
  });

  it('counts lines as a textarea shows them', () => {
    expect(countLines('')).toBe(0);
    expect(countLines('a')).toBe(1);
    expect(countLines('a\r\nb\n')).toBe(3);
  });
});

describe('CreateUnitBodySchema', () => {
  it('fills every default and gives items without an id a fresh one', () => {
    const draft = CreateUnitBodySchema.parse({ title: 'Atelier', steps: [{ title: 'Intro', minutes: 5 }, { title: 'Jeu' }], slides: [{}] });
    const unit = unitFromDraft(draft, 'new-unit');
    expect(unit).toMatchObject({
      schemaVersion: 1, id: 'new-unit', title: 'Atelier', description: '', language: 'fr', licence: 'CC-BY-SA-4.0',
      hashtags: [], objectives: [], materials: [], contributors: [], nextSteps: [],
    });
    expect(unit.steps.map((s) => [s.title, s.kind, s.minutes, s.notes])).toEqual([['Intro', 'other', 5, ''], ['Jeu', 'other', 0, '']]);
    expect(unit.steps[0]!.id).toMatch(/^[A-Za-z0-9]{16}$/);
    expect(unit.steps[0]!.id).not.toBe(unit.steps[1]!.id);
    expect(unit.slides[0]).toMatchObject({ content: { type: 'doc', content: [] }, notes: { type: 'doc', content: [] }, hidden: false });
    expect(UnitSchema.parse(unit)).toEqual(unit);
  });

  it('keeps the id a draft brings', () => {
    expect(unitFromDraft(CreateUnitBodySchema.parse({ id: 'mine' }), 'other').id).toBe('mine');
  });

  it('still refuses unknown fields', () => {
    const result = CreateUnitBodySchema.safeParse({ title: 'x', objectives: [{ text: 'a', weight: 2 }] });
    expect(result.success).toBe(false);
    expect(z.prettifyError(result.error!)).toMatch(/Unrecognized key: "weight"[\s\S]*objectives\[0\]/);
  });
});
