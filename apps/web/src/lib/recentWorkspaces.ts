import type { Role } from '@minga/schema';
import { storedValue } from './storedValue.ts';

/** A workspace opened on this device, with the key that opened it. */
export interface RecentWorkspace {
  id: string;
  name: string;
  key: string;
  role: Role;
  /** Known only on the device that created the workspace or rotated its keys. */
  viewKey?: string;
  openedAt: string;
}

const MAX_RECENT = 20;

function parseRecent(raw: unknown): RecentWorkspace[] {
  if (!Array.isArray(raw)) return [];
  return raw.flatMap((entry: unknown): RecentWorkspace[] => {
    if (typeof entry !== 'object' || entry === null) return [];
    const { id, name, key, role, viewKey, openedAt } = entry as Record<string, unknown>;
    if (typeof id !== 'string' || typeof key !== 'string' || typeof name !== 'string') return [];
    if (role !== 'edit' && role !== 'comment' && role !== 'view') return [];
    return [{
      id,
      name,
      key,
      role,
      ...(typeof viewKey === 'string' ? { viewKey } : {}),
      openedAt: typeof openedAt === 'string' ? openedAt : new Date(0).toISOString(),
    }];
  });
}

/** Recently opened workspaces, most recent first. */
export const recentWorkspacesStore = storedValue<RecentWorkspace[]>('minga:recent-workspaces', parseRecent);

/** Adds or refreshes a workspace at the top of the list (keeps a view key learnt earlier). */
export function rememberWorkspace(entry: Omit<RecentWorkspace, 'openedAt'>): void {
  const list = recentWorkspacesStore.get();
  const previous = list.find((item) => item.id === entry.id);
  const viewKey = entry.viewKey ?? (entry.role === 'edit' ? previous?.viewKey : undefined);
  const next: RecentWorkspace = {
    ...entry,
    ...(viewKey ? { viewKey } : {}),
    openedAt: new Date().toISOString(),
  };
  recentWorkspacesStore.set([next, ...list.filter((item) => item.id !== entry.id)].slice(0, MAX_RECENT));
}

/** Forgets a workspace on this device (its keys included). */
export function forgetWorkspace(id: string): void {
  recentWorkspacesStore.set(recentWorkspacesStore.get().filter((item) => item.id !== id));
}

/** The remembered entry of a workspace, if any. */
export function findRecentWorkspace(id: string): RecentWorkspace | undefined {
  return recentWorkspacesStore.get().find((item) => item.id === id);
}
