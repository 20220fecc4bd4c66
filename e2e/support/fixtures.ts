import { test as base, expect, type APIRequestContext, type TestInfo } from '@playwright/test';
import { Person } from './Person.ts';

/** A workspace made through the API, with the links a person would be given. */
export interface TestWorkspace {
  id: string;
  name: string;
  editKey: string;
  viewKey: string;
  commentKey: string;
  editPath: string;
  viewPath: string;
  commentPath: string;
}

export interface People {
  /** A named person arriving with a fresh browser (English unless a locale is given). */
  arrive(name: string, options?: { locale?: string }): Promise<Person>;
}

export interface Workspaces {
  /** Creates a workspace through `POST /api/workspaces`, named uniquely for this run. */
  create(label?: string): Promise<TestWorkspace>;
}

/** A name no other test or earlier run uses, so runs never see each other's data. */
export function uniqueName(testInfo: TestInfo, label: string): string {
  return `${label} ${testInfo.workerIndex}-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 6)}`;
}

/** The in-app path of a workspace link. */
export function workspacePath(id: string, key: string): string {
  return `/w/${encodeURIComponent(id)}?key=${encodeURIComponent(key)}`;
}

async function createWorkspace(request: APIRequestContext, name: string): Promise<TestWorkspace> {
  const response = await request.post('/api/workspaces', { data: { name } });
  expect(response.status(), await response.text()).toBe(201);
  const body = (await response.json()) as { id: string; name: string; editKey: string; viewKey: string; commentKey: string };
  return {
    ...body,
    editPath: workspacePath(body.id, body.editKey),
    viewPath: workspacePath(body.id, body.viewKey),
    commentPath: workspacePath(body.id, body.commentKey),
  };
}

export const test = base.extend<{ people: People; workspaces: Workspaces }>({
  people: async ({ browser, baseURL }, use) => {
    const present: Person[] = [];
    await use({
      arrive: async (name, options = {}) => {
        const person = await Person.arrive(browser, name, { baseURL: baseURL ?? '', locale: options.locale });
        present.push(person);
        return person;
      },
    });
    await Promise.all(present.map((person) => person.leave()));
  },
  workspaces: async ({ request }, use, testInfo) => {
    await use({ create: (label = 'Workspace') => createWorkspace(request, uniqueName(testInfo, label)) });
  },
});

export { expect };
