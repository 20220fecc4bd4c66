import { readList, unitText } from '@minga/doc-model';
import { PROPOSABLE_FIELDS, type CommentAnchor, type CommentField } from '@minga/schema';
import type { TFunction } from 'i18next';
import type * as Y from 'yjs';

/** Something of a unit a thread can point at, with the words a list shows for it. */
export interface CommentTarget {
  anchor: CommentAnchor;
  label: string;
  /** The field's text now, offered as the start of a proposal (plain-text fields only). */
  current?: string;
}

/** The catalog key naming each field (spelled out so the catalog test sees them used). */
const FIELD_LABELS = {
  title: 'comments.fields.title', description: 'comments.fields.description', context: 'comments.fields.context',
  participants: 'comments.fields.participants', audience: 'comments.fields.audience', place: 'comments.fields.place',
  promotionalDescription: 'comments.fields.promotionalDescription', objectives: 'comments.fields.objectives',
  steps: 'comments.fields.steps', nextSteps: 'comments.fields.nextSteps', slides: 'comments.fields.slides',
  materials: 'comments.fields.materials', items: 'comments.fields.items',
} as const satisfies Record<CommentField, string>;

const short = (text: string) => (text.length > 50 ? `${text.slice(0, 49)}…` : text);

/** Every part of a unit a thread may point at, in the order of the page. */
export function unitCommentTargets(doc: Y.Doc, t: TFunction): CommentTarget[] {
  const targets: CommentTarget[] = [];
  for (const field of ['title', 'description', 'context', 'participants'] as const) {
    const text = unitText(doc, field).toString();
    targets.push({ anchor: { field }, label: t(FIELD_LABELS[field]), ...(PROPOSABLE_FIELDS.includes(field) ? { current: text } : {}) });
  }
  readList(doc, 'objectives').forEach((item, i) => targets.push({
    anchor: { field: 'objectives', itemId: item.id }, label: t('comments.item.objective', { n: i + 1, text: short(item.text) }), current: item.text,
  }));
  readList(doc, 'steps').forEach((item, i) => targets.push({
    anchor: { field: 'steps', itemId: item.id }, label: t('comments.item.step', { n: i + 1, text: short(item.title) }), current: item.title,
  }));
  readList(doc, 'nextSteps').forEach((item, i) => targets.push({
    anchor: { field: 'nextSteps', itemId: item.id }, label: t('comments.item.nextStep', { n: i + 1, text: short(item.text) }), current: item.text,
  }));
  readList(doc, 'slides').forEach((item, i) => targets.push({
    anchor: { field: 'slides', itemId: item.id }, label: t('comments.item.slide', { n: i + 1 }),
  }));
  return targets;
}

/** Where a thread points, said for people; `null` when its item was removed from the unit. */
export function anchorLabel(anchor: CommentAnchor, targets: readonly CommentTarget[], t: TFunction): string | null {
  const found = targets.find((target) => target.anchor.field === anchor.field && target.anchor.itemId === anchor.itemId);
  if (found && anchor.part === 'notes' && (anchor.field === 'slides' || anchor.field === 'steps')) {
    const n = targets.filter((target) => target.anchor.field === anchor.field).indexOf(found) + 1;
    return anchor.field === 'slides' ? t('comments.item.slideNotes', { n }) : t('comments.item.stepNotes', { n });
  }
  if (found) return found.label;
  return anchor.itemId === undefined ? t(FIELD_LABELS[anchor.field]) : null;
}
