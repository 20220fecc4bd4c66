import type { DeckLang } from '@minga/export';
import type { Role } from '@minga/schema';
import type { PresentDeck } from '../../hooks/usePresentDeck.ts';
import type { SyncSession } from '../../lib/SyncSession.ts';
import type { PresentTarget } from './presentPaths.ts';

/** What the projector view and the speaker view are given by the present page. */
export interface PresentViewProps {
  workspaceId: string;
  target: PresentTarget;
  accessKey: string;
  role: Role;
  deck: PresentDeck;
  /** The presence doc: its awareness carries the position to the room. */
  presence: SyncSession;
  lang: DeckLang;
}
