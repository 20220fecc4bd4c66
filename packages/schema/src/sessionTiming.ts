import { z } from 'zod';
import { totalMinutes, type Step, type Unit } from './unit.ts';
import { SESSION_ITEM_KINDS, type Session, type SessionItem } from './session.ts';

/**
 * Timing of a session: each item's minutes, its clock times once a start time is set, the total
 * and how it compares with the target. Pure: the caller resolves units (live or pinned version)
 * and passes `undefined`, or leaves the id out, for a unit that was deleted or cannot be read.
 */

/** Units by id, as the caller resolved them; `undefined` means deleted or unreadable. */
export type UnitLookup = ReadonlyMap<string, Unit | undefined> | Readonly<Record<string, Unit | undefined>>;

/** The unit stored under `unitId`, or undefined. Never walks the prototype chain ("constructor" is a valid id). */
export function lookupUnit(units: UnitLookup, unitId: string): Unit | undefined {
  if (units instanceof Map) return units.get(unitId);
  const record = units as Readonly<Record<string, Unit | undefined>>;
  return Object.hasOwn(record, unitId) ? record[unitId] : undefined;
}

const MINUTES_PER_DAY = 24 * 60;

/** A time of day reached from the start time, possibly on a later day. */
export const ClockTimeAtSchema = z.object({
  /** `HH:MM` on a 24-hour clock. */
  hhmm: z.string(),
  /** 0 on the start day, 1 past midnight, and so on. */
  dayOffset: z.number().int(),
});
export type ClockTime = z.infer<typeof ClockTimeAtSchema>;

/** Minutes since midnight of an `HH:MM` time, or undefined when it is not one. */
export function parseClockTime(hhmm: string): number | undefined {
  const match = /^([01]\d|2[0-3]):([0-5]\d)$/.exec(hhmm);
  return match ? Number(match[1]) * 60 + Number(match[2]) : undefined;
}

/** The clock time `offsetMinutes` after `startTime`, wrapping past midnight into the next day. */
export function clockTimeAt(startTime: string, offsetMinutes: number): ClockTime | undefined {
  const start = parseClockTime(startTime);
  if (start === undefined) return undefined;
  const absolute = start + offsetMinutes;
  const dayOffset = Math.floor(absolute / MINUTES_PER_DAY);
  const minuteOfDay = absolute - dayOffset * MINUTES_PER_DAY;
  const hh = String(Math.floor(minuteOfDay / 60)).padStart(2, '0');
  const mm = String(minuteOfDay % 60).padStart(2, '0');
  return { hhmm: `${hh}:${mm}`, dayOffset };
}

/** `14:30`, or `00:15 (+1)` the day after the start. */
export function formatClockTime(time: ClockTime): string {
  return time.dayOffset === 0 ? time.hhmm : `${time.hhmm} (+${time.dayOffset})`;
}

/** Where an item's minutes come from. */
export const ItemMinutesSourceSchema = z.enum(['free', 'override', 'unit', 'missing']);
export type ItemMinutesSource = z.infer<typeof ItemMinutesSourceSchema>;

export const ItemTimingSchema = z.object({
  itemId: z.string(),
  kind: z.enum(SESSION_ITEM_KINDS),
  minutes: z.number(),
  /** `free`: a free item's own minutes; `override`: the item's minutesOverride; `unit`: the unit's step total; `missing`: unit gone, counted as 0. */
  source: ItemMinutesSourceSchema,
  /** The unit's step total, when the unit could be read. */
  unitMinutes: z.number().optional(),
  /** True for a unit item whose unit was deleted or cannot be read. */
  unitMissing: z.boolean(),
  /** Minutes from the session's start. */
  startOffset: z.number(),
  endOffset: z.number(),
  /** Clock times, when the session has a start time. */
  start: ClockTimeAtSchema.optional(),
  end: ClockTimeAtSchema.optional(),
});
export type ItemTiming = z.infer<typeof ItemTimingSchema>;

