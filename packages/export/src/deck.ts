import type { RichTextDoc, SessionTheme } from '@minga/schema';
import type { DeckLang } from './deckText.ts';

/**
 * The Deck: what buildDeck makes of a session (or a unit) and what renderDeckHtml turns into
 * reveal.js. Plain JSON. Every string is final, display-ready text in the deck's language
 * (fixed texts included), and none of it is HTML: renderers escape it all. Rich text stays as
 * Tiptap JSON so that the renderer alone decides which elements exist.
 */
export interface Deck {
  lang: DeckLang;
  title: string;
  theme: SessionTheme;
  slides: DeckSlide[];
}

/** Speaker notes: the slide's own notes, then lines of timing and facilitation. */
export interface DeckNotes {
  richText?: RichTextDoc;
  lines: string[];
}

/** What the speaker view's timer needs: which item and steps a slide belongs to and their planned minutes. */
export interface DeckSlideTiming {
  itemId: string;
  stepIds: string[];
  plannedMinutes: number;
}

interface SlideBase {
  /** Unique in the deck and stable across exports: reveal.js uses it in the URL (`#/item-…`). */
  id: string;
  notes: DeckNotes;
  timing?: DeckSlideTiming;
}

export interface TitleSlide extends SlideBase {
  kind: 'title';
  title: string;
  subtitle: string;
  details: string[];
}

export interface AgendaRow {
  time: string;
  title: string;
  who: string;
  minutes: string;
  /** The row stands for a unit that is deleted or unreadable. */
  missing: boolean;
}

export interface AgendaSlide extends SlideBase {
  kind: 'agenda';
  heading: string;
  rows: AgendaRow[];
  footer: string;
}

export interface SectionSlide extends SlideBase {
  kind: 'section';
  title: string;
  meta: string;
  objectivesHeading: string;
  objectives: string[];
}

export interface ContentSlide extends SlideBase {
  kind: 'content';
  content: RichTextDoc;
}

export interface FreeItemSlide extends SlideBase {
  kind: 'free';
  title: string;
  meta: string;
}

export interface MissingUnitSlide extends SlideBase {
  kind: 'missing';
  title: string;
  message: string;
  meta: string;
}

export interface NextStepsSlide extends SlideBase {
  kind: 'nextSteps';
  heading: string;
  items: { text: string; done: boolean }[];
  /** Shown when there are no items yet. */
  empty: string;
}

export interface CreditLink {
  text: string;
  /** An http(s) URL, checked again when rendered. */
  href?: string;
}

export interface CreditEntry {
  title: string;
  /** Labelled facts: contributors, licence. The label carries its punctuation ("Licence :"), or is empty. */
  lines: { label: string; value: CreditLink }[];
  sourcesLabel: string;
  /** Each source: its title (linked when it has a URL) and its licence. */
  sources: { title: CreditLink; licence: string }[];
}

export interface CreditsSlide extends SlideBase {
  kind: 'credits';
  heading: string;
  entries: CreditEntry[];
  footer: string[];
}

export type DeckSlide =
  | TitleSlide | AgendaSlide | SectionSlide | ContentSlide | FreeItemSlide | MissingUnitSlide | NextStepsSlide | CreditsSlide;
export type DeckSlideKind = DeckSlide['kind'];
