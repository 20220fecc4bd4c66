/** The in-app path of a unit's own page for a key: `/w/<ws>/units/<id>?key=<key>`. */
export function unitPath(workspaceId: string, unitId: string, key: string): string {
  return `/w/${encodeURIComponent(workspaceId)}/units/${encodeURIComponent(unitId)}?key=${encodeURIComponent(key)}`;
}

/** The shareable link of a unit's page for a key. */
export function unitLink(workspaceId: string, unitId: string, key: string, origin: string = window.location.origin): string {
  return `${origin}${unitPath(workspaceId, unitId, key)}`;
}
