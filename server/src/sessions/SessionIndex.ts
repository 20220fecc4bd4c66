import { isBlankSession, type Session } from '@minga/schema';
import type { Db } from '../storage/openDatabase.ts';
import type { DocRef } from '../storage/DocStore.ts';
import type { UnitIndex } from '../units/UnitIndex.ts';
import { directWriter, type StatementWriter } from '../storage/SqliteWriter.ts';

const UPSERT = `INSERT INTO session_index (workspace_id, doc_id, title, audience, date, place, target_minutes, items)
  VALUES (@workspaceId, @docId, @title, @audience, @date, @place, @targetMinutes, @items)
  ON CONFLICT (workspace_id, doc_id) DO UPDATE SET title = excluded.title, audience = excluded.audience,
    date = excluded.date, place = excluded.place, target_minutes = excluded.target_minutes, items = excluded.items`;

/** See SessionSummarySchema in @minga/schema. */
export interface SessionSummary {
  id: string;
  title: string;
  audience: string;
  date: string | null;
  place: string;
  targetMinutes: number;
  /** Planned minutes: free items, overrides, and the library's minutes of each unit. */
  minutes: number;
  itemCount: number;
  updatedAt: string;
}

interface Row {
  id: string;
  title: string;
  audience: string;
  date: string | null;
  place: string;
  targetMinutes: number;
  items: string;
  updatedAt: string;
}

type IndexedItem = { unitId: string; minutesOverride?: number } | { minutes: number };

/** The workspace's list of sessions: what the sessions page shows without opening each doc. */
export class SessionIndex {
  private readonly stmts;

  constructor(
    db: Db,
    private readonly units: UnitIndex,
    private readonly writer: StatementWriter = directWriter(db),
  ) {
    this.stmts = {
      list: db.prepare(
        `SELECT s.doc_id AS id, s.title, s.audience, s.date, s.place, s.target_minutes AS targetMinutes, s.items,
                d.updated_at AS updatedAt
         FROM session_index s JOIN docs d ON d.workspace_id = s.workspace_id AND d.doc_id = s.doc_id
         WHERE s.workspace_id = ? AND d.deleted_at IS NULL
         ORDER BY s.date IS NULL, s.date DESC, d.updated_at DESC`,
      ),
      title: db.prepare('SELECT title FROM session_index WHERE workspace_id = ? AND doc_id = ?'),
      remove: db.prepare('DELETE FROM session_index WHERE workspace_id = ? AND doc_id = ?'),
    };
  }

  /** Lists a session, or takes it off the list while it is blank (a stray "new session" lists nothing); resolves once on disk. */
  async upsert(ref: DocRef, session: Session): Promise<void> {
    if (isBlankSession(session)) {
      await this.writer.run([{ sql: 'DELETE FROM session_index WHERE workspace_id = @workspaceId AND doc_id = @docId', params: { workspaceId: ref.workspaceId, docId: ref.docId } }]);
      return;
    }
    const items: IndexedItem[] = session.items.map((item) =>
      item.kind === 'unit' ? { unitId: item.unitId, ...(item.minutesOverride !== undefined ? { minutesOverride: item.minutesOverride } : {}) } : { minutes: item.minutes },
    );
    const params = {
      workspaceId: ref.workspaceId,
      docId: ref.docId,
      title: session.title,
      audience: session.audience,
      date: session.date ?? null,
      place: session.place,
      targetMinutes: session.targetMinutes,
      items: JSON.stringify(items),
    };
    await this.writer.run([{ sql: UPSERT, params }]);
  }

  list(workspaceId: string): SessionSummary[] {
    return (this.stmts.list.all(workspaceId) as Row[]).map((row) => {
      const items = JSON.parse(row.items) as IndexedItem[];
      const minutes = items.reduce((sum, item) => {
        if ('minutes' in item) return sum + item.minutes;
        if (item.minutesOverride !== undefined) return sum + item.minutesOverride;
        return sum + (this.units.summary({ workspaceId, docId: item.unitId })?.minutes ?? 0);
      }, 0);
      const { items: _items, ...rest } = row;
      return { ...rest, minutes, itemCount: items.length };
    });
  }

  title(ref: DocRef): string {
    return (this.stmts.title.get(ref.workspaceId, ref.docId) as { title: string } | undefined)?.title ?? '';
  }
}
