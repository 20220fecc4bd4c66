import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { presentPath, type PresentTarget } from './presentPaths.ts';

/** "Present" in a page's header: the first thing a presenter looks for, a few Tab presses away. */
export function PresentLink({ workspaceId, accessKey, target }: { workspaceId: string; accessKey: string; target: PresentTarget }) {
  const { t } = useTranslation();
  return (
    <Link className="button button--primary" to={presentPath(workspaceId, target, accessKey)} data-testid="header-present-link">
      {t('present.button.present')}
    </Link>
  );
}
