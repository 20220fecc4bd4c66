import { useTranslation } from 'react-i18next';
import './fields.css';

interface MoveButtonsProps {
  index: number;
  count: number;
  /** The item's name, for the buttons' accessible names ("Move up: Welcome"). */
  itemLabel: string;
  onMove: (toIndex: number) => void;
}

/** Move up and move down: reordering without dragging. */
export function MoveButtons({ index, count, itemLabel, onMove }: MoveButtonsProps) {
  const { t } = useTranslation();
  return (
    <span className="move-buttons">
      <button
        type="button"
        className="icon-button"
        disabled={index === 0}
        onClick={() => onMove(index - 1)}
        aria-label={t('sortable.moveUp', { item: itemLabel })}
        title={t('sortable.moveUp', { item: itemLabel })}
        data-testid="move-up"
      >
        <span aria-hidden="true">↑</span>
      </button>
      <button
        type="button"
        className="icon-button"
        disabled={index === count - 1}
        onClick={() => onMove(index + 1)}
        aria-label={t('sortable.moveDown', { item: itemLabel })}
        title={t('sortable.moveDown', { item: itemLabel })}
        data-testid="move-down"
      >
        <span aria-hidden="true">↓</span>
      </button>
    </span>
  );
}
