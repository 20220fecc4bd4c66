import { licenceTerms, totalMinutes, type Unit } from '@minga/schema';
import { useTranslation } from 'react-i18next';
import { formatDuration } from '../../lib/formatDuration.ts';
import { richTextToPlain } from '../../lib/richTextToPlain.ts';
import { STEP_KIND_LABELS } from '../../lib/stepKindLabels.ts';

interface UnitPreviewProps {
  unit: Unit;
}

/** A unit's JSON form shown read-only: a saved version, before anyone restores it. */
export function UnitPreview({ unit }: UnitPreviewProps) {
  const { t } = useTranslation();
  const untitled = t('unit.untitled');
  return (
    <article className="unit-preview" data-testid="unit-preview">
      <h3 data-testid="preview-title">{unit.title || untitled}</h3>
      {unit.description && <p className="unit-preview__description">{unit.description}</p>}
      {unit.hashtags.length > 0 && <p className="hint">{unit.hashtags.map((tag) => `#${tag}`).join(' ')}</p>}
      {unit.nextSteps.length > 0 && (
        <>
          <h4>{t('unit.nextSteps.label')}</h4>
          <ul>{unit.nextSteps.map((step) => <li key={step.id}>{step.done ? '☑' : '☐'} {step.text}</li>)}</ul>
        </>
      )}
      {unit.context && <><h4>{t('unit.context.label')}</h4><p className="pre-line">{unit.context}</p></>}
      {unit.participants && <><h4>{t('unit.participants.label')}</h4><p className="pre-line">{unit.participants}</p></>}
      {unit.objectives.length > 0 && (
        <>
          <h4>{t('unit.objectives.title')}</h4>
          <ol data-testid="preview-objectives">{unit.objectives.map((objective) => <li key={objective.id}>{objective.text}</li>)}</ol>
        </>
      )}
      {unit.steps.length > 0 && (
        <>
          <h4>{t('unit.steps.sectionTitle')} · {formatDuration(t, totalMinutes(unit.steps))}</h4>
          <ol data-testid="preview-steps">
            {unit.steps.map((step) => (
              <li key={step.id}>{step.title || t('unit.steps.untitled')} — {t(STEP_KIND_LABELS[step.kind])}, {formatDuration(t, step.minutes)}</li>
            ))}
          </ol>
        </>
      )}
      {unit.slides.length > 0 && (
        <>
          <h4>{t('unit.slides.title')}</h4>
          <ol>{unit.slides.map((slide) => <li key={slide.id}>{richTextToPlain(slide.content).split('\n')[0] || '…'}</li>)}</ol>
        </>
      )}
      {unit.materials.length > 0 && (
        <>
          <h4>{t('unit.materials.sectionTitle')}</h4>
          <ul>{unit.materials.map((material) => <li key={material.id}>{material.title}{material.licence && ` (${material.licence})`}</li>)}</ul>
        </>
      )}
      <p className="hint">
        {licenceTerms(unit.licence).label}
        {unit.contributors.length > 0 && <> · {unit.contributors.map((c) => c.name).join(', ')}</>}
      </p>
    </article>
  );
}
