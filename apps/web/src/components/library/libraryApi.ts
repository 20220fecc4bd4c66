import {
  IMPORT_WARNING_CODES,
  UnitDraftSchema,
  UnitListSchema,
  UnitSchema,
  UnitSummarySchema,
  UpstreamFieldChangeSchema,
  type LicenceTerms,
  type Unit,
  type UnitDraft,
  type UnitList,
  type UnitSummary,
  type UpstreamField,
  type UpstreamItemField,
  type UpstreamFieldChange,
  type ImportWarningCode,
  type WarningParams,
} from '@minga/schema';
import { request, type Parser } from '../../api/apiClient.ts';
import { libraryApiSearch, type LibraryQuery } from './libraryQuery.ts';

type ParseResult<T> = ReturnType<Parser<T>['safeParse']>;
type Json = Record<string, unknown>;

const fail = (message: string) => ({ success: false as const, error: { message } });
const isObject = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value);
const str = (value: unknown): string => (typeof value === 'string' ? value : '');
const optStr = (value: unknown): string | undefined => (typeof value === 'string' ? value : undefined);

/** Every item of `value` through `inner`, or the first failure. */
function listOf<T>(value: unknown, inner: Parser<T>): ParseResult<T[]> {
  if (!Array.isArray(value)) return fail('expected a list');
  const data: T[] = [];
  for (const item of value) {
    const parsed = inner.safeParse(item);
    if (!parsed.success) return parsed;
    data.push(parsed.data);
  }
  return { success: true, data };
}

/** A parser from a function that reads an object or says why it cannot. */
function objectParser<T>(read: (value: Json) => T | string): Parser<T> {
  return {
    safeParse(value: unknown): ParseResult<T> {
      if (!isObject(value)) return fail('expected an object');
      const data = read(value);
      return typeof data === 'string' ? fail(data) : { success: true, data };
    },
  };
}

/** Where a fork comes from, as `GET …/lineage` describes it. */
export interface LineageSource {
  unitId: string;
  version: string;
  catalogueId?: string;
  /** False once the source was deleted or unpublished. */
  available: boolean;
  title: string;
  sameWorkspace: boolean;
}

/** A unit's lineage: its source (when it is a fork) and its own forks in the workspace. */
export interface Lineage {
  forkedFrom: LineageSource | null;
  forks: UnitSummary[];
}

const LineageSchema = objectParser<Lineage>((value) => {
  const forks = listOf(value.forks, UnitSummarySchema);
  if (!forks.success) return `forks: ${forks.error.message}`;
  const from = value.forkedFrom;
  if (from !== null && !isObject(from)) return 'forkedFrom must be an object or null';
  return {
    forks: forks.data,
    forkedFrom: from
      ? {
          unitId: str(from.unitId),
          version: str(from.version),
          catalogueId: optStr(from.catalogueId),
          available: from.available === true,
          title: str(from.title),
          sameWorkspace: from.sameWorkspace === true,
        }
      : null,
  };
});

/** What changed in a fork's source since the fork, field by field. */
export interface UpstreamReport {
  changes: UpstreamFieldChange[];
  minutes: { base: number; upstream: number; mine: number };
}

const UpstreamSchema = objectParser<UpstreamReport>((value) => {
  const changes = listOf(value.changes, UpstreamFieldChangeSchema);
  if (!changes.success) return `changes: ${changes.error.message}`;
  const minutes = isObject(value.minutes) ? value.minutes : {};
  const num = (n: unknown) => (typeof n === 'number' ? n : 0);
  return { changes: changes.data, minutes: { base: num(minutes.base), upstream: num(minutes.upstream), mine: num(minutes.mine) } };
});

/** Whether a unit is in the public catalogue, and its public addresses when it is. */
export interface Publication {
  published: boolean;
  publicId?: string;
  publishedAt?: string;
  pageUrl?: string;
  jsonUrl?: string;
}

const PublicationSchema = objectParser<Publication>((value) => ({
  published: value.published === true,
  publicId: optStr(value.publicId),
  publishedAt: optStr(value.publishedAt),
  pageUrl: optStr(value.pageUrl),
  jsonUrl: optStr(value.jsonUrl),
}));

/** A unit of the public catalogue, as `GET /api/catalogue` lists it. */
export type CatalogueSummary = UnitSummary & { publicId: string; publishedAt: string; licenceLabel: string };

