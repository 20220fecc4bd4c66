import { beforeEach, describe, expect, it, vi } from 'vitest';
import { forgetWorkspace, recentWorkspacesStore, rememberWorkspace } from './recentWorkspaces.ts';

function memoryStorage(): Storage {
  const items = new Map<string, string>();
  return {
    get length() {
      return items.size;
    },
    clear: () => items.clear(),
    getItem: (key) => items.get(key) ?? null,
    key: (index) => [...items.keys()][index] ?? null,
    removeItem: (key) => void items.delete(key),
    setItem: (key, value) => void items.set(key, String(value)),
  };
}

describe('recent workspaces', () => {
  beforeEach(() => {
    vi.stubGlobal('localStorage', memoryStorage());
  });

  it('lists the last opened first, once each', () => {
    rememberWorkspace({ id: 'a', name: 'A', key: 'ka', role: 'edit' });
    rememberWorkspace({ id: 'b', name: 'B', key: 'kb', role: 'view' });
    rememberWorkspace({ id: 'a', name: 'A renamed', key: 'ka', role: 'edit' });
    expect(recentWorkspacesStore.get().map((entry) => [entry.id, entry.name])).toEqual([['a', 'A renamed'], ['b', 'B']]);
  });

  it('keeps the view key learnt at creation when the edit link is opened again', () => {
    rememberWorkspace({ id: 'a', name: 'A', key: 'edit', role: 'edit', viewKey: 'view' });
    rememberWorkspace({ id: 'a', name: 'A', key: 'edit', role: 'edit' });
    expect(recentWorkspacesStore.get()[0]?.viewKey).toBe('view');
  });

  it('forgets the view key when the workspace is reopened with a view link', () => {
    rememberWorkspace({ id: 'a', name: 'A', key: 'edit', role: 'edit', viewKey: 'view' });
    rememberWorkspace({ id: 'a', name: 'A', key: 'view', role: 'view' });
    expect(recentWorkspacesStore.get()[0]).not.toHaveProperty('viewKey');
  });

  it('keeps at most 20 and can forget one', () => {
    for (let i = 0; i < 25; i++) rememberWorkspace({ id: `w${i}`, name: `W${i}`, key: 'k', role: 'edit' });
    expect(recentWorkspacesStore.get()).toHaveLength(20);
    forgetWorkspace('w24');
    expect(recentWorkspacesStore.get().some((entry) => entry.id === 'w24')).toBe(false);
  });

  it('survives whatever was stored by hand or by an older version', () => {
    localStorage.setItem('minga:recent-workspaces', '{not json');
    expect(recentWorkspacesStore.get()).toEqual([]);
    localStorage.setItem('minga:recent-workspaces', JSON.stringify([{ id: 'a' }, 42, { id: 'b', name: 'B', key: 'k', role: 'admin' }, { id: 'c', name: 'C', key: 'k', role: 'view' }]));
    expect(recentWorkspacesStore.get().map((entry) => entry.id)).toEqual(['c']);
  });
});
