import type { ReactNode } from 'react';

interface EmptyStateProps {
  title: string;
  children: ReactNode;
  testId?: string;
}

/** A friendly placeholder for a list with nothing in it yet. */
export function EmptyState({ title, children, testId }: EmptyStateProps) {
  return (
    <div className="empty-state" data-testid={testId}>
      <p className="empty-state__title">{title}</p>
      <div className="empty-state__body">{children}</div>
    </div>
  );
}
