import type { Deck, DeckLang } from '@minga/export';
import {
  FollowDeckReplySchema, FollowLinkSchema, RoomInputListSchema, RoomInputSchema,
  type FollowLink, type RoomInput, type RoomInputBody,
} from '@minga/schema';
import { request, send } from '../../api/apiClient.ts';

/**
 * The REST calls of presenting: room input, exported files, the follow deck and the follow link
 * (a session's resolved units: `getResolvedSession` in sessionApi). Keys always go in the
 * Authorization header, never in a URL the server logs.
 */

const base = (workspaceId: string) => `/api/w/${encodeURIComponent(workspaceId)}`;
const sessionBase = (workspaceId: string, sessionId: string) => `${base(workspaceId)}/sessions/${encodeURIComponent(sessionId)}`;

/**
 * `GET …/sessions/<id>/deck?lang=` (the session's follow key, or a workspace key): the deck as the
 * projector shows it, built by the server, without notes. The browser revalidates it with its
 * ETag, so asking again for an unchanged deck costs a 304.
 */
export async function getFollowDeck(workspaceId: string, key: string, sessionId: string, lang: DeckLang, signal?: AbortSignal): Promise<Deck> {
  const { deck } = await request('GET', `${sessionBase(workspaceId, sessionId)}/deck?lang=${encodeURIComponent(lang)}`, { key, signal, schema: FollowDeckReplySchema });
  // The schema checks the deck's frame; buildDeck on the server made the rest.
  return deck as unknown as Deck;
}

/** `POST …/room-input` (a view key is enough): a question or a proposed next step from the room. */
export function sendRoomInput(workspaceId: string, key: string, sessionId: string, body: RoomInputBody): Promise<RoomInput> {
  return request('POST', `${sessionBase(workspaceId, sessionId)}/room-input`, { key, body, schema: RoomInputSchema });
}

/** `GET …/room-input?since=<id>` (edit key): what the room sent after `since`, oldest first. */
export async function listRoomInput(workspaceId: string, key: string, sessionId: string, since: number, signal?: AbortSignal, waitMs = 0): Promise<RoomInput[]> {
  const path = `${sessionBase(workspaceId, sessionId)}/room-input?since=${since}${waitMs > 0 ? `&wait=${waitMs}` : ''}`;
  return (await request('GET', path, { key, signal, schema: RoomInputListSchema })).inputs;
}

/** `PATCH …/room-input/<id>` (edit key): kept or dismissed. */
export function setRoomInputStatus(workspaceId: string, key: string, sessionId: string, inputId: number, status: RoomInput['status']): Promise<RoomInput> {
  return request('PATCH', `${sessionBase(workspaceId, sessionId)}/room-input/${inputId}`, { key, body: { status }, schema: RoomInputSchema });
}

/**
 * `GET …/sessions/<id>/follow` (edit key): the session's follow link, on the origin phones in the
 * room can reach; with `rotate`, `POST`: a new one, the old link stops working.
 */
export function getFollowLink(workspaceId: string, key: string, sessionId: string, options: { rotate?: boolean; signal?: AbortSignal } = {}): Promise<FollowLink> {
  return request(options.rotate ? 'POST' : 'GET', `${sessionBase(workspaceId, sessionId)}/follow`, { key, signal: options.signal, schema: FollowLinkSchema });
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
  const response = await send('GET', path, { key, signal, accept: '*/*' });
  return { blob: await response.blob(), filename: filenameFrom(response.headers.get('Content-Disposition'), fallbackName) };
}
