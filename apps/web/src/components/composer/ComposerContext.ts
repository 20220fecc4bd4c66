import type { ObjectiveCoverageReport, Session, SessionTiming } from '@minga/schema';
import { createContext, useContext } from 'react';
import type { SessionUnits } from '../../hooks/useSessionUnits.ts';

/**
 * What the composer's parts share beyond the doc (which comes through DocEditorContext, so the
 * shared field components of components/fields work here unchanged): the session as it reads now, its units,
 * timing and coverage (`units.refresh` asks for the units again), and how to reach the server.
 */
export interface ComposerContextValue {
  workspaceId: string;
  accessKey: string;
  sessionId: string;
  /** This person's name: the author of versions they save. */
  authorName: string;
  session: Session;
  units: SessionUnits;
  timing: SessionTiming;
  coverage: ObjectiveCoverageReport;
}

export const ComposerContext = createContext<ComposerContextValue | null>(null);

/** The composer's context; only valid inside <SessionComposer>. */
export function useComposer(): ComposerContextValue {
  const value = useContext(ComposerContext);
  if (!value) throw new Error('useComposer must be used inside <SessionComposer>');
  return value;
}
