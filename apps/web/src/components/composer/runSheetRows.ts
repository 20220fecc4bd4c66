import { collectCredits, type Credits, type ResolvedUnit } from '@minga/export';
import {
  UnitSchema, clockTimeAt, computeSessionTiming, computeStepTimings, totalMinutes,
  type ClockTime, type FreeItemKind, type Material, type Session, type SessionTiming, type StepKind, type Unit,
} from '@minga/schema';

/** Where a row sits in time: minutes from the start, and clock times when the session has a start time. */
export interface RowTime {
  startOffset: number;
  endOffset: number;
  start?: ClockTime;
  end?: ClockTime;
}

/** A session item of the run-sheet. */
export interface RunSheetItemRow {
  type: 'item';
  itemId: string;
  kind: 'unit' | FreeItemKind;
  time: RowTime;
  minutes: number;
  /** The unit's or the free item's title; '' when it has none (the kind then names it). */
  title: string;
  who: string;
  /** A unit item whose unit was deleted or cannot be read. */
  unitMissing: boolean;
  unitId?: string;
  pinnedVersion?: string;
  /** The unit's own minutes when the session gives it other minutes. */
  overriddenFrom?: number;
  materials: Material[];
  /** A free item's notes or a unit item's transition note. */
  notes: string;
}

/** A step of a unit, under its item. Times only when the unit fills its slot exactly. */
export interface RunSheetStepRow {
  type: 'step';
  itemId: string;
  stepId: string;
  stepKind: StepKind;
  title: string;
  minutes: number;
  time?: RowTime;
  notes: string;
}

export type RunSheetRow = RunSheetItemRow | RunSheetStepRow;

export interface RunSheet {
  rows: RunSheetRow[];
  timing: SessionTiming;
  credits: Credits;
}

/** Units as the API gave them, each checked: a value that is not a unit reads as unreadable, never as a crash. */
function readable(units: Readonly<Record<string, unknown>>, unitId: string): Unit | undefined {
  if (!Object.hasOwn(units, unitId)) return undefined;
  const parsed = UnitSchema.safeParse(units[unitId]);
  return parsed.success ? parsed.data : undefined;
}

/**
 * The run-sheet (déroulé) the facilitators follow: one row per item (time, title, who, minutes,
 * materials, notes) followed by one per step of its unit, with the timing and the credits (the
 * union of the units' contributors and licences). Deleted units take one clear row and 0 minutes
 * unless the session gives them minutes.
 */
export function runSheetRows(session: Session, units: Readonly<Record<string, unknown>>): RunSheet {
  const lookup = new Map<string, Unit | undefined>();
  for (const item of session.items) if (item.kind === 'unit' && !lookup.has(item.unitId)) lookup.set(item.unitId, readable(units, item.unitId));
  const timing = computeSessionTiming(session, lookup);
  const at = (offset: number) => (session.startTime === undefined ? undefined : clockTimeAt(session.startTime, offset));
  const rows: RunSheetRow[] = [];
  session.items.forEach((item, index) => {
    const t = timing.items[index]!;
    const time: RowTime = { startOffset: t.startOffset, endOffset: t.endOffset, ...(t.start && { start: t.start }), ...(t.end && { end: t.end }) };
    const who = item.facilitator ?? '';
    if (item.kind !== 'unit') {
      rows.push({ type: 'item', itemId: item.id, kind: item.kind, time, minutes: t.minutes, title: item.title, who, unitMissing: false, materials: [], notes: item.notes ?? '' });
      return;
    }
    const unit = lookup.get(item.unitId);
    const unitMinutes = unit ? totalMinutes(unit.steps) : undefined;
    rows.push({
      type: 'item',
      itemId: item.id,
      kind: 'unit',
      time,
      minutes: t.minutes,
      title: unit?.title ?? '',
      who,
      unitMissing: !unit,
      unitId: item.unitId,
      ...(item.mode === 'pinned' && item.pinnedVersion ? { pinnedVersion: item.pinnedVersion } : {}),
      ...(unitMinutes !== undefined && unitMinutes !== t.minutes ? { overriddenFrom: unitMinutes } : {}),
      materials: unit?.materials ?? [],
      notes: item.transitionNote ?? '',
    });
    if (!unit) return;
    const fits = unitMinutes === t.minutes;
    const steps = computeStepTimings(unit.steps, t.startOffset);
    unit.steps.forEach((step, s) => {
      const st = steps[s]!;
      const start = at(st.startOffset);
      const end = at(st.endOffset);
      rows.push({
        type: 'step',
        itemId: item.id,
        stepId: step.id,
        stepKind: step.kind,
        title: step.title,
        minutes: step.minutes,
        ...(fits ? { time: { startOffset: st.startOffset, endOffset: st.endOffset, ...(start && { start }), ...(end && { end }) } } : {}),
        notes: step.notes,
      });
    });
  });
  const resolved: ResolvedUnit[] = [...lookup].map(([unitId, unit]) => (unit ? { unitId, unit } : { unitId, problem: 'missing' }));
  return { rows, timing, credits: collectCredits(resolved) };
}
