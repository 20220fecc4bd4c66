import type { BudgetStatus } from '@minga/schema';
import { useTranslation } from 'react-i18next';
import { formatDuration } from '../../lib/formatDuration.ts';

interface BudgetMessageProps {
  budget: BudgetStatus;
  total: number;
  target: number;
  /** Some units' minutes are still on their way: no verdict yet, rather than a wrong one announced. */
  pending?: boolean;
}

/** "Over by 5 minutes", "5 minutes left" or "Exactly 60 minutes", announced politely as it changes. */
export function BudgetMessage({ budget, total, target, pending = false }: BudgetMessageProps) {
  const { t } = useTranslation();
  const status = pending ? 'pending' : budget.status;
  const message = pending
    ? t('composer.budget.pending')
    : budget.status === 'over'
      ? t('composer.budget.over', { count: budget.by })
      : budget.status === 'under'
        ? t('composer.budget.under', { count: budget.by })
        : t('composer.budget.exact', { count: total });
  return (
    <div className={`budget budget--${status}`}>
      <p className="budget__message" role="status" aria-live="polite" data-testid="budget-message" data-status={status} data-total={total}>
        <span aria-hidden="true" className="budget__icon">{status === 'over' ? '⚠' : status === 'exact' ? '✓' : status === 'pending' ? '…' : '◔'}</span>
        <span>{message}</span>
      </p>
      <p className="budget__detail" data-testid="budget-total">
        {t('composer.budget.detail', { total: formatDuration(t, total), target: formatDuration(t, target) })}
      </p>
    </div>
  );
}
