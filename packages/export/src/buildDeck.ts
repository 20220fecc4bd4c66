import {
  computeObjectiveCoverage, computeSessionTiming, type FreeItem, type Session, type Unit, type UnitLookup,
} from '@minga/schema';
import type { AgendaRow, AgendaSlide, Deck, DeckSlide, FreeItemSlide, NextStepsSlide } from './deck.ts';
import { deckTexts, type DeckLang, type DeckTexts } from './deckText.ts';
import { collectCredits, contributorNames, type UnitReviewers } from './credits.ts';
import { creditsSlides } from './creditsSlides.ts';
import { balancedChunks, partHeading, partId } from './slideParts.ts';
import { clampText, listForSlide } from './clampText.ts';
import { readableUnits, resolveSessionUnits, resolveUnit } from './resolveUnits.ts';
import {
  clockFormat, elapsedFormat, joinParts, missingUnitSlide, timeRange, unitSlides, type TimeFormat, type UnitPlacement,
} from './unitSlides.ts';

/**
 * Session (or unit) JSON in, Deck out: title, agenda with clock times, each unit as a section
 * slide then its visible slides, free items, next steps, credits; speaker notes on every slide.
 * Pure and total: a deleted or malformed unit becomes a placeholder slide, never an exception.
 */

export interface BuildDeckInput {
  session: Session;
  /** The units the items name (each resolved to its live or pinned version); undefined or absent when deleted or unreadable. */
  units: UnitLookup;
  lang?: DeckLang;
  /** Who reviewed each unit, credited on the credits slides. */
  reviewers?: UnitReviewers;
}

const AGENDA_ROWS_PER_SLIDE = 8;
/** An agenda row's title and facilitators at most: the section slides carry them whole. */
const AGENDA_TITLE_CHARS = 120;
const AGENDA_WHO_CHARS = 60;
/** The next steps slide lists at most this many, each this long: fitSlide.ts scales it to hold them. */
const NEXT_STEPS_SHOWN = { maxItems: 8, maxChars: 220 } as const;
/** A title slide's detail line (hashtags, contributors): the full lists are in the credits. */
const TITLE_DETAIL_CHARS = 300;

/** The deck of a session. */
export function buildDeck({ session, units, lang = 'fr', reviewers }: BuildDeckInput): Deck {
  const texts = deckTexts(lang);
  const resolved = resolveSessionUnits(session, units);
  const readable = readableUnits(resolved);
  const timing = computeSessionTiming(session, readable);
  const format = clockFormat(session.startTime);
  const sessionRange = timeRange(format, 0, timing.totalMinutes);

  const titleNotes = [joinParts([texts.budget(timing.budget, timing.targetMinutes), sessionRange])];
  if (session.promotionalDescription.trim()) titleNotes.push(session.promotionalDescription);
  const slides: DeckSlide[] = [{
    kind: 'title',
    id: 'title',
    title: session.title,
    subtitle: session.audience,
    details: [
      joinParts([session.date ? texts.date(session.date) : undefined, session.place]),
      joinParts([sessionRange, texts.minutes(timing.totalMinutes)]),
      session.facilitators.length > 0 ? texts.withFacilitators(session.facilitators.map((f) => f.name).join(', ')) : '',
    ].filter((d) => d !== '').map((d) => clampText(d, TITLE_DETAIL_CHARS)),
    notes: { lines: titleNotes },
  }];

  const rows: AgendaRow[] = session.items.map((item, i) => {
    const t = timing.items[i]!;
    const unit = item.kind === 'unit' ? readable.get(item.unitId) : undefined;
    const title = item.kind !== 'unit' ? item.title || texts.freeKinds[item.kind]
      : unit ? unit.title || unit.id : `${texts.missingUnitTitle} (${item.unitId})`;
    return { time: timeRange(format, t.startOffset, t.endOffset), title, who: item.facilitator ?? '', minutes: texts.minutes(t.minutes), missing: item.kind === 'unit' && !unit };
  });
  const coverage = computeObjectiveCoverage(session, readable);
  const uncovered = session.objectives.filter((o) => coverage.uncoveredObjectiveIds.includes(o.id)).map((o) => texts.uncoveredObjective(o.text));
  slides.push(...agendaSlides(rows, texts, joinParts([sessionRange, texts.minutes(timing.totalMinutes)]), [
    texts.agendaNotes, texts.budget(timing.budget, timing.targetMinutes), ...uncovered,
  ]));

  session.items.forEach((item, i) => {
    const t = timing.items[i]!;
    const placement = { itemId: item.id, startOffset: t.startOffset, plannedMinutes: t.minutes };
    if (item.kind !== 'unit') {
      slides.push(freeItemSlide(item, placement, texts, format));
      return;
    }
    const r = resolved.get(item.unitId) ?? { unitId: item.unitId, problem: 'missing' as const };
    const withItem = { ...placement, item };
    slides.push(...(r.unit ? unitSlides(r.unit, withItem, texts, format) : [missingUnitSlide(r, withItem, texts, format)]));
  });

  slides.push(nextStepsSlide(session.nextSteps, texts));
  slides.push(...creditsSlides(collectCredits([...resolved.values()], reviewers), texts));
  return { lang, title: session.title, theme: session.theme, slides: uniqueIds(slides) };
}

