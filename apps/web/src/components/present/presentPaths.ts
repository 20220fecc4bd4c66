/** What is presented: a session, or a unit alone. */
export type PresentTarget = { kind: 'session'; id: string } | { kind: 'unit'; id: string };

const segment = (kind: PresentTarget['kind']) => (kind === 'session' ? 'sessions' : 'units');

/** `/w/<ws>/sessions/<id>/present?key=…` (or `/units/<id>/present`), optionally the speaker view or the print view. */
export function presentPath(workspaceId: string, target: PresentTarget, key: string, options: { speaker?: boolean; print?: boolean } = {}): string {
  const query = new URLSearchParams({ key });
  if (options.speaker) query.set('speaker', '1');
  // reveal.js reads `print-pdf` from the query string, as in its own print mode.
  const print = options.print ? '&print-pdf' : '';
  return `/w/${encodeURIComponent(workspaceId)}/${segment(target.kind)}/${encodeURIComponent(target.id)}/present?${query.toString()}${print}`;
}

/** `/w/<ws>/sessions/<id>/follow?key=<view key>`: the page people in the room open on their phones. */
export function followPath(workspaceId: string, sessionId: string, key: string): string {
  return `/w/${encodeURIComponent(workspaceId)}/sessions/${encodeURIComponent(sessionId)}/follow?key=${encodeURIComponent(key)}`;
}

/** The follow link to share: on `origin` (the room's, from the server), else this page's. */
export function followLink(workspaceId: string, sessionId: string, viewKey: string, origin: string = window.location.origin): string {
  return `${origin}${followPath(workspaceId, sessionId, viewKey)}`;
}

/** The name of the BroadcastChannel between one browser's presenter and speaker windows. */
export function presenterChannelName(workspaceId: string, target: PresentTarget): string {
  return `minga-present:${workspaceId}:${target.kind}:${target.id}`;
}

/** Where the presenter's navigation log (for the timers) is kept in this browser. */
export function navigationLogKey(workspaceId: string, target: PresentTarget): string {
  return `minga:present-log:${workspaceId}:${target.kind}:${target.id}`;
}

/** Opens (or brings back) a deck's speaker view in a window of its own. */
export function openSpeakerWindow(path: string, name: string): void {
  window.open(path, name, 'popup,width=1280,height=800');
}
