import { useTranslation } from 'react-i18next';
import { useComposer } from './ComposerContext.ts';
import { itemTitle } from './itemLabels.ts';

/** Which item covers each session objective (by a tick or by shared words), and a warning naming those nothing covers. */
export function ObjectiveCoverage() {
  const { t } = useTranslation();
  const { session, coverage, units } = useComposer();
  if (coverage.objectives.length === 0) return null;
  const titleOf = (itemId: string) => {
    const item = session.items.find((entry) => entry.id === itemId);
    return item ? itemTitle(t, item, units.byItem.get(item.id)) : itemId;
  };
  const textOf = (objectiveId: string, index: number) =>
    coverage.objectives.find((o) => o.objectiveId === objectiveId)?.text.trim() || t('composer.objectives.untitled', { n: index + 1 });
  const uncovered = coverage.uncoveredObjectiveIds;
  return (
    <div className="coverage" data-testid="objective-coverage">
      <h3>{t('composer.coverage.title')}</h3>
      <ul className="coverage__list">
        {coverage.objectives.map((objective, index) => {
          // One mention per item, the explicit link first when there is one.
          const covering = objective.coveredBy.filter((match, i, all) => all.findIndex((other) => other.itemId === match.itemId) === i);
          return (
            <li key={objective.objectiveId} data-covered={covering.length > 0} data-testid="coverage-objective">
              <span className="coverage__objective">{textOf(objective.objectiveId, index)}</span>
              {covering.length > 0 ? (
                <span className="coverage__by">
                  {' '}{t('composer.coverage.coveredBy', {
                    items: covering.map((match) => `${titleOf(match.itemId)} (${match.via === 'link' ? t('composer.coverage.viaLink') : t('composer.coverage.viaWords')})`).join(', '),
                  })}
                </span>
              ) : (
                <span className="coverage__none"> {t('composer.coverage.none')}</span>
              )}
            </li>
          );
        })}
      </ul>
      {uncovered.length > 0 && (
        <div className="notice notice--warning" role="status" data-testid="uncovered-objectives">
          <p className="notice__title">{t('composer.coverage.uncovered', { count: uncovered.length })}</p>
          <ul>
            {uncovered.map((id) => <li key={id}>{textOf(id, coverage.objectives.findIndex((o) => o.objectiveId === id))}</li>)}
          </ul>
        </div>
      )}
    </div>
  );
}
