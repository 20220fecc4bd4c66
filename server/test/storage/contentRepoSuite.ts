import { describe, expect, it } from 'vitest';
import { useRepositories, type RepoHarness } from './repoHarness.ts';

const session = { workspaceId: 'ws-suite', docId: 'session-a' };

/** Uploaded images, room input and the public catalogue: the same tests on each engine. */
export function contentRepoSuite(engine: string, createHarness: () => Promise<RepoHarness>): void {
  describe(`FileRepo on ${engine}`, () => {
    const open = useRepositories(createHarness);

    it('stores an image once per workspace, and another node serves its bytes', async () => {
      const nodeA = await open();
      const nodeB = await open();
      const bytes = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 1, 2, 3]);
      const saved = await nodeA.files.save('ws-suite', 'image/png', bytes);
      expect(saved).toMatchObject({ workspaceId: 'ws-suite', mime: 'image/png', size: 7 });
      expect(saved.sha256).toMatch(/^[0-9a-f]{64}$/);
      expect(await nodeB.files.save('ws-suite', 'image/png', bytes)).toEqual(saved);
      const elsewhere = await nodeB.files.save('ws-other', 'image/png', bytes);
      expect(elsewhere.id).not.toBe(saved.id);
      const got = await nodeB.files.get('ws-suite', saved.id);
      expect(got?.mime).toBe('image/png');
      expect([...got!.data]).toEqual([...bytes]);
      expect(await nodeB.files.get('ws-other', saved.id)).toBeNull();
      expect(await nodeB.files.get('ws-suite', 'nope')).toBeNull();
    });
  });

  describe(`RoomInputRepo on ${engine}`, () => {
    const open = useRepositories(createHarness);

    it('keeps what the room sends in order, lists it since an id on any node, and sets its status', async () => {
      const nodeA = await open();
      const nodeB = await open();
      const first = await nodeA.roomInput.add(session, { kind: 'question', text: 'Pourquoi ?', author: 'Salle' });
      const second = await nodeB.roomInput.add(session, { kind: 'nextStep', text: 'Refaire à Lille', author: 'Inès' });
      await nodeB.roomInput.add({ ...session, docId: 'other' }, { kind: 'question', text: 'Ailleurs', author: 'X' });
      expect(first).toMatchObject({ kind: 'question', text: 'Pourquoi ?', author: 'Salle', status: 'new' });
      expect(second!.id).toBeGreaterThan(first!.id);
      expect(await nodeA.roomInput.list(session)).toEqual([first, second]);
      expect(await nodeA.roomInput.list(session, first!.id)).toEqual([second]);
      expect(await nodeA.roomInput.setStatus(session, first!.id, 'kept')).toEqual({ ...first, status: 'kept' });
      expect((await nodeB.roomInput.list(session))[0]!.status).toBe('kept');
      expect(await nodeB.roomInput.setStatus({ ...session, docId: 'other' }, first!.id, 'kept')).toBeNull();
      expect(await nodeB.roomInput.setStatus(session, 9_999_999_999, 'kept')).toBeNull();
    });

    it('refuses a message once a session holds 2000', async () => {
      const { roomInput } = await open();
      const full = { ...session, docId: 'full' };
      for (let i = 0; i < 2000; i += 100) {
        await Promise.all(Array.from({ length: 100 }, (_, j) => roomInput.add(full, { kind: 'question', text: `q${i + j}`, author: 'Salle' })));
      }
      expect(await roomInput.add(full, { kind: 'question', text: 'one more', author: 'Salle' })).toBeNull();
      expect(await roomInput.list(full)).toHaveLength(2000);
    });
  });

  describe(`CatalogueRepo on ${engine}`, () => {
    const open = useRepositories(createHarness);

    it('publishes a unit once under one public id, lists it unless binned, and unpublishes it on any node', async () => {
      const nodeA = await open();
      const nodeB = await open();
      const unit = { workspaceId: 'ws-suite', docId: 'unit-a' };
      await nodeA.registry.register(unit, 'unit');
      await nodeA.registry.register({ ...unit, docId: 'unit-b' }, 'unit');
      const entry = await nodeA.catalogue.publish(unit);
      expect(await nodeB.catalogue.publish(unit)).toEqual(entry);
      expect(await nodeB.catalogue.get(entry.publicId)).toEqual(entry);
      expect(await nodeB.catalogue.entryFor(unit)).toEqual(entry);
      const later = await nodeB.catalogue.publish({ ...unit, docId: 'unit-b' });
      expect((await nodeA.catalogue.list()).map((e) => e.docId).sort()).toEqual(['unit-a', 'unit-b']);
      if (later.publishedAt > entry.publishedAt) expect((await nodeA.catalogue.list())[0]!.docId).toBe('unit-b');

      await nodeA.registry.setDeleted({ ...unit, docId: 'unit-b' }, new Date().toISOString());
      expect((await nodeB.catalogue.list()).map((e) => e.docId)).toEqual(['unit-a']);
      expect(await nodeB.catalogue.unpublish(unit)).toBe(true);
      expect(await nodeA.catalogue.unpublish(unit)).toBe(false);
      expect(await nodeA.catalogue.get(entry.publicId)).toBeNull();
      expect(await nodeA.catalogue.list()).toEqual([]);
    });
  });
}
