import { expect, type APIRequestContext } from '@playwright/test';
import type { TestWorkspace } from './fixtures.ts';

/** A unit made through the API, and the paths a person would be given to open it. */
export interface TestUnit {
  id: string;
  editPath: string;
  viewPath: string;
  commentPath: string;
}

/** The in-app path of a unit's page for a key. */
export function unitPath(workspaceId: string, unitId: string, key: string): string {
  return `/w/${encodeURIComponent(workspaceId)}/units/${encodeURIComponent(unitId)}?key=${encodeURIComponent(key)}`;
}

/** Creates a unit through `POST /api/w/<ws>/units` from a draft (any field may be left out). */
export async function createUnit(request: APIRequestContext, workspace: TestWorkspace, draft: Record<string, unknown>): Promise<TestUnit> {
  const response = await request.post(`/api/w/${workspace.id}/units`, {
    headers: { Authorization: `Bearer ${workspace.editKey}` },
    data: draft,
  });
  expect(response.status(), await response.text()).toBe(201);
  const { id } = (await response.json()) as { id: string };
  return {
    id,
    editPath: unitPath(workspace.id, id, workspace.editKey),
    viewPath: unitPath(workspace.id, id, workspace.viewKey),
    commentPath: unitPath(workspace.id, id, workspace.commentKey),
  };
}

/** The unit's JSON form as the server holds it now. */
export async function unitOnServer(request: APIRequestContext, workspace: TestWorkspace, unitId: string): Promise<Record<string, unknown>> {
  const response = await request.get(`/api/w/${workspace.id}/units/${unitId}`, { headers: { Authorization: `Bearer ${workspace.editKey}` } });
  expect(response.status()).toBe(200);
  return (await response.json()) as Record<string, unknown>;
}

/** The titles the library lists now (`GET /api/w/<ws>/units`), to wait until the index caught up. */
export async function libraryTitles(request: APIRequestContext, workspace: TestWorkspace): Promise<string[]> {
  const response = await request.get(`/api/w/${workspace.id}/units`, { headers: { Authorization: `Bearer ${workspace.editKey}` } });
  expect(response.status()).toBe(200);
  const body = (await response.json()) as { units: { title: string }[] };
  return body.units.map((unit) => unit.title);
}
