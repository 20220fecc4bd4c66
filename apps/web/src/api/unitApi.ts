import {
  CommentsListSchema,
  UnitListSchema,
  UnitSchema,
  VersionMetaSchema,
  VersionWithStateSchema,
  WorkspaceLinksSchema,
  type CommentsList,
  type Unit,
  type UnitDraftInput,
  type UnitList,
  type VersionMeta,
  type VersionWithState,
  type WorkspaceLinks,
} from '@minga/schema';
import { request, type Parser } from './apiClient.ts';

type ParseResult<T> = ReturnType<Parser<T>['safeParse']>;

/** A parser for `{ [field]: T }`, built on a schema of T (the client keeps zod out of its imports). */
function wrapped<T>(field: string, inner: Parser<T>): Parser<T> {
  return {
    safeParse(value: unknown): ParseResult<T> {
      if (typeof value !== 'object' || value === null) return { success: false, error: { message: 'expected an object' } };
      return inner.safeParse((value as Record<string, unknown>)[field]);
    },
  };
}

/** A unit or a session in the bin, as `GET /api/w/<ws>/bin` lists it. */
export interface BinItem {
  id: string;
  kind: string;
  title: string;
  deletedAt: string;
}

const BinSchema: Parser<BinItem[]> = {
  safeParse(value: unknown) {
    const items = (value as { items?: unknown } | null)?.items;
    if (!Array.isArray(items)) return { success: false, error: { message: 'expected { items: [...] }' } };
    const data: BinItem[] = [];
    for (const item of items as Record<string, unknown>[]) {
      if (typeof item?.id !== 'string') return { success: false, error: { message: 'a bin item has no id' } };
      data.push({
        id: item.id,
        kind: String(item.kind ?? ''),
        title: typeof item.title === 'string' ? item.title : '',
        deletedAt: String(item.deletedAt ?? ''),
      });
    }
    return { success: true, data };
  },
};

const AnySchema: Parser<unknown> = { safeParse: (value: unknown) => ({ success: true, data: value }) };

const base = (workspaceId: string) => `/api/w/${encodeURIComponent(workspaceId)}`;
const unitPath = (workspaceId: string, unitId: string) => `${base(workspaceId)}/units/${encodeURIComponent(unitId)}`;
const versionsPath = (workspaceId: string, docId: string) => `${base(workspaceId)}/docs/${encodeURIComponent(docId)}/versions`;

/** `GET /api/w/<ws>/units`: the library, most recently changed first. */
export function listUnits(workspaceId: string, key: string, signal?: AbortSignal): Promise<UnitList> {
  return request(UnitListSchema, `${base(workspaceId)}/units?sort=updated&limit=200`, { key, signal });
}

/** `POST /api/w/<ws>/units`: creates a unit from a draft; the answer carries its id. */
export function createUnit(workspaceId: string, key: string, draft: UnitDraftInput): Promise<Unit> {
  return request(UnitSchema, `${base(workspaceId)}/units`, { method: 'POST', key, body: draft });
}

/** `GET /api/w/<ws>/units/<id>`: the unit's JSON form (404 when unknown or in the bin). */
export function getUnit(workspaceId: string, key: string, unitId: string, signal?: AbortSignal): Promise<Unit> {
  return request(UnitSchema, unitPath(workspaceId, unitId), { key, signal });
}

/** `DELETE /api/w/<ws>/units/<id>`: moves the unit to the bin (open editors are closed with 4410). */
export async function deleteUnit(workspaceId: string, key: string, unitId: string): Promise<void> {
  await request(AnySchema, unitPath(workspaceId, unitId), { method: 'DELETE', key });
}

/** `POST /api/w/<ws>/units/<id>/restore`: takes a unit out of the bin. */
export async function restoreUnit(workspaceId: string, key: string, unitId: string): Promise<void> {
  await request(AnySchema, `${unitPath(workspaceId, unitId)}/restore`, { method: 'POST', key });
}

/** `GET /api/w/<ws>/bin`: what was deleted and can be restored. */
export function listBin(workspaceId: string, key: string, signal?: AbortSignal): Promise<BinItem[]> {
  return request(BinSchema, `${base(workspaceId)}/bin`, { key, signal });
}

/** `GET …/docs/<doc>/versions`: named and automatic versions, newest first. */
export function listVersions(workspaceId: string, key: string, docId: string, signal?: AbortSignal): Promise<VersionMeta[]> {
  return request(wrapped('versions', VersionMetaSchema.array()), versionsPath(workspaceId, docId), { key, signal });
}

/** `POST …/docs/<doc>/versions`: saves the document as it stands on the server, under a name. */
export function saveVersion(workspaceId: string, key: string, docId: string, label: string, author: string): Promise<VersionMeta> {
  return request(VersionMetaSchema, versionsPath(workspaceId, docId), { method: 'POST', key, body: { label, author } });
}

/** `GET …/docs/<doc>/versions/<id>`: one version with its whole Yjs state (base64). */
export function getVersion(workspaceId: string, key: string, docId: string, versionId: number, signal?: AbortSignal): Promise<VersionWithState> {
  return request(VersionWithStateSchema, `${versionsPath(workspaceId, docId)}/${versionId}`, { key, signal });
}

/** `GET /api/w/<ws>/links` (edit key): the edit and view links, the view one recovered by the server. */
export function getLinks(workspaceId: string, key: string, signal?: AbortSignal): Promise<WorkspaceLinks> {
  return request(WorkspaceLinksSchema, `${base(workspaceId)}/links`, { key, signal });
}

/** `GET /api/w/<ws>/comments?status=open`: per unit and session, its open threads (for "what's waiting for me"). */
export function listOpenComments(workspaceId: string, key: string, signal?: AbortSignal): Promise<CommentsList> {
  return request(CommentsListSchema, `${base(workspaceId)}/comments?status=open`, { key, signal });
}
