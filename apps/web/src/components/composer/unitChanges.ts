import { totalMinutes, upstreamChanges, type Unit, type UpstreamField } from '@minga/schema';

/** What changed in a unit between the version a session pinned and the unit now, as the update notice lists it. */
export interface UnitChanges {
  title?: { from: string; to: string };
  minutes?: { from: number; to: number };
  objectivesAdded: string[];
  objectivesRemoved: string[];
  stepsAdded: string[];
  stepsRemoved: string[];
  /** Steps kept but retitled, retimed, moved or re-noted. */
  stepsEdited: boolean;
  /** Other parts that changed, by name (description, slides, hashtags, materials). */
  other: UpstreamField[];
}

const texts = (list: readonly { text: string }[]) => list.map((o) => o.text.trim()).filter(Boolean);
const missingFrom = (list: readonly string[], other: readonly string[]) => list.filter((text) => !other.includes(text));

/** The changes from `pinned` to `now`, field by field (upstreamChanges), worded for people. */
export function describeUnitChanges(pinned: Unit, now: Unit): UnitChanges {
  const { changes, minutes } = upstreamChanges(pinned, now, pinned);
  const fields = new Set(changes.map((change) => change.field));
  const result: UnitChanges = { objectivesAdded: [], objectivesRemoved: [], stepsAdded: [], stepsRemoved: [], stepsEdited: false, other: [] };
  if (fields.has('title')) result.title = { from: pinned.title, to: now.title };
  if (minutes.base !== minutes.upstream) result.minutes = { from: totalMinutes(pinned.steps), to: totalMinutes(now.steps) };
  if (fields.has('objectives')) {
    result.objectivesAdded = missingFrom(texts(now.objectives), texts(pinned.objectives));
    result.objectivesRemoved = missingFrom(texts(pinned.objectives), texts(now.objectives));
  }
  if (fields.has('steps')) {
    const before = new Map(pinned.steps.map((step) => [step.id, step]));
    const after = new Set(now.steps.map((step) => step.id));
    const untitled = (title: string) => title.trim() || '…';
    result.stepsAdded = now.steps.filter((step) => !before.has(step.id)).map((step) => untitled(step.title));
    result.stepsRemoved = pinned.steps.filter((step) => !after.has(step.id)).map((step) => untitled(step.title));
    const keptBefore = pinned.steps.filter((step) => after.has(step.id));
    const keptAfter = now.steps.filter((step) => before.has(step.id));
    result.stepsEdited = JSON.stringify(keptBefore) !== JSON.stringify(keptAfter);
  }
  result.other = [...fields].filter((field): field is UpstreamField => field !== 'title' && field !== 'objectives' && field !== 'steps');
  return result;
}

/** True when the notice would list nothing. */
export function isUnchanged(changes: UnitChanges): boolean {
  return !changes.title && !changes.minutes && changes.objectivesAdded.length === 0 && changes.objectivesRemoved.length === 0
    && changes.stepsAdded.length === 0 && changes.stepsRemoved.length === 0 && !changes.stepsEdited && changes.other.length === 0;
}
