import {
  BinnedDocSchema,
  ResolvedSessionSchema,
  SessionListSchema,
  SessionSchema,
  type ResolvedSession,
  type Session,
  type SessionDraftInput,
  type SessionSummary,
} from '@minga/schema';
import { request, send } from '../../api/apiClient.ts';

/** Sessions over REST (docs/API.md): the workspace's list, create, duplicate, bin, resolved units, export. */

export type { ResolvedSession };

const base = (workspaceId: string) => `/api/w/${encodeURIComponent(workspaceId)}`;
const sessionUrl = (workspaceId: string, sessionId: string) => `${base(workspaceId)}/sessions/${encodeURIComponent(sessionId)}`;

/** `GET /api/w/<ws>/sessions`: every session of the workspace, with its planned minutes. */
export async function listSessions(workspaceId: string, key: string, signal?: AbortSignal): Promise<SessionSummary[]> {
  return (await request('GET', `${base(workspaceId)}/sessions`, { key, signal, schema: SessionListSchema })).sessions;
}

/** `POST /api/w/<ws>/sessions`: a new session from a draft (every field may be left out). */
export function createSession(workspaceId: string, key: string, draft: SessionDraftInput): Promise<Session> {
  return request('POST', `${base(workspaceId)}/sessions`, { key, body: draft, schema: SessionSchema });
}

/** `GET /api/w/<ws>/sessions/<id>`: 404 when unknown or in the bin. */
export function getSession(workspaceId: string, key: string, sessionId: string, signal?: AbortSignal): Promise<Session> {
  return request('GET', sessionUrl(workspaceId, sessionId), { key, signal, schema: SessionSchema });
}

/** `POST …/<id>/duplicate`: the copy for the next event (links and objectives kept, next steps dropped). */
export function duplicateSession(workspaceId: string, key: string, sessionId: string, body: { title?: string; date?: string }): Promise<Session> {
  return request('POST', `${sessionUrl(workspaceId, sessionId)}/duplicate`, { key, body, schema: SessionSchema });
}

/** `DELETE …/<id>`: moves the session to the bin. */
export async function deleteSession(workspaceId: string, key: string, sessionId: string): Promise<void> {
  await request('DELETE', sessionUrl(workspaceId, sessionId), { key, schema: BinnedDocSchema });
}

/** `POST …/<id>/restore`: takes a session out of the bin. */
export async function restoreSession(workspaceId: string, key: string, sessionId: string): Promise<void> {
  await request('POST', `${sessionUrl(workspaceId, sessionId)}/restore`, { key, schema: SessionSchema });
}

/**
 * `GET …/<id>/resolved`: the session with its units (live or at their pinned version; null when
 * deleted, or when one does not read as a unit: it never breaks the page) and its timing.
 */
export function getResolvedSession(workspaceId: string, key: string, sessionId: string, signal?: AbortSignal): Promise<ResolvedSession> {
  return request('GET', `${sessionUrl(workspaceId, sessionId)}/resolved`, { key, signal, schema: ResolvedSessionSchema });
}

/** The file name a Content-Disposition header gives, if any. */
function dispositionName(header: string | null): string | null {
  if (!header) return null;
  const star = /filename\*=UTF-8''([^;]+)/i.exec(header);
  if (star?.[1]) return decodeURIComponent(star[1]);
  return /filename="([^"]+)"/i.exec(header)?.[1] ?? null;
}

/**
 * `GET …/<id>/export?format=md`: the run-sheet as a file. The key goes in a header, never in a
 * link, so the file is fetched here and handed to the browser as a download.
 */
export async function downloadSessionExport(workspaceId: string, key: string, sessionId: string, format: 'md', lang: string): Promise<void> {
  const url = `${sessionUrl(workspaceId, sessionId)}/export?format=${format}&lang=${lang === 'en' ? 'en' : 'fr'}`;
  const response = await send('GET', url, { key, accept: '*/*', otherRefusal: 'export_failed' });
  const blob = await response.blob();
  const name = dispositionName(response.headers.get('Content-Disposition')) ?? `${sessionId}.${format}`;
  const link = document.createElement('a');
  link.href = URL.createObjectURL(blob);
  link.download = name;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // The click has handed the file to the browser; the object URL may go after this task.
  setTimeout(() => URL.revokeObjectURL(link.href), 0);
}
