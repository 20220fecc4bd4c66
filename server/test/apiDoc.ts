import fs from 'node:fs';
import path from 'node:path';
import { REPO_ROOT } from './helpers.ts';

/** One row of docs/API.md's keys table. */
export interface KeyRow {
  method: string;
  path: string;
  edit: string;
  view: string;
  comment: string;
  follow: string;
}

const apiDoc = () => fs.readFileSync(path.join(REPO_ROOT, 'docs/API.md'), 'utf8');

/** The table under "Keys: what each may do" in docs/API.md: every route, with what each key may do. */
export function keysTable(): KeyRow[] {
  const text = apiDoc();
  const section = text.slice(text.indexOf('## Keys: what each may do'), text.indexOf('## Endpoints'));
  return section
    .split('\n')
    .map((line) => /^\| (GET|POST|PUT|PATCH|DELETE) \| `([^`]+)` \| (\S+) \| (\S+) \| (\S+) \| (\S+) \|$/.exec(line))
    .filter((m): m is RegExpExecArray => m !== null)
    .map(([, method, p, edit, view, comment, follow]) => ({ method: method!, path: p!, edit: edit!, view: view!, comment: comment!, follow: follow! }));
}

/**
 * The endpoints docs/API.md describes in words, outside the keys table: rows of its tables
 * (`| GET / PUT | `/api/w/<ws>/…` |`) and inline mentions (`` `GET /api/catalogue` ``), as
 * `METHOD shape`, where a shape writes every parameter as `{}`: `/api/w/{}/units/{}`.
 */
export function describedEndpoints(): string[] {
  const text = apiDoc();
  const found = new Set<string>();
  const add = (methods: string, p: string) => {
    // The keys table writes `:param`; the prose writes `<ws>`: only the prose is read here.
    if (p.replace(/\?.*$/, '').includes(':')) return;
    for (const method of methods.split('/').map((m) => m.trim())) found.add(`${method} ${shapeOf(p)}`);
  };
  for (const [, methods, p] of text.matchAll(/^\| ((?:GET|POST|PUT|PATCH|DELETE)(?:\s*\/\s*(?:GET|POST|PUT|PATCH|DELETE))*) \| `([^`]+)`/gm)) add(methods!, p!);
  for (const [, method, p] of text.matchAll(/`(GET|POST|PUT|PATCH|DELETE) (\/[^`\s]*)`/g)) add(method!, p!);
  return [...found].sort();
}

/**
 * The query parameters docs/API.md names for each endpoint of its tables, as `METHOD shape` →
 * names: those in the path (`/api/w/<ws>/units?q=&tag=`) and those its row writes as `?name=` or
 * `&name=` elsewhere (the import's raw file: `?filename=&dryRun=1`).
 */
export function describedQueryParams(): Map<string, string[]> {
  const found = new Map<string, string[]>();
  for (const [line, methods, p] of apiDoc().matchAll(/^\| ((?:GET|POST|PUT|PATCH|DELETE)(?:\s*\/\s*(?:GET|POST|PUT|PATCH|DELETE))*) \| `([^`]+)`.*$/gm)) {
    if (p!.replace(/\?.*$/, '').includes(':')) continue;
    const names = [...line.matchAll(/[?&]([A-Za-z]+)=/g)].map(([, name]) => name!);
    for (const method of methods!.split('/').map((m) => m.trim())) {
      const key = `${method} ${shapeOf(p!)}`;
      found.set(key, [...new Set([...(found.get(key) ?? []), ...names])].sort());
    }
  }
  return found;
}

/** `/api/w/<ws>/units/<id>?q=` and `/api/w/{workspaceId}/units/{unitId}` both give `/api/w/{}/units/{}`. */
export function shapeOf(p: string): string {
  return p.replace(/\?.*$/, '').replace(/<[^>]+>|\{[^}]+\}|:[A-Za-z]+/g, '{}');
}
