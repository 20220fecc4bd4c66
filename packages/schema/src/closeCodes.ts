/**
 * WebSocket close codes of the sync endpoint, shared by server and client.
 * The 4400–4499 range mirrors HTTP 4xx: the y-websocket client treats it as final
 * and stops reconnecting, which is what a refused key or a bad request needs.
 */
export const CLOSE_CODES = {
  /** Malformed or truncated message, or an invalid doc id. */
  badRequest: 4400,
  /** No key given. */
  missingKey: 4401,
  /** Wrong key, or a key that was rotated while the socket was open. */
  wrongKey: 4403,
  /** The workspace does not exist (or no longer does). */
  workspaceNotFound: 4404,
  /** The document is in the bin: restore it to open it again. */
  docDeleted: 4410,
  /** A message over the configured size limit. */
  messageTooBig: 4413,
  /**
   * The tab runs an older Minga than the document's layout (it announced an older `layout` when
   * it connected): it could write the old layout back, so it is refused; the app asks to reload.
   */
  outdatedClient: 4426,
  /** Messages faster than the server takes them (an awareness flood, malformed frames again and again). */
  tooManyMessages: 4429,
  /** The server is shutting down: not final, the client should retry later. */
  goingAway: 1001,
  /** The disk fell behind and this socket stayed paused: not final, the client reconnects and resends. */
  tryAgainLater: 1013,
  /**
   * The database refused or could not take a write (Postgres unreachable or restarting): what the
   * socket sent is not stored. Not final (4500–4599 is y-websocket's "try again" range): the client
   * reconnects and its sync handshake sends what the server lacks.
   */
  storageUnavailable: 4503,
} as const;

export type CloseCode = (typeof CLOSE_CODES)[keyof typeof CLOSE_CODES];

/** True when the y-websocket client will not reconnect after this close code. */
export function isFinalCloseCode(code: number): boolean {
  return code >= 4400 && code < 4500;
}
