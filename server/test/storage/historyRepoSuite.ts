import { describe, expect, it } from 'vitest';
import type { DeliveryBody, RoomInput } from '@minga/schema';
import { useRepositories, type RepoHarness } from './repoHarness.ts';

const unit = { workspaceId: 'ws-suite', docId: 'unit-a' };

/** The doc registry (kinds and bin), versions and deliveries: the same tests on each engine. */
export function historyRepoSuite(engine: string, createHarness: () => Promise<RepoHarness>): void {
  describe(`DocRegistry on ${engine}`, () => {
    const open = useRepositories(createHarness);

    it('registers a doc’s kind, moves it to the bin and back, and another node sees each step', async () => {
      const nodeA = await open();
      const nodeB = await open();
      expect(await nodeA.registry.get(unit)).toBeNull();
      await nodeA.registry.register(unit, 'unit');
      await nodeA.registry.register({ ...unit, docId: 'session-a' }, 'session');
      await nodeA.registry.register({ workspaceId: 'elsewhere', docId: 'unit-b' }, 'unit');
      const entry = await nodeB.registry.get(unit);
      expect(entry).toMatchObject({ docId: 'unit-a', kind: 'unit', deletedAt: null });
      expect(Number.isNaN(Date.parse(entry!.createdAt))).toBe(false);
      expect((await nodeB.registry.list('ws-suite', 'unit')).map((e) => e.docId)).toEqual(['unit-a']);
      expect((await nodeB.registry.list('ws-suite', 'session')).map((e) => e.docId)).toEqual(['session-a']);

      const deletedAt = new Date().toISOString();
      await nodeB.registry.setDeleted(unit, deletedAt);
      expect((await nodeA.registry.get(unit))!.deletedAt).toBe(deletedAt);
      expect(await nodeA.registry.list('ws-suite', 'unit')).toEqual([]);
      expect((await nodeA.registry.bin('ws-suite')).map((e) => e.docId)).toEqual(['unit-a']);
      await nodeA.registry.setDeleted(unit, null);
      expect(await nodeB.registry.bin('ws-suite')).toEqual([]);
      expect((await nodeB.registry.list('ws-suite', 'unit')).map((e) => e.docId)).toEqual(['unit-a']);
    });

    it('lists the bin last deleted first', async () => {
      const { registry } = await open();
      for (const docId of ['u1', 'u2', 'u3']) await registry.register({ workspaceId: 'ws-suite', docId }, 'unit');
      await registry.setDeleted({ workspaceId: 'ws-suite', docId: 'u2' }, '2026-01-01T00:00:00.000Z');
      await registry.setDeleted({ workspaceId: 'ws-suite', docId: 'u1' }, '2026-02-01T00:00:00.000Z');
      expect((await registry.bin('ws-suite')).map((e) => e.docId)).toEqual(['u1', 'u2']);
    });
  });

  describe(`VersionRepo on ${engine}`, () => {
    const open = useRepositories(createHarness);

    it('saves versions another node lists newest first and reads back byte for byte', async () => {
      const nodeA = await open();
      const nodeB = await open();
      const first = await nodeA.versions.save(unit, 'named', 'Avant Lille', 'Amel', new Uint8Array([1, 2, 3]));
      const second = await nodeA.versions.save(unit, 'auto', '', 'Bruno, Chloé', new Uint8Array([4, 5]));
      expect(second.id).toBeGreaterThan(first.id);
      expect(await nodeB.versions.list(unit)).toEqual([second, first]);
      const got = await nodeB.versions.get(unit, first.id);
      expect(got).toMatchObject(first);
      expect([...got!.snapshot]).toEqual([1, 2, 3]);
      expect((await nodeB.versions.latest(unit))!.id).toBe(second.id);
      expect(await nodeB.versions.get({ ...unit, docId: 'other' }, first.id)).toBeNull();
      expect(await nodeB.versions.get(unit, 9_999_999_999)).toBeNull();
      expect(await nodeB.versions.latest({ ...unit, docId: 'other' })).toBeNull();
    });

    it('keeps the 50 newest automatic versions of a doc and every named one', async () => {
      const { versions } = await open();
      const named = await versions.save(unit, 'named', 'Gardée', 'Amel', new Uint8Array([0]));
      for (let i = 0; i < 53; i++) await versions.save(unit, 'auto', '', 'Amel', new Uint8Array([i]));
      await versions.save({ ...unit, docId: 'other' }, 'auto', '', 'Amel', new Uint8Array([0]));
      const list = await versions.list(unit);
      expect(list.filter((v) => v.kind === 'auto')).toHaveLength(50);
      expect(list.at(-1)).toEqual(named);
      expect([...(await versions.get(unit, list[0]!.id))!.snapshot]).toEqual([52]);
      expect(await versions.list({ ...unit, docId: 'other' })).toHaveLength(1);
    });
  });

  describe(`DeliveryRepo on ${engine}`, () => {
    const open = useRepositories(createHarness);
    const body = (place: string, date: string): DeliveryBody => ({ place, date, facilitators: ['Amel', 'Bruno'], debrief: 'Bien passé', author: 'Amel' });
    const kept: RoomInput[] = [{ id: 1, kind: 'question', text: 'Et après ?', author: 'Salle', createdAt: '2026-03-01T10:00:00.000Z', status: 'kept' }];

    it('adds deliveries another node reads back whole, by id, by session and on the timeline by date', async () => {
      const nodeA = await open();
      const nodeB = await open();
      const versions = [{ docId: 's1', kind: 'session' as const, versionId: 3, title: 'Déroulé' }];
      const lille = await nodeA.deliveries.add('ws-suite', 's1', 'Déroulé', { ...body('Lille', '2026-05-02'), participants: 12 }, versions, kept);
      const brest = await nodeA.deliveries.add('ws-suite', 's2', 'Autre', body('Brest', '2026-04-01'), [], []);
      await nodeA.deliveries.add('elsewhere', 's1', 'Ailleurs', body('Nantes', '2026-01-01'), [], []);
      expect(lille).toMatchObject({
        sessionId: 's1', sessionTitle: 'Déroulé', place: 'Lille', date: '2026-05-02', facilitators: ['Amel', 'Bruno'], participants: 12,
        debrief: 'Bien passé', author: 'Amel', versions, keptInput: kept,
      });
      expect(brest.participants).toBeNull();
      expect(await nodeB.deliveries.get('ws-suite', lille.id)).toEqual(lille);
      expect(await nodeB.deliveries.get('elsewhere', lille.id)).toBeNull();
      expect(await nodeB.deliveries.get('ws-suite', 9_999_999_999)).toBeNull();
      expect((await nodeB.deliveries.list('ws-suite')).map((d) => d.place)).toEqual(['Brest', 'Lille']);
      expect((await nodeB.deliveries.listBySession('ws-suite', 's1')).map((d) => d.place)).toEqual(['Lille']);
    });
  });
}
