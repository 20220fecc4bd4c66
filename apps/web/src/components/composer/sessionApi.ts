import {
  ErrorBodySchema,
  SessionSchema,
  SessionSummarySchema,
  UnitListSchema,
  UnitSchema,
  type Session,
  type SessionDraftInput,
  type SessionSummary,
  type Unit,
  type UnitList,
} from '@minga/schema';
import { ApiError, NETWORK_ERROR } from '../../api/ApiError.ts';
import { request, type Parser } from '../../api/apiClient.ts';

/** Sessions over REST (docs/API.md): the workspace's list, create, duplicate, bin, resolved units, export. */

const base = (workspaceId: string) => `/api/w/${encodeURIComponent(workspaceId)}`;
const sessionUrl = (workspaceId: string, sessionId: string) => `${base(workspaceId)}/sessions/${encodeURIComponent(sessionId)}`;

const AnySchema: Parser<unknown> = { safeParse: (value: unknown) => ({ success: true, data: value }) };

const SessionListSchema: Parser<SessionSummary[]> = {
  safeParse(value: unknown) {
    const parsed = SessionSummarySchema.array().safeParse((value as { sessions?: unknown } | null)?.sessions);
    return parsed.success ? { success: true, data: parsed.data } : { success: false, error: { message: parsed.error.message } };
  },
};

/** What `GET …/sessions/<id>/resolved` answers: the session and its units as it uses them. */
export interface ResolvedSession {
  session: Session;
  /** By unit id: the unit (live or at the pinned version), or null when deleted or unreadable. */
  units: Record<string, Unit | null>;
}

const ResolvedSchema: Parser<ResolvedSession> = {
  safeParse(value: unknown) {
    const body = value as { session?: unknown; units?: unknown } | null;
    const session = SessionSchema.safeParse(body?.session);
    if (!session.success) return { success: false, error: { message: session.error.message } };
    const units: Record<string, Unit | null> = {};
    const given = typeof body?.units === 'object' && body.units !== null ? (body.units as Record<string, unknown>) : {};
    // A unit that does not read as a unit is shown as unreadable: it never breaks the page.
    for (const [id, unit] of Object.entries(given)) {
      const parsed = UnitSchema.safeParse(unit);
      units[id] = parsed.success ? parsed.data : null;
    }
    return { success: true, data: { session: session.data, units } };
  },
};

/** `GET /api/w/<ws>/sessions`: every session of the workspace, with its planned minutes. */
export function listSessions(workspaceId: string, key: string, signal?: AbortSignal): Promise<SessionSummary[]> {
  return request(SessionListSchema, `${base(workspaceId)}/sessions`, { key, signal });
}

/** `POST /api/w/<ws>/sessions`: a new session from a draft (every field may be left out). */
export function createSession(workspaceId: string, key: string, draft: SessionDraftInput): Promise<Session> {
  return request(SessionSchema, `${base(workspaceId)}/sessions`, { method: 'POST', key, body: draft });
}

/** `GET /api/w/<ws>/sessions/<id>`: 404 when unknown or in the bin. */
export function getSession(workspaceId: string, key: string, sessionId: string, signal?: AbortSignal): Promise<Session> {
  return request(SessionSchema, sessionUrl(workspaceId, sessionId), { key, signal });
}

/** `POST …/<id>/duplicate`: the copy for the next event (links and objectives kept, next steps dropped). */
export function duplicateSession(workspaceId: string, key: string, sessionId: string, body: { title?: string; date?: string }): Promise<Session> {
  return request(SessionSchema, `${sessionUrl(workspaceId, sessionId)}/duplicate`, { method: 'POST', key, body });
}

/** `DELETE …/<id>`: moves the session to the bin. */
export async function deleteSession(workspaceId: string, key: string, sessionId: string): Promise<void> {
  await request(AnySchema, sessionUrl(workspaceId, sessionId), { method: 'DELETE', key });
}

/** `POST …/<id>/restore`: takes a session out of the bin. */
export async function restoreSession(workspaceId: string, key: string, sessionId: string): Promise<void> {
  await request(AnySchema, `${sessionUrl(workspaceId, sessionId)}/restore`, { method: 'POST', key });
}

/** `GET …/<id>/resolved`: the session with its units, for the run-sheet. */
export function getResolvedSession(workspaceId: string, key: string, sessionId: string, signal?: AbortSignal): Promise<ResolvedSession> {
  return request(ResolvedSchema, `${sessionUrl(workspaceId, sessionId)}/resolved`, { key, signal });
}

/** `GET /api/w/<ws>/units?q=…`: the library's search, best matches first. */
export function searchUnits(workspaceId: string, key: string, query: string, signal?: AbortSignal): Promise<UnitList> {
  const params = new URLSearchParams({ limit: '20' });
  if (query.trim()) params.set('q', query.trim());
  else params.set('sort', 'updated');
  return request(UnitListSchema, `${base(workspaceId)}/units?${params.toString()}`, { key, signal });
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
  let response: Response;
  try {
    response = await fetch(url, { headers: { Authorization: `Bearer ${key}` } });
  } catch (error) {
    throw new ApiError(NETWORK_ERROR, String(error), 0);
  }
  if (!response.ok) {
    // The server says why in its error body (`no_pdf`, `not_found`…); otherwise the export just failed.
    const body: unknown = await response.json().catch(() => undefined);
    const parsed = ErrorBodySchema.safeParse(body);
    if (parsed.success) throw new ApiError(parsed.data.error.code, parsed.data.error.message, response.status);
    throw new ApiError(response.status >= 500 ? NETWORK_ERROR : 'export_failed', response.statusText, response.status);
  }
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
