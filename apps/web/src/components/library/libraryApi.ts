import {
  CatalogueEntrySchema,
  CatalogueListSchema,
  ImportPreviewSchema,
  ImportWarningSchema,
  ImportedUnitSchema,
  PublicationSchema,
  UnitLineageSchema,
  UnitListSchema,
  UnitSchema,
  UpstreamReplySchema,
  type CatalogueEntry,
  type CatalogueItem,
  type Publication,
  type Unit,
  type UnitLineage,
  type UnitList,
  type UpstreamField,
  type UpstreamItemField,
  type UpstreamReply,
} from '@minga/schema';
import { request } from '../../api/apiClient.ts';
import { libraryApiSearch, type LibraryQuery } from './libraryQuery.ts';

/** A unit's lineage: its source (when it is a fork) and its own forks in the workspace. */
export type Lineage = UnitLineage;
/** Where a fork comes from, as `GET …/lineage` describes it (`available` false once deleted or unpublished). */
export type LineageSource = NonNullable<UnitLineage['forkedFrom']>;
/** What changed in a fork's source since the fork, field by field. */
export type UpstreamReport = UpstreamReply;
/** A unit of the public catalogue, as `GET /api/catalogue` lists it. */
export type CatalogueSummary = CatalogueItem;
export type { CatalogueEntry, Publication };

/** Warnings as the app reads them: a code this version does not know (a newer server's) keeps its English sentence. */
const ImportNoteSchema = ImportWarningSchema.extend({ code: ImportWarningSchema.shape.code.optional().catch(undefined) });
const ImportPreviewReadSchema = ImportPreviewSchema.extend({ warnings: ImportNoteSchema.array() });
const ImportedUnitReadSchema = ImportedUnitSchema.extend({ warnings: ImportNoteSchema.array() });
/** Something the importer guessed or set aside, with the line it is about when known. */
export type ImportNote = ReturnType<typeof ImportNoteSchema.parse>;
/** The answer of an import's dry run: what the unit would be, nothing created yet. */
export type ImportPreview = ReturnType<typeof ImportPreviewReadSchema.parse>;

const base = (workspaceId: string) => `/api/w/${encodeURIComponent(workspaceId)}`;
const unitBase = (workspaceId: string, unitId: string) => `${base(workspaceId)}/units/${encodeURIComponent(unitId)}`;
const catalogueBase = (publicId: string) => `/api/catalogue/${encodeURIComponent(publicId)}`;

/** `GET /api/w/<ws>/units?q=&tag=&lang=&maxMinutes=&sort=`: the library's search, ranked, with hashtag facets. */
export function searchUnits(workspaceId: string, key: string, query: LibraryQuery, signal?: AbortSignal, limit?: number): Promise<UnitList> {
  return request('GET', `${base(workspaceId)}/units?${libraryApiSearch(query, limit)}`, { key, signal, schema: UnitListSchema });
}

/** `POST …/units/<id>/fork`: a new unit adapted from this one (403 `forbidden` for no-derivatives licences). */
export function forkUnit(workspaceId: string, key: string, unitId: string, body: { title?: string; author?: string }): Promise<Unit> {
  return request('POST', `${unitBase(workspaceId, unitId)}/fork`, { key, body, schema: UnitSchema });
}

/** `GET …/units/<id>/lineage`: where the unit comes from and its forks. */
export function getLineage(workspaceId: string, key: string, unitId: string, signal?: AbortSignal): Promise<Lineage> {
  return request('GET', `${unitBase(workspaceId, unitId)}/lineage`, { key, signal, schema: UnitLineageSchema });
}

/** `GET …/units/<id>/upstream`: the source's changes since the fork (404 when the unit is no fork: ask only for forks). */
export function getUpstream(workspaceId: string, key: string, unitId: string, signal?: AbortSignal): Promise<UpstreamReport> {
  return request('GET', `${unitBase(workspaceId, unitId)}/upstream`, { key, signal, schema: UpstreamReplySchema });
}

/** `POST …/units/<id>/upstream`: takes these fields and items from the source, keeps the rest, marks the fork up to date. */
export function takeUpstream(workspaceId: string, key: string, unitId: string, take: UpstreamField[], items: { field: UpstreamItemField; id: string }[] = []): Promise<Unit> {
  return request('POST', `${unitBase(workspaceId, unitId)}/upstream`, { key, body: { take, items }, schema: UnitSchema });
}

/** `GET …/units/<id>/publication`. */
export function getPublication(workspaceId: string, key: string, unitId: string, signal?: AbortSignal): Promise<Publication> {
  return request('GET', `${unitBase(workspaceId, unitId)}/publication`, { key, signal, schema: PublicationSchema });
}

/** `PUT` (publish) or `DELETE` (unpublish, at once) `…/units/<id>/publication`. */
export function setPublication(workspaceId: string, key: string, unitId: string, published: boolean): Promise<Publication> {
  return request(published ? 'PUT' : 'DELETE', `${unitBase(workspaceId, unitId)}/publication`, { key, schema: PublicationSchema });
}

/** `GET /api/catalogue`: every published unit (no key). */
export async function listCatalogue(signal?: AbortSignal): Promise<CatalogueSummary[]> {
  return (await request('GET', '/api/catalogue', { signal, schema: CatalogueListSchema })).units;
}

/** `GET /api/catalogue/<publicId>`: one published unit (404 `not_found` once unpublished). */
export function getCatalogueEntry(publicId: string, signal?: AbortSignal): Promise<CatalogueEntry> {
  return request('GET', catalogueBase(publicId), { signal, schema: CatalogueEntrySchema });
}

/** `POST /api/catalogue/<publicId>/fork` with the target workspace's edit key. */
export function forkFromCatalogue(publicId: string, target: { workspaceId: string; editKey: string }, title?: string): Promise<Unit> {
  return request('POST', `${catalogueBase(publicId)}/fork`, {
    key: target.editKey,
    body: { workspaceId: target.workspaceId, ...(title ? { title } : {}) },
    schema: UnitSchema,
  });
}

/** `POST /api/w/<ws>/import` with `dryRun`: what the unit would be; nothing is created. */
export function previewImport(workspaceId: string, key: string, text: string, filename?: string): Promise<ImportPreview> {
  return request('POST', `${base(workspaceId)}/import`, { key, body: { text, filename, dryRun: true }, schema: ImportPreviewReadSchema });
}

/** `POST /api/w/<ws>/import`: creates the unit, credited to `author` (this person's name) when there is one. */
export function createImport(workspaceId: string, key: string, text: string, filename?: string, author?: string): Promise<ReturnType<typeof ImportedUnitReadSchema.parse>> {
  return request('POST', `${base(workspaceId)}/import`, { key, body: { text, filename, ...(author?.trim() ? { author: author.trim().slice(0, 100) } : {}) }, schema: ImportedUnitReadSchema });
}
