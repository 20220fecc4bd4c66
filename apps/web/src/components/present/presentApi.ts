import type { Deck, DeckLang } from '@minga/export';
import { ErrorBodySchema, FollowLinkSchema, RoomInputSchema, type FollowLink, type RoomInput, type RoomInputBody, type Unit } from '@minga/schema';
import { ApiError, NETWORK_ERROR } from '../../api/ApiError.ts';

/**
 * The REST calls of presenting: the session's resolved units, room input, exported files and
 * the follow link. Keys always go in the Authorization header, never in a URL
 * the server logs.
 */

const base = (workspaceId: string) => `/api/w/${encodeURIComponent(workspaceId)}`;
const sessionBase = (workspaceId: string, sessionId: string) => `${base(workspaceId)}/sessions/${encodeURIComponent(sessionId)}`;

async function call(path: string, init: { key: string; method?: string; body?: unknown; signal?: AbortSignal; accept?: string }): Promise<Response> {
  const headers: Record<string, string> = { Accept: init.accept ?? 'application/json', Authorization: `Bearer ${init.key}` };
  if (init.body !== undefined) headers['Content-Type'] = 'application/json';
  let response: Response;
  try {
    response = await fetch(path, {
      method: init.method ?? 'GET',
      headers,
      body: init.body === undefined ? undefined : JSON.stringify(init.body),
      signal: init.signal,
    });
  } catch (error) {
    if (init.signal?.aborted) throw error;
    throw new ApiError(NETWORK_ERROR, String(error), 0);
  }
  if (!response.ok) {
    const parsed = ErrorBodySchema.safeParse(await response.json().catch(() => undefined));
    if (parsed.success) throw new ApiError(parsed.data.error.code, parsed.data.error.message, response.status);
    throw new ApiError(response.status >= 500 ? NETWORK_ERROR : 'bad_request', response.statusText, response.status);
  }
  return response;
}

async function json(path: string, init: Parameters<typeof call>[1]): Promise<unknown> {
  const response = await call(path, init);
  return response.json().catch(() => {
    throw new ApiError('bad_response', 'The answer was not JSON.', response.status);
  });
}

/**
 * `GET …/sessions/<id>/resolved`: the units the session's items name, each at its live or
 * pinned version, undefined when deleted. They are checked by buildDeck, which turns an
 * unreadable one into a placeholder slide.
 */
export async function getResolvedUnits(workspaceId: string, key: string, sessionId: string, signal?: AbortSignal): Promise<Map<string, Unit | undefined>> {
  const body = await json(`${sessionBase(workspaceId, sessionId)}/resolved`, { key, signal });
  const units = (body as { units?: unknown } | null)?.units;
  if (typeof units !== 'object' || units === null) throw new ApiError('bad_response', 'expected { units }', 200);
  return new Map(Object.entries(units as Record<string, unknown>).map(([id, unit]) => [id, (unit ?? undefined) as Unit | undefined]));
}

/**
 * `GET …/sessions/<id>/deck?lang=` (the session's follow key, or a workspace key): the deck as the
 * projector shows it, built by the server, without notes. The browser revalidates it with its
 * ETag, so asking again for an unchanged deck costs a 304.
 */
export async function getFollowDeck(workspaceId: string, key: string, sessionId: string, lang: DeckLang, signal?: AbortSignal): Promise<Deck> {
  const body = await json(`${sessionBase(workspaceId, sessionId)}/deck?lang=${encodeURIComponent(lang)}`, { key, signal });
  const deck = (body as { deck?: Partial<Deck> } | null)?.deck;
  const shaped = typeof deck === 'object' && deck !== null && typeof deck.title === 'string' && typeof deck.theme === 'string'
    && Array.isArray(deck.slides) && deck.slides.every((slide) => typeof slide === 'object' && slide !== null && typeof slide.id === 'string' && typeof slide.kind === 'string');
  if (!shaped) throw new ApiError('bad_response', 'expected { deck: { title, theme, slides } }', 200);
  return deck as Deck;
}

