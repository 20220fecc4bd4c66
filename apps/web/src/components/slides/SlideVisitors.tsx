import { useTranslation } from 'react-i18next';
import type { SlideVisitor } from './useSlidePresence.ts';

/** The other people working in a slide right now, each with their caret colour. */
export function SlideVisitors({ visitors }: { visitors: SlideVisitor[] }) {
  const { t } = useTranslation();
  if (visitors.length === 0) return null;
  return (
    <ul className="slide-visitors" aria-label={t('slides.visitors', { count: visitors.length })} data-testid="slide-visitors">
      {visitors.map((visitor) => (
        <li key={visitor.clientId} className="slide-visitors__person" data-name={visitor.name}>
          <span className="presence__dot" style={{ backgroundColor: visitor.color }} aria-hidden="true" />
          {visitor.name}
        </li>
      ))}
    </ul>
  );
}
