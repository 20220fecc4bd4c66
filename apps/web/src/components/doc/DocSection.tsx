import type { ReactNode } from 'react';

interface UnitSectionProps {
  id: string;
  title: string;
  children: ReactNode;
}

/** A card of the unit page with its heading, which names the region for screen readers. */
export function UnitSection({ id, title, children }: UnitSectionProps) {
  return (
    <section className="card unit-section" aria-labelledby={`${id}-title`} data-testid={id}>
      <h2 id={`${id}-title`}>{title}</h2>
      {children}
    </section>
  );
}
