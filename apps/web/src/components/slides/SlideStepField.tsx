import type { Step } from '@minga/schema';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';

/** A step as the slide's step menu offers it. */
export interface StepChoice {
  id: string;
  title: string;
  minutes: number;
}

/** For useUnitList: what the menu needs of a step (module-level, so the list is read once per change). */
export function pickStepChoice(step: Step, id: string): StepChoice {
  return { id, title: step.title, minutes: step.minutes };
}

interface SlideStepFieldProps {
  number: number;
  stepId: string | undefined;
  steps: readonly StepChoice[];
  readOnly: boolean;
  onChange: (stepId: string | undefined) => void;
}

/**
 * The step of the sequence a slide belongs to: the speaker view times the slide against it and
 * shows its facilitation notes. "Automatic" leaves the deck to spread the slides over the steps.
 */
export function SlideStepField({ number, stepId, steps, readOnly, onChange }: SlideStepFieldProps) {
  const { t } = useTranslation();
  const id = useId();
  const index = steps.findIndex((step) => step.id === stepId);
  const label = (step: StepChoice, i: number) => t('slides.step.option', { n: i + 1, title: step.title || t('unit.steps.untitled'), minutes: step.minutes });
  if (steps.length === 0) return null;
  if (readOnly) {
    return index >= 0 ? <p className="slide-card__step" data-testid="slide-step">{t('slides.step.readOnly', { step: label(steps[index]!, index) })}</p> : null;
  }
  return (
    <div className="slide-card__step">
      <label htmlFor={id}>{t('slides.step.label')}</label>
      <select
        id={id}
        value={index >= 0 ? stepId : ''}
        aria-describedby={`${id}-hint`}
        data-testid="slide-step"
        onChange={(event) => onChange(event.target.value === '' ? undefined : event.target.value)}
      >
        <option value="">{t('slides.step.automatic')}</option>
        {steps.map((step, i) => (
          <option key={step.id} value={step.id}>{label(step, i)}</option>
        ))}
      </select>
      <span id={`${id}-hint`} className="visually-hidden">{t('slides.step.hint', { number })}</span>
    </div>
  );
}
