import { UnitSchema, type Session, type Unit, type UnitLookup, lookupUnit } from '@minga/schema';

/**
 * Units as the exporters see them: each one the caller passed is checked against UnitSchema once,
 * so a deleted unit and a malformed one both become a clear placeholder instead of a crash deep
 * in a renderer.
 */

export interface ResolvedUnit {
  unitId: string;
  unit?: Unit;
  /** Why `unit` is absent. */
  problem?: 'missing' | 'unreadable';
}

/** Every unit a session's items name, checked, by id. */
export function resolveSessionUnits(session: Pick<Session, 'items'>, units: UnitLookup): Map<string, ResolvedUnit> {
  const resolved = new Map<string, ResolvedUnit>();
  for (const item of session.items) {
    if (item.kind !== 'unit' || resolved.has(item.unitId)) continue;
    resolved.set(item.unitId, resolveUnit(item.unitId, lookupUnit(units, item.unitId)));
  }
  return resolved;
}

/** A unit value checked: the parsed unit, or why there is none. */
export function resolveUnit(unitId: string, value: unknown): ResolvedUnit {
  if (value === undefined || value === null) return { unitId, problem: 'missing' };
  const parsed = UnitSchema.safeParse(value);
  return parsed.success ? { unitId, unit: parsed.data } : { unitId, problem: 'unreadable' };
}

/** The readable units only, as the schema's timing and coverage helpers take them. */
export function readableUnits(resolved: ReadonlyMap<string, ResolvedUnit>): Map<string, Unit | undefined> {
  return new Map([...resolved].map(([id, r]) => [id, r.unit]));
}
