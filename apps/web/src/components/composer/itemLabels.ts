import type { FreeItemKind, SessionItem, SessionItemKind } from '@minga/schema';
import type { TFunction } from 'i18next';
import type { ItemUnit } from '../../hooks/useSessionUnits.ts';

/** The translation key of each kind of session item. */
export const ITEM_KIND_LABELS = {
  unit: 'composer.kinds.unit',
  welcome: 'composer.kinds.welcome',
  break: 'composer.kinds.break',
  questions: 'composer.kinds.questions',
  evaluation: 'composer.kinds.evaluation',
  other: 'composer.kinds.other',
} as const satisfies Record<SessionItemKind, string>;

/** Minutes a new free item starts with. */
export const FREE_ITEM_MINUTES = {
  welcome: 5,
  break: 10,
  questions: 10,
  evaluation: 5,
  other: 5,
} as const satisfies Record<FreeItemKind, number>;

/** The translation key saying where a unit item's unit stands when it cannot be shown. */
export function unitProblemKey(unit: ItemUnit | undefined): 'composer.unit.missingTitle' | 'composer.unit.unavailableTitle' | 'composer.unit.loadingTitle' | null {
  switch (unit?.used.status) {
    case 'ok':
      return null;
    case 'missing':
      return 'composer.unit.missingTitle';
    case 'error':
      return 'composer.unit.unavailableTitle';
    default:
      return 'composer.unit.loadingTitle';
  }
}

/** What an item is called on screen: the unit's title, a free item's title, or its kind. */
export function itemTitle(t: TFunction, item: SessionItem, unit: ItemUnit | undefined): string {
  if (item.kind !== 'unit') return item.title.trim() || t(ITEM_KIND_LABELS[item.kind]);
  if (unit?.used.status === 'ok') return unit.used.value.title.trim() || t('composer.unit.untitled');
  const problem = unitProblemKey(unit);
  return problem ? t(problem) : t('composer.unit.untitled');
}
