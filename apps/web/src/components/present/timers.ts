import type { Deck } from '@minga/export';

/**
 * The speaker view's timers, computed from the deck's timing info and a log of when the
 * presenter arrived on which slide. Time on a slide counts for its item (a unit or a free item)
 * and, on a content slide, for its step(s). A timer starts when the presenter first reaches one
 * of its slides and runs only while they are on one, so going back and forth adds up honestly.
 * Pure: the log is kept by the caller (in localStorage, shared by the presenter's windows).
 */

/** One navigation: the presenter arrived on this slide at this time (ms since the epoch). */
export interface NavigationEntry {
  at: number;
  slideId: string;
}

export interface TimerState {
  key: string;
  label: string;
  plannedMinutes: number;
  elapsedMs: number;
  started: boolean;
  /** The presenter is on one of its slides now. */
  active: boolean;
  /** Elapsed past the planned minutes. */
  over: boolean;
}

export interface ItemTimerState extends TimerState {
  itemId: string;
  steps: TimerState[];
}

export interface TimerReport {
  items: ItemTimerState[];
  /** Since the first navigation of the log (0 when empty). */
  totalMs: number;
}

/**
 * What a step is called: its title from the unit, when the caller knows it, under
 * `stepTitleKey(itemId, stepId)`: step ids are unique within a unit only (every unit has its `st-1`).
 */
export type StepTitles = ReadonlyMap<string, string>;

/** The key of a step's title: the deck item that shows the unit, then the step's id. */
export const stepTitleKey = (itemId: string, stepId: string) => `${itemId}\n${stepId}`;

interface Segment {
  key: string;
  itemKey: string | null;
}

const itemKey = (itemId: string) => `item:${itemId}`;
const stepKey = (itemId: string, stepIds: readonly string[]) => `steps:${itemId}:${stepIds.join(',')}`;

/** The timers of a deck, and which of them each slide feeds. */
function plan(deck: Deck, stepTitles: StepTitles, stepLabel: (n: number) => string) {
  const items: ItemTimerState[] = [];
  const byKey = new Map<string, TimerState>();
  const slideSegments = new Map<string, Segment[]>();
  for (const slide of deck.slides) {
    const timing = slide.timing;
    if (!timing) continue;
    const ik = itemKey(timing.itemId);
    let item = byKey.get(ik) as ItemTimerState | undefined;
    if (!item) {
      item = { key: ik, itemId: timing.itemId, label: '', plannedMinutes: timing.plannedMinutes, elapsedMs: 0, started: false, active: false, over: false, steps: [] };
      byKey.set(ik, item);
      items.push(item);
    }
    const segments: Segment[] = [{ key: ik, itemKey: null }];
    if (slide.kind === 'section' || slide.kind === 'free' || slide.kind === 'missing') {
      // The item's own slide carries its title and its whole planned time.
      item.label = slide.title;
      item.plannedMinutes = timing.plannedMinutes;
    } else if (slide.kind === 'content' && timing.stepIds.length > 0) {
      const sk = stepKey(timing.itemId, timing.stepIds);
      if (!byKey.has(sk)) {
        const label = timing.stepIds
          .map((id) => stepTitles.get(stepTitleKey(timing.itemId, id))?.trim() || stepLabel(item.steps.length + 1))
          .join(' + ');
        const step: TimerState = { key: sk, label, plannedMinutes: timing.plannedMinutes, elapsedMs: 0, started: false, active: false, over: false };
        byKey.set(sk, step);
        item.steps.push(step);
      }
      segments.push({ key: sk, itemKey: ik });
    }
    slideSegments.set(slide.id, segments);
  }
  return { items, byKey, slideSegments };
}

/** The timers as they stand at `now`. */
export function computeTimers(
  deck: Deck,
  log: readonly NavigationEntry[],
  now: number,
  stepTitles: StepTitles = new Map(),
  stepLabel: (n: number) => string = (n) => `#${n}`,
): TimerReport {
  const { items, byKey, slideSegments } = plan(deck, stepTitles, stepLabel);
  for (let i = 0; i < log.length; i++) {
    const entry = log[i]!;
    const end = i + 1 < log.length ? log[i + 1]!.at : now;
    const duration = Math.max(0, end - entry.at);
    for (const segment of slideSegments.get(entry.slideId) ?? []) {
      const timer = byKey.get(segment.key);
      if (!timer) continue;
      timer.started = true;
      timer.elapsedMs += duration;
      if (i === log.length - 1) timer.active = true;
    }
  }
  for (const timer of byKey.values()) timer.over = timer.started && timer.elapsedMs > timer.plannedMinutes * 60_000;
  const first = log[0];
  return { items, totalMs: first ? Math.max(0, now - first.at) : 0 };
}

/** Adds a navigation to the log unless it repeats the last slide; keeps the log bounded. */
export function appendNavigation(log: readonly NavigationEntry[], entry: NavigationEntry, max = 2000): NavigationEntry[] {
  const last = log[log.length - 1];
  if (last && last.slideId === entry.slideId) return [...log];
  const next = [...log, entry];
  return next.length > max ? next.slice(next.length - max) : next;
}

/** A log read back from storage: anything malformed is dropped. */
export function parseNavigationLog(raw: unknown): NavigationEntry[] {
  if (!Array.isArray(raw)) return [];
  return raw.filter((e): e is NavigationEntry =>
    typeof e === 'object' && e !== null && typeof (e as NavigationEntry).at === 'number' && Number.isFinite((e as NavigationEntry).at)
    && typeof (e as NavigationEntry).slideId === 'string');
}

/** `m:ss` or `h:mm:ss`, for elapsed times. */
export function formatElapsed(ms: number): string {
  const total = Math.floor(Math.max(0, ms) / 1000);
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = String(total % 60).padStart(2, '0');
  return h > 0 ? `${h}:${String(m).padStart(2, '0')}:${s}` : `${m}:${s}`;
}
