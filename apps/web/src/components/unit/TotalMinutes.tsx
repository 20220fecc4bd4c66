import { useTranslation } from 'react-i18next';
import { useTotalMinutes } from '../../hooks/useTotalMinutes.ts';
import { formatDuration } from '../../lib/formatDuration.ts';
import { useDocEditor } from '../doc/DocEditorContext.ts';

/** The sequence's total duration, updated live as anyone changes a step. */
export function TotalMinutes() {
  const { t } = useTranslation();
  const { doc } = useDocEditor();
  const total = useTotalMinutes(doc);
  return (
    <p className="total-minutes" aria-live="polite" data-testid="total-minutes" data-minutes={total}>
      {t('unit.steps.total', { duration: formatDuration(t, total) })}
    </p>
  );
}
