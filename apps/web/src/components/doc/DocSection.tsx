import type { ReactNode } from 'react';
import './docPage.css';

interface DocSectionProps {
  id: string;
  title: string;
  children: ReactNode;
}

/** A card of a unit's or a session's page with its heading, which names the region for screen readers. */
export function DocSection({ id, title, children }: DocSectionProps) {
  return (
    <section className="card unit-section" aria-labelledby={`${id}-title`} data-testid={id}>
      <h2 id={`${id}-title`}>{title}</h2>
      {children}
    </section>
  );
}
