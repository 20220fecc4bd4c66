import { totalMinutes, type UnitDraft } from '@minga/schema';
import type { PreviewField } from './types.ts';

/** A short description of what a field of the draft holds. */
export function summarise(field: PreviewField, draft: UnitDraft): string | undefined {
  const n = (count: number, what: string) => `${count} ${what}${count === 1 ? '' : 's'}`;
  switch (field) {
    case 'title': return draft.title || undefined;
    case 'description': return draft.description ? n(draft.description.split('\n').length, 'line') : undefined;
    case 'objectives': return n(draft.objectives.length, 'objective');
    case 'steps': return `${n(draft.steps.length, 'step')}, ${totalMinutes(draft.steps)} min`;
    case 'nextSteps': return n(draft.nextSteps.length, 'next step');
    case 'materials': return n(draft.materials.length, 'material');
    case 'contributors': return draft.contributors.map((c) => c.name).join(', ') || undefined;
    case 'hashtags': return draft.hashtags.map((t) => `#${t}`).join(' ') || undefined;
    case 'slides': return n(draft.slides.length, 'slide');
    case 'language': return draft.language;
    case 'licence': return draft.licence;
    case 'source': return draft.source?.url ?? (draft.source?.forkedFrom ? `fork of ${draft.source.forkedFrom.unitId}` : undefined);
    case 'context': return draft.context ? n(draft.context.split('\n').length, 'line') : undefined;
    case 'participants': return draft.participants || undefined;
    case 'id': return draft.id;
  }
}
