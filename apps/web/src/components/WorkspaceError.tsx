import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { apiErrorMessage } from '../api/errorMessage.ts';
import { useDocumentTitle } from '../hooks/useDocumentTitle.ts';

interface WorkspaceErrorProps {
  /** An API error code (docs/API.md), `network`, or anything else. */
  code: string;
}

function texts(code: string) {
  switch (code) {
    case 'missing_key':
      return { title: 'workspaceError.missingKeyTitle', body: 'workspaceError.missingKeyBody' } as const;
    case 'wrong_key':
      return { title: 'workspaceError.wrongKeyTitle', body: 'workspaceError.wrongKeyBody' } as const;
    case 'workspace_not_found':
    case 'invalid_params':
      return { title: 'workspaceError.notFoundTitle', body: 'workspaceError.notFoundBody' } as const;
    case 'network':
      return { title: 'workspaceError.networkTitle', body: 'workspaceError.networkBody' } as const;
    default:
      // Any other failure: the API's own sentence for it says what happened and what to do.
      return { title: 'workspaceError.otherTitle', body: null } as const;
  }
}

/** Why a workspace cannot be opened, in words, with a way back. */
export function WorkspaceError({ code }: WorkspaceErrorProps) {
  const { t } = useTranslation();
  const { title, body } = texts(code);
  useDocumentTitle(t(title));
  return (
    <section className="card notice--error-card" role="alert" data-testid="workspace-error" data-code={code}>
      <h1>{t(title)}</h1>
      <p>{body ? t(body) : apiErrorMessage(t, code)}</p>
      <p>
        <Link to="/">{t('workspaceError.backHome')}</Link>
      </p>
    </section>
  );
}