export interface BuildUnitDeckOptions {
  lang?: DeckLang;
  theme?: Session['theme'];
  /** Who reviewed the unit, credited on the credits slides. */
  reviewers?: readonly string[];
}

/** The deck of a unit alone: title, its sequence as the agenda (times from 0:00), its slides, next steps, credits. */
export function buildUnitDeck(unit: Unit, { lang = 'fr', theme = 'minga', reviewers = [] }: BuildUnitDeckOptions = {}): Deck {
  const texts = deckTexts(lang);
  const resolved = resolveUnit(unit?.id ?? 'unit', unit);
  if (!resolved.unit) {
    const placement = { itemId: 'unit', startOffset: 0, plannedMinutes: 0 };
    const slides = [missingUnitSlide(resolved, placement, texts, () => undefined), ...creditsSlides(collectCredits([resolved]), texts)];
    return { lang, title: texts.missingUnitTitle, theme, slides };
  }
  const u = resolved.unit;
  const format = elapsedFormat;
  const total = u.steps.reduce((sum, s) => sum + s.minutes, 0);
  const slides: DeckSlide[] = [{
    kind: 'title',
    id: 'title',
    title: u.title,
    subtitle: u.description,
    details: [
      u.hashtags.map((h) => `#${h}`).join(' '),
      u.contributors.length > 0 ? texts.labelled(texts.contributors, contributorNames(u.contributors)) : '',
    ].filter((d) => d !== '').map((d) => clampText(d, TITLE_DETAIL_CHARS)),
    notes: { lines: [texts.planned(total), ...(u.context.trim() ? [u.context] : [])] },
  }];
  let offset = 0;
  const rows: AgendaRow[] = u.steps.map((step) => {
    const row = { time: timeRange(format, offset, offset + step.minutes), title: step.title, who: texts.stepKinds[step.kind], minutes: texts.minutes(step.minutes), missing: false };
    offset += step.minutes;
    return row;
  });
  slides.push(...agendaSlides(rows, texts, texts.minutes(total), [texts.agendaNotes, texts.planned(total)]));
  slides.push(...unitSlides(u, { itemId: 'unit', startOffset: 0, plannedMinutes: total }, texts, format));
  slides.push(nextStepsSlide(u.nextSteps, texts));
  slides.push(...creditsSlides(collectCredits([resolved], new Map([[u.id, reviewers]])), texts));
  return { lang, title: u.title, theme, slides: uniqueIds(slides) };
}

function freeItemSlide(item: FreeItem, placement: UnitPlacement, texts: DeckTexts, format: TimeFormat): FreeItemSlide {
  const { itemId, startOffset, plannedMinutes } = placement;
  const range = timeRange(format, startOffset, startOffset + plannedMinutes);
  const kindLabel = texts.freeKinds[item.kind];
  const title = item.title || kindLabel;
  const lines = [joinParts([texts.planned(plannedMinutes), range])];
  if (item.facilitator) lines.push(texts.withFacilitators(item.facilitator));
  if (item.notes?.trim()) lines.push(item.notes);
  return {
    kind: 'free',
    id: `item-${itemId}`,
    title,
    meta: joinParts([title === kindLabel ? undefined : kindLabel, range, texts.minutes(plannedMinutes), item.facilitator]),
    notes: { lines },
    timing: { itemId, stepIds: [], plannedMinutes },
  };
}



function agendaSlides(rows: AgendaRow[], texts: DeckTexts, footer: string, notes: string[]): AgendaSlide[] {
  const shortened = rows.map((row) => ({ ...row, title: clampText(row.title, AGENDA_TITLE_CHARS), who: clampText(row.who, AGENDA_WHO_CHARS) }));
  return balancedChunks(shortened, AGENDA_ROWS_PER_SLIDE).map((part, i) => ({
    kind: 'agenda', id: partId('agenda', i), heading: partHeading(texts.agenda, texts, i), rows: part, footer, notes: { lines: notes },
  }));
}

/** Next steps on one slide: the first ones, shortened if need be; all of them in the notes. */
function nextStepsSlide(nextSteps: readonly { text: string; done: boolean }[], texts: DeckTexts): NextStepsSlide {
  const written = nextSteps.filter((s) => s.text.trim() !== '');
  const { kept, more, cut } = listForSlide(written.map((s) => s.text), NEXT_STEPS_SHOWN, texts.moreInNotes);
  return {
    kind: 'nextSteps',
    id: 'next-steps',
    heading: texts.nextSteps,
    items: [...kept.map((text, i) => ({ text, done: written[i]!.done })), ...(more ? [{ text: more, done: false }] : [])],
    empty: texts.noNextSteps,
    notes: { lines: [texts.nextStepsNotes, ...(cut ? written.map((s) => s.text) : [])] },
  };
}






/** Slide ids are built from item and slide ids; should two ever coincide, later ones get a suffix. */
function uniqueIds(slides: DeckSlide[]): DeckSlide[] {
  const seen = new Set<string>();
  return slides.map((slide) => {
    let id = slide.id;
    for (let n = 2; seen.has(id); n++) id = `${slide.id}-${n}`;
    seen.add(id);
    return id === slide.id ? slide : { ...slide, id };
  });
}
