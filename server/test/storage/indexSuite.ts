import { describe, expect, it } from 'vitest';
import { SessionDraftSchema, UnitDraftSchema, UnitQuerySchema, sessionFromDraft, unitFromDraft, type UnitDraftInput } from '@minga/schema';
import type { Repositories } from '../../src/storage/openRepositories.ts';
import { useRepositories, type RepoHarness } from './repoHarness.ts';

const WS = 'ws-suite';

/** Registers and indexes a unit made from a draft. */
async function indexUnit(repos: Repositories, id: string, draft: UnitDraftInput) {
  const ref = { workspaceId: WS, docId: id };
  await repos.registry.register(ref, 'unit');
  const unit = unitFromDraft(UnitDraftSchema.parse(draft), id);
  await repos.unitIndex.upsert(ref, unit);
  return unit;
}

/** The library index and the session list: the same searches give the same answers on each engine. */
export function indexSuite(engine: string, createHarness: () => Promise<RepoHarness>): void {
  describe(`UnitIndex on ${engine}`, () => {
    const open = useRepositories(createHarness);
    const search = (repos: Repositories, query: Record<string, unknown>) => repos.unitIndex.search(WS, UnitQuerySchema.parse(query));

    it('finds units by word prefixes typed without accents or case, title matches first, and another node finds them too', async () => {
      const nodeA = await open();
      const nodeB = await open();
      await indexUnit(nodeA, 'u1', { title: 'Rétribuer les contributeurs', description: 'Ce que les décideurs peuvent financer', hashtags: ['communs'] });
      await indexUnit(nodeA, 'u2', { title: 'Les communs pour les Décideurs', hashtags: ['Communs', 'décideurs'], steps: [{ title: 'Exposé', kind: 'talk', minutes: 20 }] });
      await indexUnit(nodeA, 'u3', { title: 'Open hardware', language: 'en', hashtags: ['hardware'], objectives: [{ text: 'Comprendre l’économie du matériel' }] });
      await nodeA.unitIndex.upsert({ workspaceId: 'elsewhere', docId: 'u9' }, unitFromDraft(UnitDraftSchema.parse({ title: 'Décideurs ailleurs' }), 'u9'));

      const found = await search(nodeB, { q: 'decideurs' });
      expect(found.units.map((u) => u.id)).toEqual(['u2', 'u1']);
      expect(found.total).toBe(2);
      expect((await search(nodeB, { q: 'DECIDEUR' })).total).toBe(2);
      expect((await search(nodeB, { q: 'décid financ' })).units.map((u) => u.id)).toEqual(['u1']);
      expect((await search(nodeB, { q: 'economie' })).units.map((u) => u.id)).toEqual(['u3']);
      expect((await search(nodeB, { q: 'zzz' })).total).toBe(0);
      expect((await search(nodeB, { q: '"OR* -( ' })).total).toBe(0);
      expect((await search(nodeB, { q: '!!!' })).total).toBe(3);
    });

    it('filters by tag (case and accents ignored), language and length, sorts, and counts hashtag facets', async () => {
      const repos = await open();
      await indexUnit(repos, 'long', { title: 'Beta long', hashtags: ['Wikipédia', 'communs'], steps: [{ title: 'Atelier', kind: 'workshop', minutes: 45 }] });
      await indexUnit(repos, 'short', { title: 'alpha court', hashtags: ['communs'], steps: [{ title: 'Exposé', kind: 'talk', minutes: 10 }] });
      await indexUnit(repos, 'english', { title: 'Gamma', language: 'en' });
      expect((await search(repos, { tag: 'wikipedia' })).units.map((u) => u.id)).toEqual(['long']);
      expect((await search(repos, { tag: 'COMMUNS' })).total).toBe(2);
      expect((await search(repos, { lang: 'en' })).units.map((u) => u.id)).toEqual(['english']);
      expect((await search(repos, { maxMinutes: '30' })).units.map((u) => u.id).sort()).toEqual(['english', 'short']);
      expect((await search(repos, { sort: 'title' })).units.map((u) => u.id)).toEqual(['short', 'long', 'english']);
      expect((await search(repos, { sort: 'minutes' })).units.map((u) => u.minutes)).toEqual([0, 10, 45]);
      expect((await search(repos, { limit: '1', sort: 'title' })).units.map((u) => u.id)).toEqual(['short']);
      expect((await search(repos, { limit: '1' })).total).toBe(3);
      expect((await search(repos, {})).facets.hashtags).toEqual([{ tag: 'communs', count: 2 }, { tag: 'wikipédia', count: 1 }]);
    });

    it('lists each unit’s review state (a draft when none was set), filters by it, and follows a change', async () => {
      const nodeA = await open();
      const nodeB = await open();
      const ready = await indexUnit(nodeA, 'ready', { title: 'Prête' });
      await nodeA.unitIndex.upsert({ workspaceId: WS, docId: 'ready' }, { ...ready, review: { state: 'ready', reviewers: ['Amel'] } });
      const asked = await indexUnit(nodeA, 'asked', { title: 'En relecture' });
      await nodeA.unitIndex.upsert({ workspaceId: WS, docId: 'asked' }, { ...asked, review: { state: 'in_review', reviewers: [] } });
      await indexUnit(nodeA, 'draft', { title: 'Brouillon' });
      const states = Object.fromEntries((await search(nodeB, {})).units.map((u) => [u.id, u.review]));
      expect(states).toEqual({ ready: 'ready', asked: 'in_review', draft: 'draft' });
      expect((await search(nodeB, { review: 'ready' })).units.map((u) => u.id)).toEqual(['ready']);
      expect((await search(nodeB, { review: 'draft', q: 'brouillon' })).units.map((u) => u.id)).toEqual(['draft']);
      expect(await nodeB.unitIndex.summary({ workspaceId: WS, docId: 'asked' })).toMatchObject({ review: 'in_review' });
      // Back to a draft: the index follows.
      await nodeA.unitIndex.upsert({ workspaceId: WS, docId: 'ready' }, ready);
      expect((await search(nodeB, { review: 'ready' })).total).toBe(0);
      expect((await search(nodeB, { review: 'draft' })).units.map((u) => u.id).sort()).toEqual(['draft', 'ready']);
    });

    it('leaves out blank units and units in the bin; gives summaries, titles and forks', async () => {
      const repos = await open();
      await indexUnit(repos, 'source', { title: 'La source', contributors: [{ name: 'Amel' }] });
      await indexUnit(repos, 'fork', { title: 'La reprise', source: { forkedFrom: { unitId: 'source', version: '1' } } });
      await indexUnit(repos, 'blank', {});
      expect((await search(repos, {})).units.map((u) => u.id).sort()).toEqual(['fork', 'source']);
      const summary = await repos.unitIndex.summary({ workspaceId: WS, docId: 'source' });
      expect(summary).toMatchObject({ id: 'source', title: 'La source', contributors: ['Amel'], forkedFrom: null });
      expect(Number.isNaN(Date.parse(summary!.updatedAt))).toBe(false);
      expect(await repos.unitIndex.title({ workspaceId: WS, docId: 'fork' })).toBe('La reprise');
      expect(await repos.unitIndex.title({ workspaceId: WS, docId: 'nope' })).toBe('');
      expect((await repos.unitIndex.forksOf(WS, 'source')).map((u) => u.id)).toEqual(['fork']);

      await repos.registry.setDeleted({ workspaceId: WS, docId: 'fork' }, new Date().toISOString());
      expect((await search(repos, { q: 'reprise' })).total).toBe(0);
      expect(await repos.unitIndex.summary({ workspaceId: WS, docId: 'fork' })).toBeNull();
      expect(await repos.unitIndex.forksOf(WS, 'source')).toEqual([]);
      await repos.unitIndex.remove({ workspaceId: WS, docId: 'source' });
      expect(await search(repos, {})).toMatchObject({ total: 0, units: [] });
    });
  });

  describe(`SessionIndex on ${engine}`, () => {
    const open = useRepositories(createHarness);

    it('lists sessions dated first with their planned minutes from the library, and leaves blank ones out', async () => {
      const nodeA = await open();
      const nodeB = await open();
      await indexUnit(nodeA, 'u1', { title: 'Unité', steps: [{ title: 'Atelier', kind: 'workshop', minutes: 30 }] });
      const sessions = [
        { id: 's-undated', draft: { title: 'Sans date', items: [{ kind: 'welcome', title: 'Accueil', minutes: 10 }] } },
        { id: 's-old', draft: { title: 'Ancienne', date: '2026-01-10', items: [{ kind: 'unit', unitId: 'u1' }, { kind: 'break', title: 'Pause', minutes: 15 }] } },
        { id: 's-new', draft: { title: 'Récente', date: '2026-06-01', items: [{ kind: 'unit', unitId: 'u1', minutesOverride: 20 }] } },
        { id: 's-blank', draft: {} },
      ];
      for (const { id, draft } of sessions) {
        const ref = { workspaceId: WS, docId: id };
        await nodeA.registry.register(ref, 'session');
        await nodeA.sessionIndex.upsert(ref, sessionFromDraft(SessionDraftSchema.parse(draft), id));
      }
      const list = await nodeB.sessionIndex.list(WS);
      expect(list.map((s) => [s.id, s.minutes, s.itemCount])).toEqual([['s-new', 20, 1], ['s-old', 45, 2], ['s-undated', 10, 1]]);
      expect(await nodeB.sessionIndex.title({ workspaceId: WS, docId: 's-old' })).toBe('Ancienne');
      await nodeA.sessionIndex.upsert({ workspaceId: WS, docId: 's-old' }, sessionFromDraft(SessionDraftSchema.parse({}), 's-old'));
      expect((await nodeB.sessionIndex.list(WS)).map((s) => s.id)).toEqual(['s-new', 's-undated']);
      expect(await nodeB.sessionIndex.title({ workspaceId: WS, docId: 's-old' })).toBe('');
    });
  });
}
