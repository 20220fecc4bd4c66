import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { UnitListSchema, UnitSchema, type Unit } from '@minga/schema';
import { REPO_ROOT, createWorkspace, runCli, startServer, tempDataDir, type TestServer } from './helpers.ts';

// The import package's own fixtures, in the repository.
const FIXTURES = path.join(REPO_ROOT, 'packages', 'import', 'fixtures');
const fixture = (name: string) => fs.readFileSync(path.join(FIXTURES, name));

let t: TestServer;
let ws: Awaited<ReturnType<typeof createWorkspace>>;
beforeEach(async () => {
  t = await startServer();
  ws = await createWorkspace(t.origin);
});
afterEach(() => t.close());

const importJson = (body: unknown, key = ws.editKey) =>
  fetch(`${t.origin}/api/w/${ws.id}/import`, { method: 'POST', headers: { authorization: `Bearer ${key}`, 'content-type': 'application/json' }, body: JSON.stringify(body) });
const importRaw = (bytes: Uint8Array, query: string) =>
  fetch(`${t.origin}/api/w/${ws.id}/import?${query}`, { method: 'POST', headers: { authorization: `Bearer ${ws.editKey}`, 'content-type': 'application/octet-stream' }, body: bytes });
const units = async (q = '') => UnitListSchema.parse(await (await fetch(`${t.origin}/api/w/${ws.id}/units?q=${encodeURIComponent(q)}`, { headers: { authorization: `Bearer ${ws.viewKey}` } })).json());

describe('import over REST', () => {
  it('a pasted pad is previewed without creating anything, then imported and found by a word typed without accents', async () => {
    const text = fixture('pads/cafe-reparation-1h.fr.txt').toString('utf8');
    const preview = await importJson({ text, dryRun: true });
    expect(preview.status).toBe(200);
    const shown = (await preview.json()) as { format: string; draft: { title: string; steps: unknown[] }; preview: unknown[] };
    expect(shown.format).toBe('pad');
    expect(shown.draft.title).toBe('Atelier « Réparer ensemble : ouvrir un café-réparation de quartier » — version d\'une heure');
    expect(shown.draft.steps).toHaveLength(6);
    expect(shown.preview.length).toBeGreaterThan(0);
    expect((await units()).total).toBe(0);

    const res = await importJson({ text, filename: 'cafe-reparation-1h.fr.txt' });
    expect(res.status).toBe(201);
    const { unit } = (await res.json()) as { unit: Unit };
    expect(unit.title).toBe(shown.draft.title);
    expect((await units('reparation')).units.map((u) => u.id)).toContain(unit.id);
    expect((await units('grainotheque')).total).toBe(0);
  });

  it('each kind of file imports as the raw body too: Carpentries episode with its minutes and licence', async () => {
    const res = await importRaw(fixture('carpentries/tableur-01-formules.md'), 'filename=tableur-01-formules.md');
    expect(res.status).toBe(201);
    const { format, unit } = (await res.json()) as { format: string; unit: Unit };
    expect(format).toBe('carpentries');
    expect(unit.licence).toBe('CC-BY-4.0');
    expect(unit.title).toBe('Calculer avec les formules d’un tableur');
    expect(unit.steps.map((s) => [s.title, s.minutes])).toEqual([['Teaching', 25], ['Exercises', 20]]);
  });

  it('a unit exported as Markdown imports back the same, field for field', async () => {
    const { unit } = (await (await importJson({ text: fixture('pads/compost-variantes.fr.txt').toString('utf8') })).json()) as { unit: Unit };
    const md = await (await fetch(`${t.origin}/api/w/${ws.id}/units/${unit.id}/export?format=md`, { headers: { authorization: `Bearer ${ws.viewKey}` } })).text();
    const back = (await (await importJson({ text: md, filename: 'x.md', dryRun: true })).json()) as { draft: Unit };
    const strip = ({ id: _i, createdAt: _c, updatedAt: _u, ...rest }: Partial<Unit>) => rest;
    expect(strip(UnitSchema.parse({ ...back.draft, id: unit.id }))).toEqual(strip(unit));
  });

  it('bad files get a clear error that says what and where, and nothing is created', async () => {
    const invalidUtf8 = new Uint8Array([...Buffer.from('Titre : Bonjour\nDescription : caf'), 0xe9, 0x0a]);
    const cases: [Promise<Response>, number, RegExp][] = [
      [importRaw(invalidUtf8, 'filename=pad.txt'), 400, /UTF-8.*line 2/],
      [importRaw(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 1, 2, 3]), 'filename=image.png'), 400, /binary|text/i],
      [importJson({ text: '---\ntitle: [unclosed\n---\nbody', filename: 'x.md' }), 400, /front matter.*line/i],
      [importJson({ text: JSON.stringify({ schemaVersion: 1, title: 'x', steps: [{ title: 'a', kind: 'talk', minutes: -5 }] }), filename: 'u.json' }), 400, /steps\[0\]\.minutes/],
      [importJson({ text: 'x'.repeat(1024 * 1024 + 10) }), 413, /.+/],
    ];
    for (const [response, status, message] of cases) {
      const res = await response;
      expect(res.status).toBe(status);
      const { error } = (await res.json()) as { error: { code: string; message: string } };
      expect(error.message).toMatch(message);
    }
    expect((await units()).total).toBe(0);
  });

  it('a view key cannot import', async () => {
    expect((await importJson({ text: 'Titre : x' }, ws.viewKey)).status).toBe(403);
  });
});

describe('minga import', () => {
  it('imports a file into a workspace and prints the new unit as JSON; wrong arguments exit 2', async () => {
    const dataDir = tempDataDir();
    const created = JSON.parse((await runCli(['workspace', 'create', '--name', 'Lille', '--json'], { MINGA_DATA_DIR: dataDir })).stdout) as { id: string };
    const file = path.join(FIXTURES, 'carpentries/tableur-02-tri.styles-format.md');
    const run = await runCli(['import', file, '--workspace', created.id, '--json'], { MINGA_DATA_DIR: dataDir });
    expect(run.code, run.stderr).toBe(0);
    const out = JSON.parse(run.stdout) as { id: string; title: string; format: string };
    expect(out.format).toBe('carpentries');
    expect(out.title).toBe('Trier et filtrer un tableau');
    expect((await runCli(['import', file], { MINGA_DATA_DIR: dataDir })).code).toBe(2);
    const missing = await runCli(['import', '/nonexistent.md', '--workspace', created.id, '--json'], { MINGA_DATA_DIR: dataDir });
    expect(missing.code).toBe(1);
  });
});
