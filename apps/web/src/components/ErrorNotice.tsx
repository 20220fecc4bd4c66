import { useTranslation } from 'react-i18next';
import { apiErrorCode, apiErrorMessage } from '../api/errorMessage.ts';

interface ErrorNoticeProps {
  /** What could not be done ("The unit could not be created."), when the place says more than the error. */
  lead?: string;
  /** The failure: an ApiError, a code, or anything thrown. */
  error: unknown;
  /** `warning` for a list that could not load (nothing the person did was lost). */
  tone?: 'error' | 'warning';
  testId?: string;
}

/** A failed call, announced: what could not be done, why, and what to do, in the interface's language. */
export function ErrorNotice({ lead, error, tone = 'error', testId }: ErrorNoticeProps) {
  const { t } = useTranslation();
  const code = apiErrorCode(error);
  return (
    <div className={`notice notice--${tone}`} role="alert" data-testid={testId} data-code={code}>
      {lead && <p className="notice__title">{lead}</p>}
      <p>{apiErrorMessage(t, error)}</p>
    </div>
  );
}
