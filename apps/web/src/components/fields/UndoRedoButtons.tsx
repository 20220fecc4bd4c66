import { useTranslation } from 'react-i18next';
import type { DocUndo } from '../../hooks/useDocUndo.ts';
import './fields.css';

interface UndoRedoButtonsProps {
  undo: DocUndo;
}

/** Undo and redo this person's own changes (never the others'). */
export function UndoRedoButtons({ undo }: UndoRedoButtonsProps) {
  const { t } = useTranslation();
  return (
    <span className="undo-redo" role="group" aria-label={t('unit.undo.group')}>
      <button type="button" onClick={undo.undo} disabled={!undo.canUndo} title={t('unit.undo.undoHint')} data-testid="undo">
        <span aria-hidden="true">↶</span> {t('unit.undo.undo')}
      </button>
      <button type="button" onClick={undo.redo} disabled={!undo.canRedo} title={t('unit.undo.redoHint')} data-testid="redo">
        <span aria-hidden="true">↷</span> {t('unit.undo.redo')}
      </button>
    </span>
  );
}
