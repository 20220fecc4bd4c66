import type { DeckLang } from '@minga/export';
import type { LibraryQuery } from '../components/library/libraryQuery.ts';

/**
 * The keys of every server answer the app caches (TanStack Query), in one place. A workspace's
 * answers start with `['w', workspaceId]`, a document's with `doc(workspaceId, docId)`; the access
 * key comes last, so invalidating a prefix (`units(ws)`, `bin(ws)`, `links(ws)`) reaches the
 * answers given to every key.
 */
export const queryKeys = {
  /** Everything cached about a workspace. */
  workspace: (workspaceId: string) => ['w', workspaceId] as const,
  /** `GET /api/w/<ws>`: its name and the role this key gives. */
  info: (workspaceId: string, key: string) => ['w', workspaceId, 'info', key] as const,
  /** `GET …/links`: the view and comment keys, recovered for editors. */
  links: (workspaceId: string) => ['w', workspaceId, 'links'] as const,
  linksFor: (workspaceId: string, key: string) => ['w', workspaceId, 'links', key] as const,

  /** Every list of units: the library, its searches. */
  units: (workspaceId: string) => ['w', workspaceId, 'units'] as const,
  unitList: (workspaceId: string, key: string) => ['w', workspaceId, 'units', 'recent', key] as const,
  unitSearch: (workspaceId: string, key: string, query: LibraryQuery, limit?: number) => ['w', workspaceId, 'units', 'search', key, query, limit ?? null] as const,
  /** Every list of sessions. */
  sessions: (workspaceId: string) => ['w', workspaceId, 'sessions'] as const,
  sessionList: (workspaceId: string, key: string) => ['w', workspaceId, 'sessions', 'list', key] as const,
  /** What was deleted. */
  bin: (workspaceId: string) => ['w', workspaceId, 'bin'] as const,
  binList: (workspaceId: string, key: string) => ['w', workspaceId, 'bin', key] as const,
  /** Open threads per unit and session. */
  openComments: (workspaceId: string, key: string) => ['w', workspaceId, 'comments', 'open', key] as const,
  /** Deliveries: the workspace's timeline (`docId` null) or those that used a doc. */
  deliveries: (workspaceId: string) => ['w', workspaceId, 'deliveries'] as const,
  deliveriesOf: (workspaceId: string, key: string, docId: string | null) => ['w', workspaceId, 'deliveries', docId, key] as const,

  /** Everything cached about one unit or session. */
  doc: (workspaceId: string, docId: string) => ['w', workspaceId, 'doc', docId] as const,
  /** A unit's JSON form as it is now. */
  unit: (workspaceId: string, unitId: string, key: string) => ['w', workspaceId, 'doc', unitId, 'unit', key] as const,
  /** Whether the page of a unit or session may open (it exists, not in the bin). */
  docExists: (workspaceId: string, kind: 'unit' | 'session', docId: string, key: string) => ['w', workspaceId, 'doc', docId, 'exists', kind, key] as const,
  versions: (workspaceId: string, docId: string) => ['w', workspaceId, 'doc', docId, 'versions'] as const,
  versionList: (workspaceId: string, docId: string, key: string) => ['w', workspaceId, 'doc', docId, 'versions', 'list', key] as const,
  /** One saved version read as a unit: never changes once saved. */
  version: (workspaceId: string, docId: string, versionId: number, key: string) => ['w', workspaceId, 'doc', docId, 'versions', versionId, key] as const,
  lineage: (workspaceId: string, unitId: string, key: string) => ['w', workspaceId, 'doc', unitId, 'lineage', key] as const,
  upstream: (workspaceId: string, unitId: string, key: string) => ['w', workspaceId, 'doc', unitId, 'upstream', key] as const,
  publication: (workspaceId: string, unitId: string, key: string) => ['w', workspaceId, 'doc', unitId, 'publication', key] as const,
  /** `items`: the unit items of the session open beside it, when its units are asked again as they change. */
  resolvedSession: (workspaceId: string, sessionId: string, key: string, items: string | null) => ['w', workspaceId, 'doc', sessionId, 'resolved', key, items] as const,
  sessionLineage: (workspaceId: string, sessionId: string, key: string) => ['w', workspaceId, 'doc', sessionId, 'sessionLineage', key] as const,
  compare: (workspaceId: string, docId: string, from: string, to: string, key: string) => ['w', workspaceId, 'doc', docId, 'compare', from, to, key] as const,
  followDeck: (workspaceId: string, sessionId: string, lang: DeckLang, key: string) => ['w', workspaceId, 'doc', sessionId, 'deck', lang, key] as const,
  followLink: (workspaceId: string, sessionId: string, key: string) => ['w', workspaceId, 'doc', sessionId, 'follow', key] as const,

  /** The public catalogue (no key). */
  catalogue: () => ['catalogue'] as const,
  catalogueEntry: (publicId: string) => ['catalogue', publicId] as const,
};