const CatalogueSummarySchema = objectParser<CatalogueSummary>((value) => {
  const summary = UnitSummarySchema.safeParse(value);
  if (!summary.success) return summary.error.message;
  if (typeof value.publicId !== 'string') return 'a catalogue entry has no publicId';
  return { ...summary.data, publicId: value.publicId, publishedAt: str(value.publishedAt), licenceLabel: str(value.licenceLabel) };
});

const CatalogueListSchema = objectParser<CatalogueSummary[]>((value) => {
  const units = listOf(value.units, CatalogueSummarySchema);
  return units.success ? units.data : `units: ${units.error.message}`;
});

/** One published unit, read-only, with its licence spelled out. */
export interface CatalogueEntry {
  publicId: string;
  publishedAt: string;
  licence: LicenceTerms;
  unit: Unit;
}

const CatalogueEntrySchema = objectParser<CatalogueEntry>((value) => {
  const unit = UnitSchema.safeParse(value.unit);
  if (!unit.success) return `unit: ${unit.error.message}`;
  const licence = isObject(value.licence) ? value.licence : {};
  return {
    publicId: str(value.publicId),
    publishedAt: str(value.publishedAt),
    unit: unit.data,
    licence: {
      label: str(licence.label) || unit.data.licence,
      url: str(licence.url),
      attribution: licence.attribution === true,
      shareAlike: licence.shareAlike === true,
      nonCommercial: licence.nonCommercial === true,
      noDerivatives: licence.noDerivatives === true,
    },
  };
});

/** The formats the importer tells apart. */
export type ImportFormat = 'pad' | 'markdown' | 'carpentries' | 'minga-json';

/** Something the importer guessed or set aside, with the line it is about when known. */
export interface ImportNote {
  /** A known code gets the app's own sentence; the server's English `message` is the fallback. */
  code?: ImportWarningCode;
  message: string;
  line?: number;
  params?: WarningParams;
  count?: number;
}

const KNOWN_WARNINGS = new Set<string>(IMPORT_WARNING_CODES);

function readParams(value: unknown): WarningParams | undefined {
  if (!isObject(value)) return undefined;
  const params: WarningParams = {};
  if (typeof value.value === 'string') params.value = value.value;
  if (typeof value.to === 'string') params.to = value.to;
  if (typeof value.n === 'number') params.n = value.n;
  if (typeof value.m === 'number') params.m = value.m;
  return params;
}

/** The answer of an import's dry run: what the unit would be, nothing created yet. */
export interface ImportPreview {
  format: ImportFormat | string;
  draft: UnitDraft;
  warnings: ImportNote[];
}

function readNotes(value: unknown): ImportNote[] {
  if (!Array.isArray(value)) return [];
  return value.flatMap((item: unknown): ImportNote[] => {
    if (typeof item === 'string') return [{ message: item }];
    if (isObject(item) && typeof item.message === 'string') {
      const params = readParams(item.params);
      return [{
        message: item.message,
        ...(typeof item.code === 'string' && KNOWN_WARNINGS.has(item.code) ? { code: item.code as ImportWarningCode } : {}),
        ...(typeof item.line === 'number' ? { line: item.line } : {}),
        ...(params ? { params } : {}),
        ...(typeof item.count === 'number' && item.count > 1 ? { count: item.count } : {}),
      }];
    }
    return [];
  });
}

const ImportPreviewSchema = objectParser<ImportPreview>((value) => {
  const draft = UnitDraftSchema.safeParse(value.draft);
  if (!draft.success) return `draft: ${draft.error.message}`;
  return { format: str(value.format), draft: draft.data, warnings: readNotes(value.warnings) };
});

const ImportedSchema = objectParser<{ unit: Unit; warnings: ImportNote[] }>((value) => {
  const unit = UnitSchema.safeParse(value.unit);
  return unit.success ? { unit: unit.data, warnings: readNotes(value.warnings) } : `unit: ${unit.error.message}`;
});

const base = (workspaceId: string) => `/api/w/${encodeURIComponent(workspaceId)}`;
const unitBase = (workspaceId: string, unitId: string) => `${base(workspaceId)}/units/${encodeURIComponent(unitId)}`;
const catalogueBase = (publicId: string) => `/api/catalogue/${encodeURIComponent(publicId)}`;

