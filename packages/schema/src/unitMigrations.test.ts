import { describe, expect, it } from 'vitest';
import { UNIT_SCHEMA_VERSION, UnitSchema } from './unit.ts';
import { UNIT_MIGRATIONS, UnitMigrationError, migrateUnit } from './unitMigrations.ts';
import { EXAMPLE_UNIT } from './unitExample.ts';

describe('unit migrations', () => {
  it('have a named step for every schema version up to the current one', () => {
    expect(UNIT_MIGRATIONS.map((m) => m.toVersion)).toEqual(Array.from({ length: UNIT_SCHEMA_VERSION }, (_, i) => i + 1));
    expect(UNIT_MIGRATIONS.at(-1)?.toVersion).toBe(UNIT_SCHEMA_VERSION);
    for (const m of UNIT_MIGRATIONS) expect(m.id).toMatch(new RegExp(`^unit/${m.toVersion}-[a-z-]+$`));
    expect(new Set(UNIT_MIGRATIONS.map((m) => m.id)).size).toBe(UNIT_MIGRATIONS.length);
  });

  it('bring a current unit through unchanged and parseable', () => {
    const migrated = migrateUnit(structuredClone(EXAMPLE_UNIT));
    expect(migrated).toEqual(EXAMPLE_UNIT);
    expect(UnitSchema.parse(migrated)).toEqual(EXAMPLE_UNIT);
  });

  it('refuse a unit from a newer Minga, a unit with no version and something that is not a unit', () => {
    expect(() => migrateUnit({ ...EXAMPLE_UNIT, schemaVersion: UNIT_SCHEMA_VERSION + 1 })).toThrow(/made by a newer Minga/);
    expect(() => migrateUnit({ title: 'x' })).toThrow(/schemaVersion is missing/);
    expect(() => migrateUnit({ schemaVersion: '1' })).toThrow(/whole number from 1, not "1"/);
    expect(() => migrateUnit([])).toThrow(UnitMigrationError);
  });
});
