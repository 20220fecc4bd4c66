import { clockTimeAt, computeStepTimings, formatClockTime, totalMinutes, type Slide, type Step, type Unit, type UnitItem } from '@minga/schema';
import { listForSlide } from './clampText.ts';
import type { ContentSlide, DeckSlide, MissingUnitSlide, SectionSlide } from './deck.ts';
import type { DeckTexts } from './deckText.ts';
import type { ResolvedUnit } from './resolveUnits.ts';

/**
 * The slides of one unit in a deck: a section slide (title, objectives; the whole sequence in its
 * notes), then its visible content slides, each with its notes and the step(s) it belongs to.
 */

/** Turns minutes from the deck's start into a displayed time, or undefined when the deck has no clock. */
export type TimeFormat = (offsetMinutes: number) => string | undefined;

/** Clock times from a session's start time ("23:50", "00:10 (+1)"); no times without one. */
export function clockFormat(startTime: string | undefined): TimeFormat {
  return (offset) => {
    const time = startTime === undefined ? undefined : clockTimeAt(startTime, offset);
    return time && formatClockTime(time);
  };
}

/** Time elapsed since the start, "0:00", "1:05": for a unit alone and a session without a start time. */
export const elapsedFormat: TimeFormat = (offset) => `${Math.floor(offset / 60)}:${String(offset % 60).padStart(2, '0')}`;

/** "14:05–14:35", or '' without a clock. */
export function timeRange(format: TimeFormat, start: number, end: number): string {
  const [a, b] = [format(start), format(end)];
  return a !== undefined && b !== undefined ? `${a}–${b}` : '';
}

export const joinParts = (parts: (string | undefined)[]) => parts.filter((p) => p !== undefined && p !== '').join(' · ');

/** Where and how long a unit is placed: a session item, or the unit alone. */
export interface UnitPlacement {
  itemId: string;
  startOffset: number;
  plannedMinutes: number;
  item?: Pick<UnitItem, 'mode' | 'pinnedVersion' | 'facilitator' | 'transitionNote' | 'minutesOverride'>;
}

/**
 * Which steps the k-th of n visible slides belongs to. Slides carry no step link yet, so they are
 * spread over the steps in order: with as many slides as steps, one each; with more slides,
 * consecutive slides share a step; with fewer, a slide carries several steps. No step is left out.
 */
export function stepRangeForSlide(k: number, n: number, stepCount: number): [number, number] {
  if (stepCount === 0 || n === 0) return [0, 0];
  const first = Math.floor((k * stepCount) / n);
  const next = Math.floor(((k + 1) * stepCount) / n);
  return [first, Math.max(first + 1, next)];
}

/**
 * The steps of each visible slide, as step indexes. Slides linked to a step (`stepId`) take it;
 * a slide with no link stays with the step of the slide before it (the first step at the start);
 * a step no slide is linked to is carried by the last slide of the step before it, so no step is
 * left without a slide. With no links at all, the slides are spread over the steps in order
 * (stepRangeForSlide).
 */
export function slideStepIndexes(slides: readonly Pick<Slide, 'stepId'>[], steps: readonly Pick<Step, 'id'>[]): number[][] {
  const indexOf = new Map(steps.map((step, i) => [step.id, i]));
  const linked = slides.map((slide) => (slide.stepId === undefined ? undefined : indexOf.get(slide.stepId)));
  if (steps.length === 0 || slides.length === 0) return slides.map(() => []);
  if (linked.every((i) => i === undefined)) {
    return slides.map((_, k) => {
      const [first, next] = stepRangeForSlide(k, slides.length, steps.length);
      return Array.from({ length: next - first }, (_, i) => first + i);
    });
  }
  const own: number[] = [];
  linked.forEach((index, k) => own.push(index ?? (k > 0 ? own[k - 1]! : 0)));
  const result = own.map((index) => [index]);
  const covered = new Set(own);
  for (let step = 0; step < steps.length; step++) {
    if (covered.has(step)) continue;
    // The last slide showing an earlier step carries it; before any, the first slide does.
    let carrier = 0;
    own.forEach((index, k) => {
      if (index < step) carrier = k;
    });
    result[carrier]!.push(step);
  }
  return result.map((indexes) => [...new Set(indexes)].sort((a, b) => a - b));
}

function stepLines(texts: DeckTexts, steps: readonly Step[], index: number, range: string): string[] {
  const step = steps[index]!;
  const head = `${texts.step(index + 1, steps.length, step.title)} — ${joinParts([texts.stepKinds[step.kind], texts.minutes(step.minutes), range])}`;
  const notes = step.notes.trim() === '' ? [] : step.notes.split(/\r\n|\r|\n/).map((line) => `  ${line}`);
  return [head, ...notes];
}