/** `GET /api/w/<ws>/units?q=&tag=&lang=&maxMinutes=&sort=`: the library's search, ranked, with hashtag facets. */
export function searchUnits(workspaceId: string, key: string, query: LibraryQuery, signal?: AbortSignal): Promise<UnitList> {
  return request(UnitListSchema, `${base(workspaceId)}/units?${libraryApiSearch(query)}`, { key, signal });
}

/** `POST …/units/<id>/fork`: a new unit adapted from this one (403 `forbidden` for no-derivatives licences). */
export function forkUnit(workspaceId: string, key: string, unitId: string, body: { title?: string; author?: string }): Promise<Unit> {
  return request(UnitSchema, `${unitBase(workspaceId, unitId)}/fork`, { method: 'POST', key, body });
}

/** `GET …/units/<id>/lineage`: where the unit comes from and its forks. */
export function getLineage(workspaceId: string, key: string, unitId: string, signal?: AbortSignal): Promise<Lineage> {
  return request(LineageSchema, `${unitBase(workspaceId, unitId)}/lineage`, { key, signal });
}

/** `GET …/units/<id>/upstream`: the source's changes since the fork (404 when the unit is no fork: ask only for forks). */
export function getUpstream(workspaceId: string, key: string, unitId: string, signal?: AbortSignal): Promise<UpstreamReport> {
  return request(UpstreamSchema, `${unitBase(workspaceId, unitId)}/upstream`, { key, signal });
}

/** `POST …/units/<id>/upstream`: takes these fields and items from the source, keeps the rest, marks the fork up to date. */
export function takeUpstream(workspaceId: string, key: string, unitId: string, take: UpstreamField[], items: { field: UpstreamItemField; id: string }[] = []): Promise<Unit> {
  return request(UnitSchema, `${unitBase(workspaceId, unitId)}/upstream`, { method: 'POST', key, body: { take, items } });
}

/** `GET …/units/<id>/publication`. */
export function getPublication(workspaceId: string, key: string, unitId: string, signal?: AbortSignal): Promise<Publication> {
  return request(PublicationSchema, `${unitBase(workspaceId, unitId)}/publication`, { key, signal });
}

/** `PUT` (publish) or `DELETE` (unpublish, at once) `…/units/<id>/publication`. */
export function setPublication(workspaceId: string, key: string, unitId: string, published: boolean): Promise<Publication> {
  return request(PublicationSchema, `${unitBase(workspaceId, unitId)}/publication`, { method: published ? 'PUT' : 'DELETE', key });
}

/** `GET /api/catalogue`: every published unit (no key). */
export function listCatalogue(signal?: AbortSignal): Promise<CatalogueSummary[]> {
  return request(CatalogueListSchema, '/api/catalogue', { signal });
}

/** `GET /api/catalogue/<publicId>`: one published unit (404 `not_found` once unpublished). */
export function getCatalogueEntry(publicId: string, signal?: AbortSignal): Promise<CatalogueEntry> {
  return request(CatalogueEntrySchema, catalogueBase(publicId), { signal });
}

/** `POST /api/catalogue/<publicId>/fork` with the target workspace's edit key. */
export function forkFromCatalogue(publicId: string, target: { workspaceId: string; editKey: string }, title?: string): Promise<Unit> {
  return request(UnitSchema, `${catalogueBase(publicId)}/fork`, {
    method: 'POST',
    key: target.editKey,
    body: { workspaceId: target.workspaceId, ...(title ? { title } : {}) },
  });
}

/** `POST /api/w/<ws>/import` with `dryRun`: what the unit would be; nothing is created. */
export function previewImport(workspaceId: string, key: string, text: string, filename?: string): Promise<ImportPreview> {
  return request(ImportPreviewSchema, `${base(workspaceId)}/import`, { method: 'POST', key, body: { text, filename, dryRun: true } });
}

/** `POST /api/w/<ws>/import`: creates the unit, credited to `author` (this person's name) when there is one. */
export function createImport(workspaceId: string, key: string, text: string, filename?: string, author?: string): Promise<{ unit: Unit; warnings: ImportNote[] }> {
  return request(ImportedSchema, `${base(workspaceId)}/import`, { method: 'POST', key, body: { text, filename, ...(author?.trim() ? { author: author.trim().slice(0, 100) } : {}) } });
}
