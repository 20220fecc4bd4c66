import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatDateTime } from '../../lib/formatDateTime.ts';
import { unitPath } from '../../lib/unitLink.ts';
import { getLineage, type LineageSource } from './libraryApi.ts';
import { queryKeys } from '../../api/queryKeys.ts';
import './library.css';

interface UnitLineageProps {
  workspaceId: string;
  accessKey: string;
  unitId: string;
  /** Heading level of the section's title (the unit page decides where it sits). */
  headingLevel?: 2 | 3;
}

function SourceLink({ workspaceId, accessKey, from }: { workspaceId: string; accessKey: string; from: LineageSource }) {
  const { t } = useTranslation();
  const title = from.title.trim() || t('unit.untitled');
  if (!from.available) return <span data-testid="lineage-source-gone">{t('lineage.sourceGone')}</span>;
  if (from.catalogueId && !from.sameWorkspace) {
    return <Link to={`/c/${encodeURIComponent(from.catalogueId)}`} data-testid="lineage-source">{title}</Link>;
  }
  return <Link to={unitPath(workspaceId, from.unitId, accessKey)} data-testid="lineage-source">{title}</Link>;
}

/** Where a unit comes from (a unit here or in the commons catalogue) and the units adapted from it. */
export function UnitLineage({ workspaceId, accessKey, unitId, headingLevel = 2 }: UnitLineageProps) {
  const { t, i18n } = useTranslation();
  const result = useQuery({
    queryKey: queryKeys.lineage(workspaceId, unitId, accessKey),
    queryFn: ({ signal }) => getLineage(workspaceId, accessKey, unitId, signal),
  });
  const Heading = `h${headingLevel}` as 'h2';

  if (result.status !== 'success') return null;
  const { forkedFrom, forks } = result.data;
  return (
    <section className="lineage" aria-labelledby={`lineage-${unitId}`} data-testid="unit-lineage">
      <Heading id={`lineage-${unitId}`}>{t('lineage.title')}</Heading>
      {forkedFrom ? (
        <p>
          {forkedFrom.catalogueId && !forkedFrom.sameWorkspace ? t('lineage.fromCatalogue') : t('lineage.from')}{' '}
          <SourceLink workspaceId={workspaceId} accessKey={accessKey} from={forkedFrom} />
        </p>
      ) : (
        <p className="hint">{t('lineage.original')}</p>
      )}
      {forks.length > 0 ? (
        <>
          <p>{t('lineage.forks', { count: forks.length })}</p>
          <ul className="lineage__forks" data-testid="lineage-forks">
            {forks.map((fork) => (
              <li key={fork.id}>
                <Link to={unitPath(workspaceId, fork.id, accessKey)}>{fork.title.trim() || t('unit.untitled')}</Link>
                {' '}
                <span className="hint">
                  {fork.contributors.length > 0 && <>{fork.contributors.join(', ')} · </>}
                  <time dateTime={fork.updatedAt}>{formatDateTime(fork.updatedAt, i18n.language)}</time>
                </span>
              </li>
            ))}
          </ul>
        </>
      ) : (
        <p className="hint">{t('lineage.noForks')}</p>
      )}
    </section>
  );
}
