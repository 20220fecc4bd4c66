/** The shareable link of a workspace for a key: `<origin>/w/<id>?key=<key>`. */
export function workspaceLink(id: string, key: string, origin: string = window.location.origin): string {
  return `${origin}${workspacePath(id, key)}`;
}

/** The in-app path of a workspace for a key. */
export function workspacePath(id: string, key: string): string {
  return `/w/${encodeURIComponent(id)}?key=${encodeURIComponent(key)}`;
}
