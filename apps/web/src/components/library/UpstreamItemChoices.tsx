import type { UpstreamItemChange } from '@minga/schema';
import { useTranslation } from 'react-i18next';

interface UpstreamItemChoicesProps {
  items: readonly UpstreamItemChange[];
  /** Ids of the items chosen. */
  chosen: ReadonlySet<string>;
  onToggle: (id: string) => void;
  /** Off while the whole field is taken. */
  disabled: boolean;
}

/** What an item says, whichever kind of list it comes from: an objective's or next step's text, a step's title. */
function itemText(item: unknown): string {
  if (typeof item !== 'object' || item === null) return '';
  const { text, title } = item as { text?: unknown; title?: unknown };
  return typeof text === 'string' ? text : typeof title === 'string' ? title : '';
}

const CHANGE_KEYS = { added: 'upstream.itemAdded', changed: 'upstream.itemChanged', removed: 'upstream.itemRemoved' } as const;

/** One checkbox per objective, step or next step the source added, changed or removed: take some, keep the rest. */
export function UpstreamItemChoices({ items, chosen, onToggle, disabled }: UpstreamItemChoicesProps) {
  const { t } = useTranslation();
  return (
    <div className="upstream-items">
      <p>{t('upstream.oneByOne')}</p>
      <ul>
        {items.map((item) => (
          <li key={item.id}>
            <label>
              <input type="checkbox" checked={chosen.has(item.id)} disabled={disabled} onChange={() => onToggle(item.id)} data-testid="take-item" data-item={item.id} />
              {t(CHANGE_KEYS[item.change], { text: itemText(item.upstream ?? item.mine) })}
              {item.conflict && <> {t('upstream.itemConflict')}</>}
            </label>
          </li>
        ))}
      </ul>
    </div>
  );
}
