import { UnitMigrationError, migrateUnit, type UnitDraftInput } from '@minga/schema';
import { finaliseDraft } from './finaliseDraft.ts';
import { jsonErrorOffset } from './jsonErrorOffset.ts';
import { summarise } from './preview.ts';
import { lineAt } from './text.ts';
import { ImportError, type ParseResult, type PreviewField } from './types.ts';

/**
 * Minga's own unit JSON (as `GET /api/w/<ws>/units/<id>` answers, or a draft for POST) → a
 * validated draft. Older schema versions are migrated first. Throws ImportError `invalid_json`
 * (with the line) or `invalid_unit` (with the field's path).
 */
export function parseMingaJson(text: string): ParseResult {
  let value: unknown;
  try {
    value = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (e) {
    const offset = jsonErrorOffset(text.replace(/^\uFEFF/, ''));
    const line = offset >= 0 ? lineAt(text, offset) : undefined;
    const what = offset >= text.length ? 'it ends too early' : offset >= 0 ? `unexpected ${JSON.stringify(text.slice(offset, offset + 12))}` : (e as Error).message;
    throw new ImportError('invalid_json', `not valid JSON: ${what}${line ? ` (line ${line})` : ''}`, line ? { line } : {});
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new ImportError('invalid_unit', 'a unit must be a JSON object: { "title": …, "steps": [ … ] }');
  }
  // The API's answers wrap the unit: { "unit": { … } }.
  const keys = Object.keys(value);
  const unwrapped = keys.length === 1 && keys[0] === 'unit' ? (value as { unit: unknown }).unit : value;
  let input = unwrapped as Record<string, unknown>;
  if (typeof input === 'object' && input !== null && 'schemaVersion' in input) {
    try {
      input = migrateUnit(input);
    } catch (e) {
      if (e instanceof UnitMigrationError) throw new ImportError('invalid_unit', `schemaVersion: ${e.message}`, { path: 'schemaVersion' });
      throw e;
    }
  }
  const draft = finaliseDraft(input as UnitDraftInput);
  const fields: PreviewField[] = ['title', 'description', 'objectives', 'steps', 'slides', 'materials', 'nextSteps', 'contributors', 'licence'];
  const preview = fields.flatMap((field) => {
    const summary = summarise(field, draft);
    return summary ? [{ field, from: `JSON "${field}"`, summary }] : [];
  });
  return { draft, warnings: [], preview };
}
