/**
 * Where a presenter is in the deck, as published in the presence doc's awareness (field
 * `presenting`) for people following on their phones, and sent between the presenter's own
 * windows. `seq` orders positions like a Lamport clock: each navigation takes one more than the
 * highest seen, so the newest position wins whatever the devices' clocks say.
 */
export interface PresentingPosition {
  /** reveal.js indices of the slide (decks are flat: `v` is 0, `f` is -1 without fragments). */
  h: number;
  v: number;
  f: number;
  /** The slide's section id: stable when a deck is rebuilt and across languages. */
  slideId: string;
  /** The deck's language, so followers see the same fixed texts as the screen. */
  lang: 'fr' | 'en';
  seq: number;
  /** When it was published (the presenter's clock, for display only). */
  at: number;
  /** The projector's screen is blacked out (reveal.js's pause): the phones black out too. */
  paused?: boolean;
}

/** The awareness field the presenter publishes. */
export const PRESENTING_FIELD = 'presenting';

/**
 * The awareness field with the revision of the deck the presenter shows (deckRevision): phones
 * fetch the deck again when it changes, so an edit reaches them within a moment without polling.
 */
export const DECK_REV_FIELD = 'deckRev';

const SLIDE_ID = /^[A-Za-z0-9_-]{1,200}$/;

const isIndex = (value: unknown, min: number): value is number =>
  typeof value === 'number' && Number.isInteger(value) && value >= min && value < 100_000;

/** A position read from someone else's awareness state, or null when it is not one (peers are not trusted). */
export function parsePresenting(value: unknown): PresentingPosition | null {
  if (typeof value !== 'object' || value === null) return null;
  const p = value as Record<string, unknown>;
  if (!isIndex(p.h, 0) || !isIndex(p.v, 0) || !isIndex(p.f, -1)) return null;
  if (typeof p.slideId !== 'string' || !SLIDE_ID.test(p.slideId)) return null;
  if (typeof p.seq !== 'number' || !Number.isSafeInteger(p.seq) || p.seq < 0) return null;
  const at = typeof p.at === 'number' && Number.isFinite(p.at) ? p.at : 0;
  return { h: p.h, v: p.v, f: p.f, slideId: p.slideId, lang: p.lang === 'en' ? 'en' : 'fr', seq: p.seq, at, ...(p.paused === true ? { paused: true } : {}) };
}

export interface Presenter {
  clientId: number;
  name: string;
  position: PresentingPosition;
  /** The revision of the presenter's deck ('' when it published none). */
  deckRev: string;
}

/** True when `a` is a newer position than `b`: higher seq, then the higher client id breaks ties. */
export function isNewer(a: { seq: number; clientId: number }, b: { seq: number; clientId: number } | null): boolean {
  return b === null || a.seq > b.seq || (a.seq === b.seq && a.clientId > b.clientId);
}

/** The presenter whose position is newest among awareness states, leaving out `selfId`; null when nobody presents. */
export function newestPresenter(states: ReadonlyMap<number, Record<string, unknown>>, selfId: number): Presenter | null {
  let best: Presenter | null = null;
  states.forEach((state, clientId) => {
    if (clientId === selfId) return;
    const position = parsePresenting(state[PRESENTING_FIELD]);
    if (!position) return;
    if (best && !isNewer({ seq: position.seq, clientId }, { seq: best.position.seq, clientId: best.clientId })) return;
    const user = state.user as { name?: unknown } | undefined;
    const rev = state[DECK_REV_FIELD];
    best = { clientId, name: typeof user?.name === 'string' ? user.name.slice(0, 40) : '', position, deckRev: typeof rev === 'string' ? rev.slice(0, 64) : '' };
  });
  return best;
}

/** The highest seq any state holds, so a new navigation can take one more. */
export function highestSeq(states: ReadonlyMap<number, Record<string, unknown>>): number {
  let max = 0;
  states.forEach((state) => {
    const position = parsePresenting(state[PRESENTING_FIELD]);
    if (position && position.seq > max) max = position.seq;
  });
  return max;
}

/**
 * The index of a position's slide in a deck given as its slide ids: by id when the deck has it,
 * else the same index, kept inside the deck.
 */
export function slideIndexOf(slideIds: readonly string[], position: Pick<PresentingPosition, 'h' | 'slideId'>): number {
  const byId = slideIds.indexOf(position.slideId);
  if (byId >= 0) return byId;
  return Math.max(0, Math.min(position.h, slideIds.length - 1));
}

/**
 * The slide a `#/…` address asks for, as reveal.js writes them: `#/3` (0-based index),
 * `#/3/0`, or `#/<slide id>`. Null when it names none of the deck's slides.
 */
export function slideIndexFromHash(hash: string, slideIds: readonly string[]): number | null {
  const match = /^#\/([^/?]+)/.exec(hash);
  if (!match) return null;
  let part: string;
  try {
    part = decodeURIComponent(match[1]!);
  } catch {
    return null;
  }
  if (/^\d+$/.test(part)) {
    const index = Number(part);
    return index < slideIds.length ? index : null;
  }
  const byId = slideIds.indexOf(part);
  return byId >= 0 ? byId : null;
}