export const BudgetStatusSchema = z.union([
  z.object({ status: z.literal('exact'), by: z.literal(0) }),
  z.object({ status: z.enum(['over', 'under']), by: z.number() }),
]);
export type BudgetStatus = z.infer<typeof BudgetStatusSchema>;

/** A session's timing, as `…/resolved` answers it. */
export const SessionTimingSchema = z.object({
  items: z.array(ItemTimingSchema),
  totalMinutes: z.number(),
  targetMinutes: z.number(),
  budget: BudgetStatusSchema,
  start: ClockTimeAtSchema.optional(),
  end: ClockTimeAtSchema.optional(),
});
export type SessionTiming = z.infer<typeof SessionTimingSchema>;

/** The minutes an item takes: its override, else its unit's step total, else (unit gone) 0. */
export function itemMinutes(
  item: SessionItem,
  unit: Unit | undefined,
): Pick<ItemTiming, 'minutes' | 'source' | 'unitMinutes' | 'unitMissing'> {
  if (item.kind !== 'unit') return { minutes: item.minutes, source: 'free', unitMissing: false };
  const unitMinutes = unit ? totalMinutes(unit.steps) : undefined;
  const known = unitMinutes === undefined ? {} : { unitMinutes };
  if (item.minutesOverride !== undefined) return { minutes: item.minutesOverride, source: 'override', unitMissing: !unit, ...known };
  if (unitMinutes !== undefined) return { minutes: unitMinutes, source: 'unit', unitMissing: false, ...known };
  return { minutes: 0, source: 'missing', unitMissing: true };
}

/** How a total compares with the target, by how many minutes. */
export function budgetStatus(total: number, target: number): BudgetStatus {
  if (total === target) return { status: 'exact', by: 0 };
  return total > target ? { status: 'over', by: total - target } : { status: 'under', by: target - total };
}

/** Each item's minutes and times, the total and the budget status of a session. */
export function computeSessionTiming(
  session: Pick<Session, 'items' | 'targetMinutes' | 'startTime'>,
  units: UnitLookup,
): SessionTiming {
  const startTime = session.startTime;
  const at = (offset: number) => (startTime === undefined ? undefined : clockTimeAt(startTime, offset));
  let offset = 0;
  const items = session.items.map((item): ItemTiming => {
    const unit = item.kind === 'unit' ? lookupUnit(units, item.unitId) : undefined;
    const minutes = itemMinutes(item, unit);
    const timing: ItemTiming = { itemId: item.id, kind: item.kind, ...minutes, startOffset: offset, endOffset: offset + minutes.minutes };
    offset = timing.endOffset;
    return withClock(timing, at);
  });
  const result: SessionTiming = {
    items,
    totalMinutes: offset,
    targetMinutes: session.targetMinutes,
    budget: budgetStatus(offset, session.targetMinutes),
  };
  const start = at(0);
  const end = at(offset);
  if (start) result.start = start;
  if (end) result.end = end;
  return result;
}

export interface StepTiming {
  stepId: string;
  minutes: number;
  startOffset: number;
  endOffset: number;
  start?: ClockTime;
  end?: ClockTime;
}

/** Times of a unit's steps laid end to end from `startOffset` minutes after the session's start. */
export function computeStepTimings(
  steps: readonly Pick<Step, 'id' | 'minutes'>[],
  startOffset = 0,
  startTime?: string,
): StepTiming[] {
  const at = (offset: number) => (startTime === undefined ? undefined : clockTimeAt(startTime, offset));
  let offset = startOffset;
  return steps.map((step) => {
    const timing: StepTiming = { stepId: step.id, minutes: step.minutes, startOffset: offset, endOffset: offset + step.minutes };
    offset = timing.endOffset;
    return withClock(timing, at);
  });
}

function withClock<T extends { startOffset: number; endOffset: number; start?: ClockTime; end?: ClockTime }>(
  timing: T,
  at: (offset: number) => ClockTime | undefined,
): T {
  const start = at(timing.startOffset);
  const end = at(timing.endOffset);
  if (start) timing.start = start;
  if (end) timing.end = end;
  return timing;
}
