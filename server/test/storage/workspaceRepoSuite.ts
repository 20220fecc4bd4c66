import { describe, expect, it } from 'vitest';
import { isFollowKey } from '@minga/schema';
import { useRepositories, type RepoHarness } from './repoHarness.ts';

/** Workspaces, keys and follow keys: the same tests on each engine. */
export function workspaceRepoSuite(engine: string, createHarness: () => Promise<RepoHarness>): void {
  describe(`WorkspaceRepo on ${engine}`, () => {
    const open = useRepositories(createHarness);

    it('creates a workspace whose keys open it with their role, and refuses others with the reason', async () => {
      const { workspaces } = await open();
      const { workspace, editKey, viewKey } = await workspaces.create('Atelier « été »');
      expect(workspace).toMatchObject({ name: 'Atelier « été »', keysRotatedAt: null });
      expect(await workspaces.get(workspace.id)).toEqual(workspace);
      expect(await workspaces.check(workspace.id, editKey)).toEqual({ ok: true, role: 'edit', workspace });
      expect(await workspaces.check(workspace.id, viewKey)).toEqual({ ok: true, role: 'view', workspace });
      expect(await workspaces.check(workspace.id, 'not-a-key')).toEqual({ ok: false, reason: 'wrong_key' });
      expect(await workspaces.check(workspace.id, undefined)).toEqual({ ok: false, reason: 'missing_key' });
      expect(await workspaces.check('nowhere', editKey)).toEqual({ ok: false, reason: 'workspace_not_found' });
      expect(await workspaces.get('nowhere')).toBeNull();
      expect(await workspaces.viewKeyFor(workspace.id, editKey)).toBe(viewKey);
      expect(await workspaces.viewKeyFor(workspace.id, viewKey)).toBeNull();
    });

    it('lists workspaces oldest first, and another node sees what one created', async () => {
      const nodeA = await open();
      const nodeB = await open();
      const first = await nodeA.workspaces.create('Premier');
      const second = await nodeB.workspaces.create('Second');
      expect((await nodeB.workspaces.list()).map((w) => w.id)).toEqual([first.workspace.id, second.workspace.id]);
      expect((await nodeB.workspaces.check(first.workspace.id, first.editKey)).ok).toBe(true);
    });

    it('rotating the edit key refuses the old one on every node, keeps the view key and lets editors recover it', async () => {
      const nodeA = await open();
      const nodeB = await open();
      const { workspace, editKey, viewKey } = await nodeA.workspaces.create('W');
      const before = new Date(Date.now() - 1).toISOString();
      const keys = await nodeA.workspaces.rotate(workspace.id, 'edit', editKey);
      expect(keys.viewKey).toBeUndefined();
      expect(await nodeB.workspaces.check(workspace.id, editKey)).toEqual({ ok: false, reason: 'wrong_key' });
      expect((await nodeB.workspaces.check(workspace.id, keys.editKey!)).ok).toBe(true);
      expect((await nodeB.workspaces.check(workspace.id, viewKey)).ok).toBe(true);
      expect(await nodeB.workspaces.viewKeyFor(workspace.id, keys.editKey!)).toBe(viewKey);
      const rotated = await nodeB.workspaces.rotatedSince(before);
      expect(rotated.map((r) => r.id)).toEqual([workspace.id]);
      expect((await nodeB.workspaces.get(workspace.id))!.keysRotatedAt).toBe(rotated[0]!.at);
      expect(await nodeB.workspaces.rotatedSince(rotated[0]!.at)).toEqual([]);
    });

    it('rotating the view key refuses the old one; rotating the edit key without the old one leaves no recoverable view key', async () => {
      const { workspaces } = await open();
      const { workspace, editKey, viewKey } = await workspaces.create('W');
      const { viewKey: newView } = await workspaces.rotate(workspace.id, 'view', editKey);
      expect((await workspaces.check(workspace.id, viewKey)).ok).toBe(false);
      expect(await workspaces.check(workspace.id, newView!)).toMatchObject({ ok: true, role: 'view' });
      expect(await workspaces.viewKeyFor(workspace.id, editKey)).toBe(newView);
      const both = await workspaces.rotate(workspace.id, 'both');
      expect((await workspaces.check(workspace.id, editKey)).ok).toBe(false);
      expect(await workspaces.check(workspace.id, both.editKey!)).toMatchObject({ ok: true, role: 'edit' });
      expect(await workspaces.viewKeyFor(workspace.id, both.editKey!)).toBe(both.viewKey);
      const { editKey: blind } = await workspaces.rotate(workspace.id, 'edit');
      expect(await workspaces.check(workspace.id, both.viewKey!)).toMatchObject({ ok: true, role: 'view' });
      expect(await workspaces.viewKeyFor(workspace.id, blind!)).toBeNull();
    });

    it('a follow key opens its session only, can be printed again by editors, and dies when replaced', async () => {
      const nodeA = await open();
      const nodeB = await open();
      const { workspace, editKey } = await nodeA.workspaces.create('W');
      expect(await nodeA.workspaces.followKeys.current(workspace.id, 'session-1', editKey)).toBeNull();
      const followKey = await nodeA.workspaces.followKeys.rotate(workspace.id, 'session-1', editKey);
      expect(isFollowKey(followKey)).toBe(true);
      expect(await nodeB.workspaces.check(workspace.id, followKey)).toMatchObject({ ok: true, role: 'follow', sessionId: 'session-1' });
      expect(await nodeB.workspaces.followKeys.current(workspace.id, 'session-1', editKey)).toBe(followKey);
      expect((await nodeB.workspaces.get(workspace.id))!.keysRotatedAt).not.toBeNull();

      // An edit key rotation keeps follow keys working and seals them under the new edit key.
      const { editKey: newEdit } = await nodeB.workspaces.rotate(workspace.id, 'edit', editKey);
      expect(await nodeA.workspaces.followKeys.current(workspace.id, 'session-1', newEdit!)).toBe(followKey);
      expect((await nodeA.workspaces.check(workspace.id, followKey)).ok).toBe(true);

      // Without the edit key (the CLI) the new key works but cannot be printed again.
      const fromCli = await nodeB.workspaces.followKeys.rotate(workspace.id, 'session-1');
      expect(await nodeA.workspaces.check(workspace.id, followKey)).toEqual({ ok: false, reason: 'wrong_key' });
      expect((await nodeA.workspaces.check(workspace.id, fromCli)).ok).toBe(true);
      expect(await nodeA.workspaces.followKeys.current(workspace.id, 'session-1', newEdit!)).toBeNull();
    });

    it('tests every key of a workspace in one read, for the sockets of a rotation', async () => {
      const { workspaces } = await open();
      const { workspace, editKey, viewKey, commentKey } = await workspaces.create('W');
      const followKey = await workspaces.followKeys.rotate(workspace.id, 's', editKey);
      const other = await workspaces.create('Other');
      const opens = await workspaces.keyTest(workspace.id);
      expect([editKey, viewKey, commentKey, followKey, other.editKey, other.commentKey, 'nope'].map(opens)).toEqual([true, true, true, true, false, false, false]);
      expect((await workspaces.keyTest('nowhere'))(editKey)).toBe(false);
    });

    it('a comment key opens the workspace as `comment`, is recovered by editors only, and survives a rotation of the other keys', async () => {
      const nodeA = await open();
      const nodeB = await open();
      const { workspace, editKey, viewKey, commentKey } = await nodeA.workspaces.create('W');
      expect(new Set([editKey, viewKey, commentKey]).size).toBe(3);
      expect(await nodeB.workspaces.check(workspace.id, commentKey)).toEqual({ ok: true, role: 'comment', workspace });
      expect(await nodeB.workspaces.commentKeyFor(workspace.id, editKey)).toBe(commentKey);
      expect(await nodeB.workspaces.commentKeyFor(workspace.id, viewKey)).toBeNull();
      expect(await nodeB.workspaces.commentKeyFor(workspace.id, commentKey)).toBeNull();

      // The edit key rotated with the current one: the comment key still works and editors recover it.
      const { editKey: newEdit } = await nodeA.workspaces.rotate(workspace.id, 'edit', editKey);
      expect((await nodeB.workspaces.check(workspace.id, commentKey)).ok).toBe(true);
      expect(await nodeB.workspaces.commentKeyFor(workspace.id, newEdit!)).toBe(commentKey);
      // The view key and both: the comment key is left alone.
      const both = await nodeA.workspaces.rotate(workspace.id, 'both', newEdit);
      expect(both.commentKey).toBeUndefined();
      expect(await nodeB.workspaces.check(workspace.id, commentKey)).toMatchObject({ ok: true, role: 'comment' });
      expect(await nodeB.workspaces.commentKeyFor(workspace.id, both.editKey!)).toBe(commentKey);
      expect(await nodeB.workspaces.viewKeyFor(workspace.id, both.editKey!)).toBe(both.viewKey);

      // Rotating the comment key alone: the old one is refused on every node, the others keep working.
      const before = new Date(Date.now() - 1).toISOString();
      const rotated = await nodeA.workspaces.rotate(workspace.id, 'comment', both.editKey);
      expect(Object.keys(rotated)).toEqual(['commentKey']);
      expect(await nodeB.workspaces.check(workspace.id, commentKey)).toEqual({ ok: false, reason: 'wrong_key' });
      expect(await nodeB.workspaces.check(workspace.id, rotated.commentKey!)).toMatchObject({ ok: true, role: 'comment' });
      expect(await nodeB.workspaces.check(workspace.id, both.editKey!)).toMatchObject({ ok: true, role: 'edit' });
      expect(await nodeB.workspaces.check(workspace.id, both.viewKey!)).toMatchObject({ ok: true, role: 'view' });
      expect(await nodeB.workspaces.commentKeyFor(workspace.id, both.editKey!)).toBe(rotated.commentKey);
      expect(await nodeB.workspaces.viewKeyFor(workspace.id, both.editKey!)).toBe(both.viewKey);
      expect((await nodeB.workspaces.rotatedSince(before)).map((r) => r.id)).toEqual([workspace.id]);

      // The edit key rotated without the current one (the CLI): the comment link cannot be recovered.
      const { editKey: blind } = await nodeA.workspaces.rotate(workspace.id, 'edit');
      expect((await nodeB.workspaces.check(workspace.id, rotated.commentKey!)).ok).toBe(true);
      expect(await nodeB.workspaces.commentKeyFor(workspace.id, blind!)).toBeNull();
    });

    it('a workspace made before comment keys gets one on an editor’s first ask, the same one afterwards, never from another key', async () => {
      const nodeA = await open();
      const nodeB = await open();
      const { workspace, editKey, viewKey, commentKey } = await nodeA.workspaces.create('Ancien');
      await (await open.harness()).dropCommentKey(workspace.id);
      expect(await nodeB.workspaces.check(workspace.id, commentKey)).toEqual({ ok: false, reason: 'wrong_key' });
      expect(await nodeB.workspaces.commentKeyFor(workspace.id, viewKey)).toBeNull();
      const [made, again] = await Promise.all([nodeA.workspaces.commentKeyFor(workspace.id, editKey), nodeB.workspaces.commentKeyFor(workspace.id, editKey)]);
      expect(made).toMatch(/^[A-Za-z0-9_-]{43}$/);
      // Two editors asking at once get the same key: the second request reads the first one's.
      expect(again).toBe(made);
      expect(await nodeA.workspaces.commentKeyFor(workspace.id, editKey)).toBe(made);
      expect(await nodeB.workspaces.check(workspace.id, made)).toMatchObject({ ok: true, role: 'comment' });
      // Rotating the edit key with the current one keeps the comment link recoverable.
      const { editKey: nextEdit } = await nodeA.workspaces.rotate(workspace.id, 'edit', editKey);
      expect(await nodeB.workspaces.commentKeyFor(workspace.id, nextEdit!)).toBe(made);
      expect(await nodeB.workspaces.check(workspace.id, made)).toMatchObject({ ok: true, role: 'comment' });
    });
  });
}