/**
 * Each step's displayed time range. Steps get clock times only when the unit fills its slot
 * exactly: with a minutes override the sequence no longer fits the slot, and times running past
 * the next item would mislead more than help (the notes say the override instead).
 */
export function stepRanges(steps: readonly Step[], startOffset: number, plannedMinutes: number, format: TimeFormat): (index: number) => string {
  if (totalMinutes(steps) !== plannedMinutes) return () => '';
  const times = computeStepTimings(steps, startOffset);
  return (i) => timeRange(format, times[i]!.startOffset, times[i]!.endOffset);
}

/** What a section slide lists of the unit's objectives; fitSlide.ts scales the slide to hold them. */
const SECTION_OBJECTIVES = { maxItems: 6, maxChars: 220 } as const;

/** The section slide and the visible content slides of a readable unit. */
export function unitSlides(unit: Unit, placement: UnitPlacement, texts: DeckTexts, format: TimeFormat): DeckSlide[] {
  const { itemId, startOffset, plannedMinutes, item } = placement;
  const itemRange = timeRange(format, startOffset, startOffset + plannedMinutes);
  const unitMinutes = totalMinutes(unit.steps);
  const stepRange = stepRanges(unit.steps, startOffset, plannedMinutes, format);
  const title = unit.title || unit.id;

  const sectionLines = [joinParts([texts.planned(plannedMinutes), itemRange])];
  if (item?.facilitator) sectionLines.push(texts.withFacilitators(item.facilitator));
  if (item) sectionLines.push(item.mode === 'pinned' && item.pinnedVersion ? texts.pinned(item.pinnedVersion) : texts.live);
  if (item?.minutesOverride !== undefined && item.minutesOverride !== unitMinutes) sectionLines.push(texts.unitOverride(unitMinutes, item.minutesOverride));
  if (item?.transitionNote) sectionLines.push(texts.labelled(texts.transition, item.transitionNote));
  if (unit.steps.length > 0) sectionLines.push(texts.labelled(texts.sequence, ''), ...unit.steps.flatMap((_, i) => stepLines(texts, unit.steps, i, stepRange(i))));

  const objectives = unit.objectives.map((o) => o.text).filter((t) => t.trim() !== '');
  const shownObjectives = listForSlide(objectives, SECTION_OBJECTIVES, texts.moreInNotes);
  if (shownObjectives.cut) sectionLines.push(texts.labelled(texts.objectives, ''), ...objectives);

  const section: SectionSlide = {
    kind: 'section',
    id: `item-${itemId}`,
    title,
    meta: joinParts([itemRange, texts.minutes(plannedMinutes), item?.facilitator]),
    objectivesHeading: texts.objectives,
    objectives: [...shownObjectives.kept, ...(shownObjectives.more ? [shownObjectives.more] : [])],
    notes: { lines: sectionLines },
    timing: { itemId, stepIds: unit.steps.map((s) => s.id), plannedMinutes },
  };

  const visible = unit.slides.filter((s) => !s.hidden);
  const stepsOfSlide = slideStepIndexes(visible, unit.steps);
  const contents = visible.map((slide, k): ContentSlide => {
    const indexes = stepsOfSlide[k]!;
    const lines = indexes.flatMap((i) => stepLines(texts, unit.steps, i, stepRange(i)));
    lines.push(joinParts([texts.unitPlanned(title, plannedMinutes), itemRange]));
    const notes = slide.notes.content.length > 0 ? { richText: slide.notes, lines } : { lines };
    return {
      kind: 'content',
      id: `item-${itemId}-${slide.id}`,
      content: slide.content,
      notes,
      timing: { itemId, stepIds: indexes.map((i) => unit.steps[i]!.id), plannedMinutes: indexes.reduce((sum, i) => sum + unit.steps[i]!.minutes, 0) },
    };
  });
  return [section, ...contents];
}

/** The placeholder for a unit that is deleted or unreadable: the deck goes on around it. */
export function missingUnitSlide(resolved: ResolvedUnit, placement: UnitPlacement, texts: DeckTexts, format: TimeFormat): MissingUnitSlide {
  const { itemId, startOffset, plannedMinutes, item } = placement;
  const message = resolved.problem === 'unreadable' ? texts.unreadableUnitMessage(resolved.unitId) : texts.missingUnitMessage(resolved.unitId);
  const range = timeRange(format, startOffset, startOffset + plannedMinutes);
  const lines = [message, texts.missingUnitNotes, joinParts([texts.planned(plannedMinutes), range])];
  if (item?.transitionNote) lines.push(texts.labelled(texts.transition, item.transitionNote));
  return {
    kind: 'missing',
    id: `item-${itemId}`,
    title: texts.missingUnitTitle,
    message,
    meta: joinParts([range, texts.minutes(plannedMinutes), item?.facilitator]),
    notes: { lines },
    timing: { itemId, stepIds: [], plannedMinutes },
  };
}
