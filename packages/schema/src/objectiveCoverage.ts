import type { Session } from './session.ts';
import { lookupUnit, type UnitLookup } from './sessionTiming.ts';
import { sameWord, significantWords } from './significantWords.ts';

/**
 * Which session objectives the units serve, and which objective nothing covers.
 *
 * Two ways count, and the answer says which one applied:
 * - `link`: the unit item lists the objective in `servesObjectiveIds` (the composer said so);
 * - `words`: one of the unit's objectives shares enough significant words with the session
 *   objective (see significantWords.ts: French and English stop words left out, words compared by
 *   their stems). Enough means at least two shared words, or every significant word of the shorter
 *   objective when it has only one. The shared words are shown as the session objective writes them.
 * An item whose unit is deleted or unreadable covers nothing, even through a link: it cannot be
 * taught. Links to objective ids that no longer exist are ignored.
 */

/**
 * The words two objectives share when they match by the rule above, else an empty list; each
 * word as written in `b` (the session objective, which the composer shows them beside).
 */
export function matchObjectiveWords(a: string, b: string): string[] {
  const wordsA = significantWords(a);
  const wordsB = significantWords(b);
  const shared = wordsB.filter((w) => wordsA.some((other) => sameWord(other, w)));
  const needed = Math.min(2, wordsA.length, wordsB.length);
  return needed > 0 && shared.length >= needed ? shared.map((w) => w.written) : [];
}

export interface CoverageMatch {
  itemId: string;
  unitId: string;
  via: 'link' | 'words';
  /** The unit objective that matched, for `words`. */
  unitObjectiveId?: string;
  /** The words both objectives share, for `words`. */
  sharedWords: string[];
}

export interface SessionObjectiveCoverage {
  objectiveId: string;
  text: string;
  coveredBy: CoverageMatch[];
}

export interface UnitObjectiveServes {
  unitObjectiveId: string;
  text: string;
  serves: { objectiveId: string; sharedWords: string[] }[];
}

export interface ItemCoverage {
  itemId: string;
  unitId: string;
  unitMissing: boolean;
  /** Session objectives this item links to explicitly (existing ids only). */
  linkedObjectiveIds: string[];
  /** For each of the unit's objectives, the session objectives it serves by words. */
  unitObjectives: UnitObjectiveServes[];
}

export interface ObjectiveCoverageReport {
  objectives: SessionObjectiveCoverage[];
  items: ItemCoverage[];
  /** Ids of the session objectives nothing covers, in the session's order. */
  uncoveredObjectiveIds: string[];
}

/** Which session objectives each unit item serves (by link or by shared words), and which nothing covers. */
export function computeObjectiveCoverage(session: Pick<Session, 'objectives' | 'items'>, units: UnitLookup): ObjectiveCoverageReport {
  const objectives: SessionObjectiveCoverage[] = session.objectives.map((o) => ({ objectiveId: o.id, text: o.text, coveredBy: [] }));
  const byId = new Map(objectives.map((o) => [o.objectiveId, o]));
  const items: ItemCoverage[] = [];
  for (const item of session.items) {
    if (item.kind !== 'unit') continue;
    const unit = lookupUnit(units, item.unitId);
    const linked = [...new Set(item.servesObjectiveIds ?? [])].filter((id) => byId.has(id));
    const coverage: ItemCoverage = { itemId: item.id, unitId: item.unitId, unitMissing: !unit, linkedObjectiveIds: linked, unitObjectives: [] };
    items.push(coverage);
    if (!unit) continue;
    for (const id of linked) byId.get(id)?.coveredBy.push({ itemId: item.id, unitId: item.unitId, via: 'link', sharedWords: [] });
    for (const unitObjective of unit.objectives) {
      const serves: UnitObjectiveServes['serves'] = [];
      for (const objective of objectives) {
        const sharedWords = matchObjectiveWords(unitObjective.text, objective.text);
        if (sharedWords.length === 0) continue;
        serves.push({ objectiveId: objective.objectiveId, sharedWords });
        objective.coveredBy.push({ itemId: item.id, unitId: item.unitId, via: 'words', unitObjectiveId: unitObjective.id, sharedWords });
      }
      coverage.unitObjectives.push({ unitObjectiveId: unitObjective.id, text: unitObjective.text, serves });
    }
  }
  return {
    objectives,
    items,
    uncoveredObjectiveIds: objectives.filter((o) => o.coveredBy.length === 0).map((o) => o.objectiveId),
  };
}
