import {
  BinListSchema,
  BinnedDocSchema,
  CommentsListSchema,
  UnitListSchema,
  UnitSchema,
  VersionListSchema,
  VersionMetaSchema,
  VersionWithStateSchema,
  WorkspaceLinksSchema,
  type BinItem,
  type CommentsList,
  type Unit,
  type UnitDraftInput,
  type UnitList,
  type VersionMeta,
  type VersionWithState,
  type WorkspaceLinks,
} from '@minga/schema';
import { request } from './apiClient.ts';

export type { BinItem };

const base = (workspaceId: string) => `/api/w/${encodeURIComponent(workspaceId)}`;
const unitPath = (workspaceId: string, unitId: string) => `${base(workspaceId)}/units/${encodeURIComponent(unitId)}`;
const versionsPath = (workspaceId: string, docId: string) => `${base(workspaceId)}/docs/${encodeURIComponent(docId)}/versions`;

/** `GET /api/w/<ws>/units`: the library, most recently changed first. */
export function listUnits(workspaceId: string, key: string, signal?: AbortSignal): Promise<UnitList> {
  return request('GET', `${base(workspaceId)}/units?sort=updated&limit=200`, { key, signal, schema: UnitListSchema });
}

/** `POST /api/w/<ws>/units`: creates a unit from a draft; the answer carries its id. */
export function createUnit(workspaceId: string, key: string, draft: UnitDraftInput): Promise<Unit> {
  return request('POST', `${base(workspaceId)}/units`, { key, body: draft, schema: UnitSchema });
}

/** `GET /api/w/<ws>/units/<id>`: the unit's JSON form (404 when unknown or in the bin). */
export function getUnit(workspaceId: string, key: string, unitId: string, signal?: AbortSignal): Promise<Unit> {
  return request('GET', unitPath(workspaceId, unitId), { key, signal, schema: UnitSchema });
}

/** `DELETE /api/w/<ws>/units/<id>`: moves the unit to the bin (open editors are closed with 4410). */
export async function deleteUnit(workspaceId: string, key: string, unitId: string): Promise<void> {
  await request('DELETE', unitPath(workspaceId, unitId), { key, schema: BinnedDocSchema });
}

/** `POST /api/w/<ws>/units/<id>/restore`: takes a unit out of the bin. */
export async function restoreUnit(workspaceId: string, key: string, unitId: string): Promise<void> {
  await request('POST', `${unitPath(workspaceId, unitId)}/restore`, { key, schema: UnitSchema });
}

/** `GET /api/w/<ws>/bin`: what was deleted and can be restored. */
export async function listBin(workspaceId: string, key: string, signal?: AbortSignal): Promise<BinItem[]> {
  return (await request('GET', `${base(workspaceId)}/bin`, { key, signal, schema: BinListSchema })).items;
}

/** `GET …/docs/<doc>/versions`: named and automatic versions, newest first. */
export async function listVersions(workspaceId: string, key: string, docId: string, signal?: AbortSignal): Promise<VersionMeta[]> {
  return (await request('GET', versionsPath(workspaceId, docId), { key, signal, schema: VersionListSchema })).versions;
}

/** `POST …/docs/<doc>/versions`: saves the document as it stands on the server, under a name. */
export function saveVersion(workspaceId: string, key: string, docId: string, label: string, author: string): Promise<VersionMeta> {
  return request('POST', versionsPath(workspaceId, docId), { key, body: { label, author }, schema: VersionMetaSchema });
}

/** `GET …/docs/<doc>/versions/<id>`: one version with its whole Yjs state (base64). */
export function getVersion(workspaceId: string, key: string, docId: string, versionId: number, signal?: AbortSignal): Promise<VersionWithState> {
  return request('GET', `${versionsPath(workspaceId, docId)}/${versionId}`, { key, signal, schema: VersionWithStateSchema });
}

/** `GET /api/w/<ws>/links` (edit key): the edit and view links, the view one recovered by the server. */
export function getLinks(workspaceId: string, key: string, signal?: AbortSignal): Promise<WorkspaceLinks> {
  return request('GET', `${base(workspaceId)}/links`, { key, signal, schema: WorkspaceLinksSchema });
}

/** `GET /api/w/<ws>/comments?status=open`: per unit and session, its open threads (for "what's waiting for me"). */
export function listOpenComments(workspaceId: string, key: string, signal?: AbortSignal): Promise<CommentsList> {
  return request('GET', `${base(workspaceId)}/comments?status=open`, { key, signal, schema: CommentsListSchema });
}
