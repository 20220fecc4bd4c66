import { updateSessionListItem } from '@minga/doc-model';
import type { NextStep } from '@minga/schema';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../lib/formatDateTime.ts';
import { useComposer } from '../composer/ComposerContext.ts';
import { useDocEditor } from '../doc/DocEditorContext.ts';

/**
 * The handover (passation) of a session: the next steps it took over from the previous event,
 * each with its owner, target and origin. Ticking one records who and when.
 */
export function HandoverList() {
  const { t, i18n } = useTranslation();
  const { session, authorName } = useComposer();
  const { doc, editable, change } = useDocEditor();
  const handed = session.nextSteps.filter((s) => s.origin !== undefined && s.origin.docId !== session.id);
  if (handed.length === 0) return <p className="hint" data-testid="handover-empty">{t('relay.handover.empty')}</p>;

  const toggle = (step: NextStep, done: boolean) => change(() => {
    updateSessionListItem(doc, 'nextSteps', step.id, done
      ? { done: true, doneBy: authorName, doneAt: new Date().toISOString() }
      : { done: false, doneBy: undefined, doneAt: undefined });
  });

  return (
    <ul className="handover" data-testid="handover-list">
      {handed.map((step) => (
        <li key={step.id} className={step.done ? 'handover__step handover__step--done' : 'handover__step'} data-testid="handover-step" data-done={step.done}>
          <label>
            <input type="checkbox" checked={step.done} disabled={!editable} onChange={(event) => toggle(step, event.target.checked)} />
            {' '}<span className="handover__text">{step.text}</span>
          </label>
          <span className="handover__meta hint">
            {step.owner && <span data-testid="handover-owner">{t('relay.handover.owner', { name: step.owner })}</span>}
            {step.target && <span>{t('relay.handover.target', { target: step.target })}</span>}
            {step.author && <span>{t('relay.handover.author', { name: step.author })}</span>}
            {step.origin && <span>{t(step.origin.kind === 'unit' ? 'relay.handover.fromUnit' : 'relay.handover.fromSession', { title: step.origin.title })}</span>}
            {step.done && (step.doneBy || step.doneAt) && (
              <span>{t('relay.handover.doneBy', { name: step.doneBy ?? '?', when: step.doneAt ? formatDateTime(step.doneAt, i18n.language) : '' })}</span>
            )}
          </span>
        </li>
      ))}
    </ul>
  );
}
