import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { SlideView } from './deckView.ts';
import './presentField.css';

interface SlidePickerProps {
  slides: SlideView[];
  index: number;
  onPick: (index: number) => void;
}

/** Jump to any slide by its number and title. */
export function SlidePicker({ slides, index, onPick }: SlidePickerProps) {
  const { t } = useTranslation();
  const id = useId();
  return (
    <span className="present-field">
      <label htmlFor={id}>{t('present.picker.label')}</label>
      <select id={id} value={index} onChange={(event) => onPick(Number(event.target.value))} data-testid="slide-picker">
        {slides.map((slide, i) => (
          <option key={slide.id} value={i}>
            {t('present.picker.option', { number: i + 1, title: slide.label || t('present.picker.untitled') })}
          </option>
        ))}
      </select>
    </span>
  );
}
