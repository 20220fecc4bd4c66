import { describe, expect, it } from 'vitest';
import { WorkspaceIdSchema } from '@minga/schema';
import { newWorkspaceId } from '../src/workspaces/keys.ts';

describe('newWorkspaceId', () => {
  it('gives ids the command line can take as an argument: never starting with "-", always valid', () => {
    // base64url starts with "-" once in 64 draws; 5,000 draws would meet it about 78 times.
    const ids = Array.from({ length: 5000 }, newWorkspaceId);
    expect(ids.filter((id) => id.startsWith('-'))).toEqual([]);
    for (const id of ids) expect(WorkspaceIdSchema.parse(id)).toHaveLength(16);
    expect(new Set(ids).size).toBe(ids.length);
  });
});
