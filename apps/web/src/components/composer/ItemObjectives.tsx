import { setItemServesObjective } from '@minga/doc-model';
import type { UnitItem } from '@minga/schema';
import { useTranslation } from 'react-i18next';
import { useDocEditor } from '../doc/DocEditorContext.ts';
import { useComposer } from './ComposerContext.ts';

/**
 * The session objectives this unit serves: ticked by people (an explicit link), and found by the
 * words the unit's own objectives share with them.
 */
export function ItemObjectives({ item }: { item: UnitItem }) {
  const { t } = useTranslation();
  const { doc, editable, change } = useDocEditor();
  const { session, coverage } = useComposer();
  if (session.objectives.length === 0) return null;
  const linked = new Set(item.servesObjectiveIds ?? []);
  const itemCoverage = coverage.items.find((entry) => entry.itemId === item.id);
  const byWords = new Map<string, string[]>();
  for (const unitObjective of itemCoverage?.unitObjectives ?? []) {
    for (const serves of unitObjective.serves) byWords.set(serves.objectiveId, [...(byWords.get(serves.objectiveId) ?? []), ...serves.sharedWords]);
  }
  return (
    <fieldset className="item-objectives" data-testid="item-objectives">
      <legend>{t('composer.coverage.itemLegend')}</legend>
      <ul className="item-objectives__list">
        {session.objectives.map((objective, index) => {
          const words = [...new Set(byWords.get(objective.id) ?? [])];
          const text = objective.text.trim() || t('composer.objectives.untitled', { n: index + 1 });
          return (
            <li key={objective.id}>
              <label>
                <input
                  type="checkbox"
                  checked={linked.has(objective.id)}
                  disabled={!editable}
                  onChange={(event) => {
                    const serves = event.target.checked;
                    change(() => setItemServesObjective(doc, item.id, objective.id, serves));
                  }}
                  data-testid="item-serves-objective"
                />
                {text}
              </label>
              {words.length > 0 && <span className="hint"> {t('composer.coverage.byWords', { words: words.join(', ') })}</span>}
            </li>
          );
        })}
      </ul>
    </fieldset>
  );
}
