import type { PresentPerson } from '../../hooks/usePresence.ts';
import { PresenceList } from '../PresenceList.tsx';

/** The card of who has the doc open, beside a unit's or a session's content. */
export function DocPresence({ people }: { people: PresentPerson[] }) {
  return (
    <section className="card">
      <PresenceList people={people} />
    </section>
  );
}
