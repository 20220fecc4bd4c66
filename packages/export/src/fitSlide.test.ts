import { EXAMPLE_UNIT, type Unit } from '@minga/schema';
import { describe, expect, it } from 'vitest';
import { buildUnitDeck } from './buildDeck.ts';
import { listForSlide } from './clampText.ts';
import type { DeckSlide, NextStepsSlide, SectionSlide } from './deck.ts';
import { FIT_CSS, fitPercent } from './fitSlide.ts';
import { renderSlideHtml } from './renderSlideHtml.ts';
import { slideBlocks } from './slideBlocks.ts';

const long = (words: number) => Array.from({ length: words }, (_, i) => `coopération${i}`).join(' ');
const text = (value: string) => ({ type: 'paragraph', content: [{ type: 'text', text: value }] });
/** What a slide usually holds: a heading and three short points. */
const ORDINARY_SLIDE = {
  id: 'ordinary',
  content: {
    type: 'doc',
    content: [
      { type: 'heading', attrs: { level: 2 }, content: [{ type: 'text', text: 'Les trois piliers' }] },
      { type: 'bulletList', content: ['Une ressource partagée', 'Une communauté qui en prend soin', 'Des règles qu’elle se donne'].map((t) => ({ type: 'listItem', content: [text(t)] })) },
    ],
  },
  notes: { type: 'doc', content: [] },
  hidden: false,
} as Unit['slides'][number];
const fitOf = (slide: DeckSlide) => /minga-fit-(\d+)/.exec(renderSlideHtml(slide))?.[1] ?? '100';
const slide = <K extends DeckSlide['kind']>(unit: Unit, kind: K) => buildUnitDeck(unit).slides.find((s) => s.kind === kind) as Extract<DeckSlide, { kind: K }>;

describe('shrinking generated slides to fit', () => {
  it('leaves a slide of ordinary length at full size', () => {
    const ordinary = { ...EXAMPLE_UNIT, description: 'Une heure pour découvrir les communs.\nAvec des exemples concrets.', slides: [ORDINARY_SLIDE] };
    for (const s of buildUnitDeck(ordinary).slides) expect(fitOf(s), s.id).toBe('100');
  });

  it('scales a title slide down as its description grows, never below the smallest step', () => {
    const sizes = [40, 120, 170].map((words) => Number(fitOf(slide({ ...EXAMPLE_UNIT, title: long(12), description: long(words).slice(0, 1000) }, 'title'))));
    expect(sizes[0]).toBeLessThan(100);
    expect(sizes[1]).toBeLessThanOrEqual(sizes[0]!);
    expect(sizes[2]).toBeLessThanOrEqual(sizes[1]!);
    expect(sizes[2]).toBeGreaterThanOrEqual(42);
  });

  it('has a CSS rule for every scale it may choose', () => {
    const blocks = slideBlocks(slide({ ...EXAMPLE_UNIT, description: long(170).slice(0, 1000) }, 'title'))!;
    expect(FIT_CSS).toContain(`section.minga-fit-${fitPercent(blocks)}{font-size:${fitPercent(blocks)}%}`);
  });

  it('leaves a slide people wrote at full size while it fits, and shrinks one that says too much', () => {
    expect(fitOf(slide({ ...EXAMPLE_UNIT, slides: [ORDINARY_SLIDE] }, 'content'))).toBe('100');
    const bullets = Array.from({ length: 12 }, (_, i) => ({ type: 'listItem', content: [text(`${i}. ${long(8)}`)] }));
    const wordy = { type: 'doc', content: [{ type: 'heading', attrs: { level: 2 }, content: [{ type: 'text', text: 'Trop de texte' }] }, { type: 'bulletList', content: bullets }] } as Unit['slides'][number]['content'];
    const unit = { ...EXAMPLE_UNIT, slides: [{ ...ORDINARY_SLIDE, content: wordy }] } as Unit;
    expect(Number(fitOf(slide(unit, 'content')))).toBeLessThan(100);
  });
});

describe('lists cut short on a slide', () => {
  it('keep the first items, say how many more, and say that something was cut', () => {
    const { kept, more, cut } = listForSlide(['a', 'b', 'c', 'd'], { maxItems: 3, maxChars: 50 }, (n) => `+${n}`);
    expect(kept).toEqual(['a', 'b']);
    expect(more).toBe('+2');
    expect(cut).toBe(true);
    expect(listForSlide(['a', 'b'], { maxItems: 3, maxChars: 50 }, String)).toEqual({ kept: ['a', 'b'], more: null, cut: false });
    expect(listForSlide([long(30)], { maxItems: 3, maxChars: 50 }, String).cut).toBe(true);
  });

  it('a unit’s section slide lists six objectives at most and its notes hold them all', () => {
    const objectives = Array.from({ length: 9 }, (_, i) => ({ id: `o${i}`, text: `Objectif ${i}` }));
    const section: SectionSlide = slide({ ...EXAMPLE_UNIT, objectives }, 'section');
    expect(section.objectives).toEqual(['Objectif 0', 'Objectif 1', 'Objectif 2', 'Objectif 3', 'Objectif 4', '… et 4 de plus (dans les notes)']);
    for (const o of objectives) expect(section.notes.lines).toContain(o.text);
  });

  it('next steps keep whether they are done, and the notes hold them all when cut', () => {
    const nextSteps = Array.from({ length: 10 }, (_, i) => ({ id: `n${i}`, text: `Étape ${i}`, done: i === 1 }));
    const next: NextStepsSlide = slide({ ...EXAMPLE_UNIT, nextSteps }, 'nextSteps');
    expect(next.items).toHaveLength(8);
    expect(next.items[1]).toEqual({ text: 'Étape 1', done: true });
    expect(next.items[7]).toEqual({ text: '… et 3 de plus (dans les notes)', done: false });
    for (const step of nextSteps) expect(next.notes.lines).toContain(step.text);
  });
});