/** `POST …/room-input` (a view key is enough): a question or a proposed next step from the room. */
export async function sendRoomInput(workspaceId: string, key: string, sessionId: string, body: RoomInputBody): Promise<RoomInput> {
  return RoomInputSchema.parse(await json(`${sessionBase(workspaceId, sessionId)}/room-input`, { key, method: 'POST', body }));
}

/** `GET …/room-input?since=<id>` (edit key): what the room sent after `since`, oldest first. */
export async function listRoomInput(workspaceId: string, key: string, sessionId: string, since: number, signal?: AbortSignal, waitMs = 0): Promise<RoomInput[]> {
  const body = await json(`${sessionBase(workspaceId, sessionId)}/room-input?since=${since}${waitMs > 0 ? `&wait=${waitMs}` : ''}`, { key, signal });
  const inputs = (body as { inputs?: unknown } | null)?.inputs;
  if (!Array.isArray(inputs)) throw new ApiError('bad_response', 'expected { inputs: [...] }', 200);
  return inputs.flatMap((input) => {
    const parsed = RoomInputSchema.safeParse(input);
    return parsed.success ? [parsed.data] : [];
  });
}

/** `PATCH …/room-input/<id>` (edit key): kept or dismissed. */
export async function setRoomInputStatus(workspaceId: string, key: string, sessionId: string, inputId: number, status: RoomInput['status']): Promise<RoomInput> {
  return RoomInputSchema.parse(await json(`${sessionBase(workspaceId, sessionId)}/room-input/${inputId}`, { key, method: 'PATCH', body: { status } }));
}

/**
 * `GET …/sessions/<id>/follow` (edit key): the session's follow link, on the origin phones in the
 * room can reach; with `rotate`, `POST`: a new one, the old link stops working.
 */
export async function getFollowLink(workspaceId: string, key: string, sessionId: string, options: { rotate?: boolean; signal?: AbortSignal } = {}): Promise<FollowLink> {
  const body = await json(`${sessionBase(workspaceId, sessionId)}/follow`, { key, method: options.rotate ? 'POST' : 'GET', signal: options.signal });
  const link = FollowLinkSchema.safeParse(body);
  if (!link.success) throw new ApiError('bad_response', 'expected { followKey, followUrl }', 200);
  return link.data;
}

export type ExportTarget = { kind: 'session' | 'unit'; id: string };

/** The export endpoint of a session or a unit for a format. */
export function exportPath(workspaceId: string, target: ExportTarget, format: string, lang: string): string {
  const path = target.kind === 'session' ? sessionBase(workspaceId, target.id) : `${base(workspaceId)}/units/${encodeURIComponent(target.id)}`;
  return `${path}/export?format=${encodeURIComponent(format)}&lang=${encodeURIComponent(lang)}`;
}

export interface ExportedFile {
  blob: Blob;
  filename: string;
}

/** The file name the server gave in Content-Disposition (RFC 5987 `filename*` first), else `fallback`. */
export function filenameFrom(disposition: string | null, fallback: string): string {
  if (!disposition) return fallback;
  const star = /filename\*\s*=\s*UTF-8''([^;]+)/i.exec(disposition);
  if (star) {
    try {
      return decodeURIComponent(star[1]!.trim());
    } catch {
      // fall through to the plain name
    }
  }
  const plain = /filename\s*=\s*"([^"]+)"|filename\s*=\s*([^;\s]+)/i.exec(disposition);
  return plain?.[1] ?? plain?.[2] ?? fallback;
}

/** Fetches an exported file with the key in the header (a plain link could not send it). */
export async function fetchExport(path: string, key: string, fallbackName: string, signal?: AbortSignal): Promise<ExportedFile> {
  const response = await call(path, { key, signal, accept: '*/*' });
  return { blob: await response.blob(), filename: filenameFrom(response.headers.get('Content-Disposition'), fallbackName) };
}
