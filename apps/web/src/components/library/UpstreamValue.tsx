import { type StepKind, type UpstreamField } from '@minga/schema';
import { useTranslation } from 'react-i18next';
import { formatDuration } from '../../lib/formatDuration.ts';
import { STEP_KIND_LABELS } from '../../lib/stepKindLabels.ts';

type Item = Record<string, unknown>;

const items = (value: unknown): Item[] => (Array.isArray(value) ? value.filter((v): v is Item => typeof v === 'object' && v !== null) : []);
const text = (value: unknown): string => (typeof value === 'string' ? value : '');

/** The first words of a slide, to tell slides apart in a comparison. */
function slideLabel(slide: Item): string {
  const words: string[] = [];
  const walk = (node: unknown) => {
    if (words.join(' ').length > 80 || typeof node !== 'object' || node === null) return;
    const { text: t, content } = node as { text?: unknown; content?: unknown };
    if (typeof t === 'string') words.push(t);
    if (Array.isArray(content)) content.forEach(walk);
  };
  walk(slide.content);
  return words.join(' ').trim();
}

type Difference = 'added' | 'changed' | null;

/** How each item of a list differs from the item with the same id in another version of the list. */
function differences(compareTo: unknown): (item: Item) => Difference {
  if (compareTo === undefined) return () => null;
  const others = new Map(items(compareTo).map((item) => [text(item.id), JSON.stringify(item)]));
  return (item) => {
    const other = others.get(text(item.id));
    if (other === undefined) return 'added';
    return other === JSON.stringify(item) ? null : 'changed';
  };
}

function Mark({ difference }: { difference: Difference }) {
  const { t } = useTranslation();
  if (!difference) return null;
  return <span className="upstream-value__mark">{difference === 'added' ? t('upstream.added') : t('upstream.changed')}</span>;
}

interface UpstreamValueProps {
  field: UpstreamField;
  value: unknown;
  /** The version to mark the items against ("new", "changed"), by item id. */
  compareTo?: unknown;
}

/** One side of a field's comparison (yours, the source's now, the source's at the fork), read-only. */
export function UpstreamValue({ field, value, compareTo }: UpstreamValueProps) {
  const { t } = useTranslation();
  const differenceOf = differences(compareTo);
  switch (field) {
    case 'title':
      return <p className="upstream-value">{text(value) || <em>{t('unit.untitled')}</em>}</p>;
    case 'description':
      return <p className="upstream-value pre-line">{text(value) || <em>{t('upstream.empty')}</em>}</p>;
    case 'hashtags': {
      const tags = Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
      return tags.length ? <p className="upstream-value">{tags.map((tag) => `#${tag}`).join(' ')}</p> : <p className="upstream-value"><em>{t('upstream.empty')}</em></p>;
    }
    case 'objectives': {
      const list = items(value);
      if (list.length === 0) return <p className="upstream-value"><em>{t('upstream.empty')}</em></p>;
      return <ol className="upstream-value">{list.map((item, index) => <li key={text(item.id) || index}>{text(item.text)}<Mark difference={differenceOf(item)} /></li>)}</ol>;
    }
    case 'steps': {
      const list = items(value);
      const total = list.reduce((sum, step) => sum + (typeof step.minutes === 'number' ? step.minutes : 0), 0);
      if (list.length === 0) return <p className="upstream-value"><em>{t('upstream.empty')}</em></p>;
      return (
        <div className="upstream-value">
          <ol>
            {list.map((step, index) => {
              const kind = STEP_KIND_LABELS[step.kind as StepKind] as (typeof STEP_KIND_LABELS)[StepKind] | undefined;
              return (
                <li key={text(step.id) || index}>
                  {text(step.title) || <em>{t('unit.steps.untitled')}</em>}
                  {' — '}
                  {kind ? `${t(kind)}, ` : ''}
                  {formatDuration(t, typeof step.minutes === 'number' ? step.minutes : 0)}
                  <Mark difference={differenceOf(step)} />
                </li>
              );
            })}
          </ol>
          <p className="upstream-value__total">{t('upstream.total', { duration: formatDuration(t, total) })}</p>
        </div>
      );
    }
    case 'slides': {
      const list = items(value);
      return (
        <div className="upstream-value">
          <p>{t('upstream.slides', { count: list.length })}</p>
          {list.length > 0 && (
            <ol>{list.map((slide, index) => <li key={text(slide.id) || index}>{slideLabel(slide) || <em>{t('upstream.emptySlide')}</em>}<Mark difference={differenceOf(slide)} /></li>)}</ol>
          )}
        </div>
      );
    }
    case 'context':
    case 'participants':
      return <p className="upstream-value pre-line">{text(value) || <em>{t('upstream.empty')}</em>}</p>;
    case 'language':
      return <p className="upstream-value">{text(value)}</p>;
    case 'contributors': {
      const list = items(value);
      if (list.length === 0) return <p className="upstream-value"><em>{t('upstream.empty')}</em></p>;
      return <ul className="upstream-value">{list.map((c, index) => <li key={index}>{text(c.name)}{text(c.role) ? ` (${text(c.role)})` : ''}</li>)}</ul>;
    }
    case 'nextSteps': {
      const list = items(value);
      if (list.length === 0) return <p className="upstream-value"><em>{t('upstream.empty')}</em></p>;
      return (
        <ul className="upstream-value">
          {list.map((item, index) => (
            <li key={text(item.id) || index}>{text(item.text)} ({item.done === true ? t('upstream.done') : t('upstream.toDo')})<Mark difference={differenceOf(item)} /></li>
          ))}
        </ul>
      );
    }
    case 'materials': {
      const list = items(value);
      if (list.length === 0) return <p className="upstream-value"><em>{t('upstream.empty')}</em></p>;
      return (
        <ul className="upstream-value">
          {list.map((item, index) => (
            <li key={text(item.id) || index}>{text(item.title)}{text(item.licence) ? ` (${text(item.licence)})` : ''}<Mark difference={differenceOf(item)} /></li>
          ))}
        </ul>
      );
    }
  }
}
