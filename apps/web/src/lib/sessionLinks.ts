const sessionBase = (workspaceId: string, sessionId: string) =>
  `/w/${encodeURIComponent(workspaceId)}/sessions/${encodeURIComponent(sessionId)}`;

/** The in-app path of a session's composer for a key: `/w/<ws>/sessions/<id>?key=<key>`. */
export function sessionPath(workspaceId: string, sessionId: string, key: string): string {
  return `${sessionBase(workspaceId, sessionId)}?key=${encodeURIComponent(key)}`;
}

/** The in-app path of a session's printable run-sheet (déroulé) for a key. */
export function runSheetPath(workspaceId: string, sessionId: string, key: string): string {
  return `${sessionBase(workspaceId, sessionId)}/run-sheet?key=${encodeURIComponent(key)}`;
}
