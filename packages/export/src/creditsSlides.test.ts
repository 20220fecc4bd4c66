import { EXAMPLE_UNIT, type Unit } from '@minga/schema';
import { describe, expect, it } from 'vitest';
import { buildUnitDeck } from './buildDeck.ts';
import type { CreditsSlide } from './deck.ts';

const credits = (unit: Unit) => buildUnitDeck(unit).slides.filter((s): s is CreditsSlide => s.kind === 'credits');

describe('credits slides', () => {
  it('a unit with few credits takes one slide with its contributors, licence and sources', () => {
    const slides = credits(EXAMPLE_UNIT);
    expect(slides).toHaveLength(1);
    expect(slides[0]!.entries[0]!.title).toBe(EXAMPLE_UNIT.title);
    expect(slides[0]!.footer.length).toBeGreaterThan(0);
  });

  it('splits a unit too long for one slide, crediting every contributor and source once, in order', () => {
    const unit: Unit = {
      ...EXAMPLE_UNIT,
      contributors: Array.from({ length: 200 }, (_, i) => ({ name: `Personne ${i}` })),
      materials: Array.from({ length: 30 }, (_, i) => ({ id: `m${i}`, title: `Source ${i}`, url: '', licence: 'CC BY 4.0' })),
    };
    const slides = credits(unit);
    expect(slides.length).toBeGreaterThan(2);
    const entries = slides.flatMap((slide) => slide.entries);
    const names = entries.flatMap((entry) => entry.lines.filter((line) => line.label.startsWith('Contributeurs')).flatMap((line) => line.value.text.split(', ')));
    expect(names).toEqual(unit.contributors.map((c) => c.name));
    expect(entries.flatMap((entry) => entry.sources.map((source) => source.title.text))).toEqual(unit.materials.map((m) => m.title));
    // The licence is named once, on the first part; later parts say they continue.
    expect(entries.filter((entry) => entry.lines.some((line) => line.label.startsWith('Licence')))).toHaveLength(1);
    expect(entries.slice(1).every((entry) => entry.title === `${unit.title} (suite)`)).toBe(true);
    // The licences in use close the last slide only.
    expect(slides.slice(0, -1).every((slide) => slide.footer.length === 0)).toBe(true);
    expect(slides.at(-1)!.footer.length).toBeGreaterThan(0);
  });

  it('names the unit’s reviewers, "Relu par" in French and "Reviewed by" in English, and nobody when none', () => {
    const line = (slides: CreditsSlide[], label: string) => slides[0]!.entries[0]!.lines.find((l) => l.label.startsWith(label))?.value.text;
    expect(line(credits(EXAMPLE_UNIT), 'Relu par')).toBeUndefined();
    const fr = buildUnitDeck(EXAMPLE_UNIT, { reviewers: ['Lou', 'Sami'] }).slides.filter((s): s is CreditsSlide => s.kind === 'credits');
    expect(line(fr, 'Relu par')).toBe('Lou, Sami');
    const en = buildUnitDeck(EXAMPLE_UNIT, { lang: 'en', reviewers: ['Lou'] }).slides.filter((s): s is CreditsSlide => s.kind === 'credits');
    expect(line(en, 'Reviewed by')).toBe('Lou');
  });
});
