import { Document, isSeq } from 'yaml';
import type { UnitDraft } from '@minga/schema';
import { slidesToMarkdown } from './slidesMarkdown.ts';

/**
 * A unit as Markdown with YAML front matter: every field but the slides in the front matter (in the
 * order the header standard reads), the slides as the body (see slidesMarkdown.ts). parseMarkdown
 * reads it back to the same unit, field for field, ids included.
 */
export function unitToMarkdown(unit: UnitDraft): string {
  const front: Record<string, unknown> = {
    title: unit.title,
    description: unit.description || undefined,
    hashtags: unit.hashtags.length ? unit.hashtags : undefined,
    objectives: unit.objectives.length ? unit.objectives.map(({ id, text }) => ({ id, text })) : undefined,
    steps: unit.steps.length
      ? unit.steps.map(({ id, title, kind, minutes, notes }) => ({ id, title, kind, minutes, ...(notes ? { notes } : {}) }))
      : undefined,
    nextSteps: unit.nextSteps.length ? unit.nextSteps.map(({ id, text, done }) => ({ id, text, done })) : undefined,
    context: unit.context || undefined,
    participants: unit.participants || undefined,
    materials: unit.materials.length
      ? unit.materials.map(({ id, title, url, licence }) => ({ id, title, ...(url ? { url } : {}), ...(licence ? { licence } : {}) }))
      : undefined,
    language: unit.language,
    licence: unit.licence,
    contributors: unit.contributors.length
      ? unit.contributors.map((c) => (c.role === undefined ? { name: c.name } : { name: c.name, role: c.role }))
      : undefined,
    source: unit.source,
    id: unit.id,
    schemaVersion: unit.schemaVersion,
    createdAt: unit.createdAt,
    updatedAt: unit.updatedAt,
  };
  for (const key of Object.keys(front)) if (front[key] === undefined) delete front[key];
  const doc = new Document(front);
  const tags = doc.get('hashtags', true);
  if (isSeq(tags)) tags.flow = true;
  const yaml = doc.toString({ lineWidth: 0 });
  const body = slidesToMarkdown(unit.slides);
  return `---\n${yaml}---\n${body ? `\n${body}\n` : ''}`;
}
