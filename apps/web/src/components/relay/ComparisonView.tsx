import type { FieldChange, ItemChange, ItemFieldChange } from '@minga/schema';
import { useTranslation } from 'react-i18next';
import { WordDiff } from './WordDiff.tsx';

/** Field names as people read them; a field not listed shows its own name. */
const FIELD_LABELS = {
  title: 'relay.field.title', description: 'relay.field.description', nextSteps: 'relay.field.nextSteps', hashtags: 'relay.field.hashtags',
  context: 'relay.field.context', participants: 'relay.field.participants', objectives: 'relay.field.objectives', steps: 'relay.field.steps',
  slides: 'relay.field.slides', materials: 'relay.field.materials', language: 'relay.field.language', licence: 'relay.field.licence',
  contributors: 'relay.field.contributors', content: 'relay.field.content', notes: 'relay.field.notes', minutes: 'relay.field.minutes',
  kind: 'relay.field.kind', text: 'relay.field.text', done: 'relay.field.done', owner: 'relay.field.owner', target: 'relay.field.target',
  items: 'relay.field.items', facilitators: 'relay.field.facilitators', audience: 'relay.field.audience', place: 'relay.field.place',
  date: 'relay.field.date', hidden: 'relay.field.hidden',
} as const;
const isLabelled = (field: string): field is keyof typeof FIELD_LABELS => Object.hasOwn(FIELD_LABELS, field);

const STATUS_LABELS = {
  added: 'relay.compare.added', removed: 'relay.compare.removedItem', moved: 'relay.compare.moved', changed: 'relay.compare.changed',
} as const;

function useFieldLabel() {
  const { t } = useTranslation();
  return (field: string): string => (isLabelled(field) ? t(FIELD_LABELS[field]) : field);
}

function ValueText({ value }: { value: unknown }) {
  const { t } = useTranslation();
  if (value === null || value === undefined || value === '') return <em>{t('relay.compare.nothing')}</em>;
  if (typeof value === 'boolean') return <>{value ? t('relay.compare.yes') : t('relay.compare.no')}</>;
  return <>{typeof value === 'object' ? JSON.stringify(value) : String(value)}</>;
}

function FieldBody({ change }: { change: ItemFieldChange }) {
  const { t } = useTranslation();
  switch (change.kind) {
    case 'text':
      return <WordDiff parts={change.parts} />;
    case 'richText':
      return change.formattingOnly ? <p className="hint">{t('relay.compare.formattingOnly')}</p> : <WordDiff parts={change.parts} />;
    case 'set':
      return (
        <p className="word-diff">
          {change.added.map((name) => <ins key={`+${name}`}>{name}</ins>)}
          {change.removed.map((name) => <del key={`-${name}`}>{name}</del>)}
        </p>
      );
    case 'value':
      return <p><del><ValueText value={change.before} /></del> → <ins><ValueText value={change.after} /></ins></p>;
  }
}

function ItemRow({ item }: { item: ItemChange }) {
  const { t } = useTranslation();
  const label = useFieldLabel();
  return (
    <li className={`compare-item compare-item--${item.status}`} data-testid="compare-item" data-status={item.status}>
      <span className="compare-item__status">{t(STATUS_LABELS[item.status])}{item.moved && item.status === 'changed' ? ` · ${t('relay.compare.moved')}` : ''}</span>
      {' '}<strong>{item.label || t('relay.compare.untitled')}</strong>
      {item.moved && item.from !== null && item.to !== null && <span className="hint"> ({t('relay.compare.position', { from: item.from + 1, to: item.to + 1 })})</span>}
      {item.fields.map((f) => (
        <div key={f.field} className="compare-field">
          <span className="compare-field__name">{label(f.field)}</span>
          <FieldBody change={f} />
        </div>
      ))}
    </li>
  );
}

/** A comparison as people read it: each changed field, words marked, list items matched by identity. */
export function ComparisonView({ fields }: { fields: readonly FieldChange[] }) {
  const { t } = useTranslation();
  const label = useFieldLabel();
  if (fields.length === 0) return <p className="hint" data-testid="compare-nothing">{t('relay.compare.noChange')}</p>;
  return (
    <div className="comparison" data-testid="comparison">
      {fields.map((change) => (
        <section key={change.field} className="compare-field" data-field={change.field}>
          <h4>{label(change.field)}</h4>
          {change.kind === 'items'
            ? <ul className="compare-items">{change.items.map((item) => <ItemRow key={item.id} item={item} />)}</ul>
            : <FieldBody change={change} />}
        </section>
      ))}
    </div>
  );
}
