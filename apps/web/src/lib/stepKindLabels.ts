import type { StepKind } from '@minga/schema';

/** The translation key of each kind of step. */
export const STEP_KIND_LABELS = {
  talk: 'unit.stepKinds.talk',
  exercise: 'unit.stepKinds.exercise',
  discussion: 'unit.stepKinds.discussion',
  workshop: 'unit.stepKinds.workshop',
  break: 'unit.stepKinds.break',
  other: 'unit.stepKinds.other',
} as const satisfies Record<StepKind, string>;
