import { contributorKey, VIA_API, type Contributor } from '@minga/schema';
import type { SyncRoom } from '../sync/SyncRoom.ts';
import type { AutoVersions } from '../sync/AutoVersions.ts';

/** The contributors with the author of an API edit added at the end; a name already listed stays as it is. */
export function withAuthorCredited(contributors: readonly Contributor[], author: string | undefined): Contributor[] {
  if (!author || contributors.some((c) => contributorKey(c.name) === contributorKey(author))) return [...contributors];
  return [...contributors, { name: author }];
}

/** Says who made an API edit of the room's doc, for the next automatic version: the author, or "via API". */
export function creditRoomEdit(autoVersions: AutoVersions, room: SyncRoom, author: string | undefined): void {
  autoVersions.credit(room, author ?? VIA_API);
}
