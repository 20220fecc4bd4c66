import { useEffect, useMemo, useSyncExternalStore } from 'react';
import type { Awareness } from 'y-protocols/awareness';
import { PresenterSync } from '../components/present/PresenterSync.ts';
import { navigationLogKey, presenterChannelName, type PresentTarget } from '../components/present/presentPaths.ts';
import type { PresentingPosition } from '../components/present/presenting.ts';

/** The presenter's position, kept in step across this browser's windows and published to the room. */
export function usePresentSync(workspaceId: string, target: PresentTarget, awareness: Awareness): { presenter: PresenterSync; position: PresentingPosition | null } {
  const presenter = useMemo(
    () => new PresenterSync({ channelName: presenterChannelName(workspaceId, target), awareness, logKey: navigationLogKey(workspaceId, target) }),
    [workspaceId, target, awareness],
  );
  useEffect(() => {
    presenter.start();
    return () => presenter.stop();
  }, [presenter]);
  const position = useSyncExternalStore(presenter.subscribe, presenter.getPosition);
  return { presenter, position };
}
