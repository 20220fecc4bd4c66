import fs from 'node:fs';
import path from 'node:path';
import type { ChildProcess } from 'node:child_process';
import { afterEach, describe, expect, it } from 'vitest';
import {
  DESCRIPTION_MAX_LINES, SessionSchema, UnitListSchema, UnitSchema, computeSessionTiming, countLines, frenchTypographyFaults, proseTexts, type Session, type Unit,
} from '@minga/schema';
import { DEMO_UNITS } from '../src/demo/demoUnits.ts';
import { DEMO_SESSION } from '../src/demo/demoSession.ts';
import { DEMO_WORKSPACE_NAME, seedDemoOnFirstStart, seedDemoWorkspace } from '../src/demo/seedDemo.ts';
import { configFromEnv } from '../src/config.ts';
import { openDatabase } from '../src/storage/openDatabase.ts';
import { WorkspaceRepo } from '../src/workspaces/WorkspaceRepo.ts';
import { SqliteWorkspaceRows } from '../src/workspaces/SqliteWorkspaceRows.ts';
import { measureSlides, overflowing } from './slideSizes.ts';
import { spawnServer, startServer, tempDataDir, type TestServer } from './helpers.ts';

const cleanups: (() => Promise<unknown> | void)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

async function started(options: Parameters<typeof startServer>[0] = {}): Promise<TestServer> {
  const t = await startServer(options);
  cleanups.push(() => t.close());
  return t;
}

/** `minga serve --json` as a child process, stopped after the test. */
async function serve(dataDir: string, env: Record<string, string> = {}) {
  const server = await spawnServer(dataDir, env);
  cleanups.push(() => stop(server.child));
  return server;
}

async function stop(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((r) => child.once('exit', r));
  child.kill('SIGTERM');
  await exited;
}

const get = async (origin: string, key: string, url: string) => {
  const res = await fetch(`${origin}${url}`, { headers: { authorization: `Bearer ${key}` } });
  expect(res.status, await res.clone().text()).toBe(200);
  return res;
};

const savedDefault = (dataDir: string) =>
  JSON.parse(fs.readFileSync(path.join(dataDir, 'default-workspace.json'), 'utf8')) as { id: string; name: string; editKey: string; viewKey: string };

/** The workspaces of a data directory, read beside the server as the CLI does. */
async function withWorkspaces<T>(dataDir: string, fn: (repo: WorkspaceRepo) => Promise<T>): Promise<T> {
  const db = openDatabase(dataDir);
  try {
    return await fn(new WorkspaceRepo(new SqliteWorkspaceRows(db)));
  } finally {
    db.close();
  }
}

/** The demo's French texts: its French units, the session (French, as its units) and the workspace's name. */
const frenchDemoTexts = [
  ...DEMO_UNITS.filter((u) => u.language === 'fr').flatMap((u) => proseTexts(u, u.id)),
  ...proseTexts(DEMO_SESSION, DEMO_SESSION.id),
  ['workspace name', DEMO_WORKSPACE_NAME] as [string, string],
];

const plainText = (node: unknown): string => JSON.stringify(node).match(/"text":"[^"]*"/g)?.join(' ') ?? '';

describe('the demo content', () => {
  it('has at least six French units under CC BY-SA, each passing the unit schema unchanged', () => {
    expect(DEMO_UNITS.length).toBeGreaterThanOrEqual(6);
    for (const unit of DEMO_UNITS) {
      // Already in parsed form: what is seeded is exactly what is written here.
      expect(UnitSchema.parse(unit), unit.id).toEqual(unit);
      expect(unit.language).toBe('fr');
      expect(unit.licence).toBe('CC-BY-SA-4.0');
    }
    expect(new Set(DEMO_UNITS.map((u) => u.id)).size).toBe(DEMO_UNITS.length);
  });

  it('every unit follows the header standard: title, description of at most 3 lines, next steps, hashtags, context, participants, credits', () => {
    for (const unit of DEMO_UNITS) {
      expect(unit.title, unit.id).not.toBe('');
      expect(countLines(unit.description), unit.id).toBeGreaterThan(0);
      expect(countLines(unit.description), unit.id).toBeLessThanOrEqual(DESCRIPTION_MAX_LINES);
      expect(unit.nextSteps.length, unit.id).toBeGreaterThan(0);
      expect(unit.hashtags, unit.id).toEqual(expect.arrayContaining(['communs', 'décideurs']));
      expect(unit.context, unit.id).not.toBe('');
      expect(unit.participants, unit.id).not.toBe('');
      expect(unit.contributors.map((c) => c.name), unit.id).toContain('Réseau Minga');
    }
  });

  it('every unit has 2 to 4 objectives, a timed sequence and 3 to 6 visible slides, each with speaker notes and its step', () => {
    for (const unit of DEMO_UNITS) {
      expect(unit.objectives.length, unit.id).toBeGreaterThanOrEqual(2);
      expect(unit.objectives.length, unit.id).toBeLessThanOrEqual(4);
      expect(unit.steps.length, unit.id).toBeGreaterThan(0);
      for (const step of unit.steps) expect(step.minutes, `${unit.id} ${step.id}`).toBeGreaterThan(0);
      const visible = unit.slides.filter((s) => !s.hidden);
      expect(visible.length, unit.id).toBeGreaterThanOrEqual(3);
      expect(visible.length, unit.id).toBeLessThanOrEqual(6);
      const stepIds = new Set(unit.steps.map((step) => step.id));
      for (const slide of unit.slides) {
        expect(slide.content.content[0]?.type, `${unit.id} ${slide.id}`).toBe('heading');
        // Each slide names its step, so the speaker view times it against the right one.
        expect(stepIds.has(slide.stepId ?? ''), `${unit.id} ${slide.id} step`).toBe(true);
        expect(plainText(slide.notes), `${unit.id} ${slide.id} notes`).not.toBe('');
      }
    }
  });

  it('the units use quotes and tables somewhere, and cite their material with licences', () => {
    const types = new Set(DEMO_UNITS.flatMap((u) => u.slides.flatMap((s) => JSON.stringify(s.content).match(/"type":"\w+"/g) ?? [])));
    expect([...types]).toEqual(expect.arrayContaining(['"type":"blockquote"', '"type":"table"', '"type":"bulletList"', '"type":"heading"']));
    for (const unit of DEMO_UNITS) {
      expect(unit.materials.length, unit.id).toBeGreaterThan(0);
      for (const material of unit.materials) expect(material.licence, `${unit.id} ${material.id}`).not.toBe('');
    }
  });

  it('French text puts a non-breaking space before : ; ! ? and inside « », and uses ’ and « » rather than straight quotes', () => {
    expect(frenchDemoTexts.length).toBeGreaterThan(400);
    const problems = frenchDemoTexts.flatMap(([where, text]) => frenchTypographyFaults(text).map((fault) => `${where}: …${fault}…`));
    expect(problems).toEqual([]);
    expect(frenchDemoTexts.filter(([, text]) => /['"]/.test(text))).toEqual([]);
  });

  it('the session passes its schema and plans exactly 60 minutes from 09:30 with every unit item resolved', () => {
    const session: Session = SessionSchema.parse(DEMO_SESSION);
    expect(session).toEqual(DEMO_SESSION);
    expect(session.title).toBe('Les communs pour les décideurs');
    expect(session.objectives.length).toBeGreaterThanOrEqual(3);
    expect(session.objectives.length).toBeLessThanOrEqual(4);
    const units = new Map<string, Unit>(DEMO_UNITS.map((u) => [u.id, u]));
    const timing = computeSessionTiming(session, units);
    expect(timing.items.filter((i) => i.unitMissing)).toEqual([]);
    expect(timing.totalMinutes).toBe(60);
    expect(timing.budget).toEqual({ status: 'exact', by: 0 });
    expect(timing.start?.hhmm).toBe('09:30');
    expect(timing.end?.hhmm).toBe('10:30');
    expect(session.items[0]).toMatchObject({ kind: 'welcome', minutes: 5 });
    expect(session.items.at(-1)).toMatchObject({ kind: 'questions', minutes: 10 });
  });

  it('the session places every demo unit and each unit item serves an objective of the session', () => {
    const objectiveIds = DEMO_SESSION.objectives.map((o) => o.id);
    const unitItems = DEMO_SESSION.items.filter((i) => i.kind === 'unit');
    expect(unitItems.map((i) => i.unitId)).toEqual(DEMO_UNITS.map((u) => u.id));
    for (const item of unitItems) {
      expect(item.servesObjectiveIds?.length, item.id).toBeGreaterThan(0);
      for (const id of item.servesObjectiveIds ?? []) expect(objectiveIds).toContain(id);
    }
    expect(new Set(unitItems.flatMap((i) => i.servesObjectiveIds ?? []))).toEqual(new Set(objectiveIds));
  });
});

describe('seeding the demo workspace', () => {
  it('creates the workspace whose units are found by a search typed without accents', async () => {
    const t = await started();
    const demo = await seedDemoWorkspace(t.server.ctx);
    const info = (await (await get(t.origin, demo.viewKey, `/api/w/${demo.workspaceId}`)).json()) as { name: string; role: string };
    expect(info).toMatchObject({ name: DEMO_WORKSPACE_NAME, role: 'view' });
    const all = UnitListSchema.parse(await (await get(t.origin, demo.viewKey, `/api/w/${demo.workspaceId}/units`)).json());
    expect(all.units.map((u) => u.id).sort()).toEqual(DEMO_UNITS.map((u) => u.id).sort());
    const found = UnitListSchema.parse(await (await get(t.origin, demo.viewKey, `/api/w/${demo.workspaceId}/units?q=decideurs`)).json());
    expect(found.total).toBe(DEMO_UNITS.length);
    const hardware = UnitListSchema.parse(await (await get(t.origin, demo.viewKey, `/api/w/${demo.workspaceId}/units?q=materiel reparable`)).json());
    expect(hardware.units[0]?.id).toBe('materiel-libre-durable');
  });

  it('the seeded session reads back whole, plans 60 minutes with every unit resolved, and is listed', async () => {
    const t = await started();
    const demo = await seedDemoWorkspace(t.server.ctx);
    const base = `/api/w/${demo.workspaceId}/sessions`;
    const resolved = (await (await get(t.origin, demo.viewKey, `${base}/${demo.sessionId}/resolved`)).json()) as {
      session: Session;
      units: Record<string, Unit | null>;
      timing: { totalMinutes: number; budget: { status: string } };
    };
    const { createdAt: _c, updatedAt: _u, ...session } = resolved.session;
    expect(session).toEqual(DEMO_SESSION);
    expect(Object.values(resolved.units).every((u) => u !== null)).toBe(true);
    expect(resolved.timing).toMatchObject({ totalMinutes: 60, budget: { status: 'exact' } });
    const list = (await (await get(t.origin, demo.viewKey, base)).json()) as { sessions: { id: string; minutes: number }[] };
    expect(list.sessions).toEqual([expect.objectContaining({ id: demo.sessionId, minutes: 60 })]);
  });

  it('the seeded session presents: its offline deck holds more than 10 slides with the units’ content and notes', async () => {
    const t = await started();
    const demo = await seedDemoWorkspace(t.server.ctx);
    const res = await get(t.origin, demo.viewKey, `/api/w/${demo.workspaceId}/sessions/${demo.sessionId}/export?format=html`);
    expect(res.headers.get('content-type')).toMatch(/text\/html/);
    const html = await res.text();
    expect((html.match(/<section /g) ?? []).length).toBeGreaterThan(10);
    expect(html).toContain('Les communs pour les décideurs');
    expect(html).toContain('Le cercle vicieux à éviter');
    expect(html).toContain('class="notes"');
  });

  // The theme sets 44 px text on a 1280×720 canvas and nothing shrinks to fit: a demo slide that
  // says too much runs off the screen. Credits are paginated by the export to fit as well.
  it('every slide of the demo deck, credits included, fits the 1280×720 canvas', async () => {
    const t = await started();
    const demo = await seedDemoWorkspace(t.server.ctx);
    const res = await get(t.origin, demo.viewKey, `/api/w/${demo.workspaceId}/sessions/${demo.sessionId}/export?format=html`);
    const html = await res.text();
    const sizes = await measureSlides(html);
    expect(sizes.length).toBeGreaterThan(10);
    expect(sizes.filter((s) => s.id.startsWith('credits')).length).toBeGreaterThan(0);
    expect(overflowing(sizes)).toEqual([]);
  });

  it('seeds only into a data directory that holds no workspace yet', async () => {
    const t = await started();
    await t.server.ctx.workspaces.create('Déjà là');
    expect(await seedDemoOnFirstStart(t.dataDir, t.server.ctx)).toBeNull();
    expect((await t.server.ctx.workspaces.list()).map((w) => w.name)).toEqual(['Déjà là']);
    expect(fs.existsSync(path.join(t.dataDir, 'default-workspace.json'))).toBe(false);
  });
});

describe('MINGA_DEMO', () => {
  it('is on by default; 0, false, off or no turn it off; any other value is a readable error', () => {
    expect(configFromEnv({}).demo).toBe(true);
    for (const on of ['1', 'true', 'on', 'yes']) expect(configFromEnv({ MINGA_DEMO: on }).demo, on).toBe(true);
    for (const off of ['0', 'false', 'off', 'no']) expect(configFromEnv({ MINGA_DEMO: off }).demo, off).toBe(false);
    expect(() => configFromEnv({ MINGA_DEMO: 'maybe' })).toThrow(/MINGA_DEMO: must be 1 or 0/);
  });
});

// Each test starts `minga serve` as a child process, once or twice: slower than the rest.
describe('minga serve and the demo', { timeout: 60_000 }, () => {
  it('a first start with an empty data directory prints the link of the demo workspace, which holds the session', async () => {
    const dataDir = tempDataDir();
    const server = await serve(dataDir, { MINGA_DEMO: '1' });
    const saved = savedDefault(dataDir);
    expect(server.workspaceId).toBe(saved.id);
    expect(saved.name).toBe(DEMO_WORKSPACE_NAME);
    const sessions = (await (await get(server.origin, saved.editKey, `/api/w/${saved.id}/sessions`)).json()) as { sessions: { id: string; title: string }[] };
    expect(sessions.sessions).toEqual([expect.objectContaining({ id: DEMO_SESSION.id, title: 'Les communs pour les décideurs' })]);
    const units = UnitListSchema.parse(await (await get(server.origin, saved.editKey, `/api/w/${saved.id}/units?q=decideurs`)).json());
    expect(units.total).toBe(DEMO_UNITS.length);
  });

  it('with MINGA_DEMO=0 the first start keeps an empty default workspace', async () => {
    const dataDir = tempDataDir();
    const server = await serve(dataDir, { MINGA_DEMO: '0' });
    const saved = savedDefault(dataDir);
    expect(server.workspaceId).toBe(saved.id);
    expect(saved.name).not.toBe(DEMO_WORKSPACE_NAME);
    const units = UnitListSchema.parse(await (await get(server.origin, saved.editKey, `/api/w/${saved.id}/units`)).json());
    expect(units.total).toBe(0);
    const sessions = (await (await get(server.origin, saved.editKey, `/api/w/${saved.id}/sessions`)).json()) as { sessions: unknown[] };
    expect(sessions.sessions).toEqual([]);
  });

  it('a second start does not seed again: one workspace, the same link, the same units', async () => {
    const dataDir = tempDataDir();
    const first = await serve(dataDir, { MINGA_DEMO: '1' });
    await stop(first.child);
    const second = await serve(dataDir, { MINGA_DEMO: '1' });
    expect(second.workspaceId).toBe(first.workspaceId);
    expect((await withWorkspaces(dataDir, (repo) => repo.list())).map((w) => w.id)).toEqual([first.workspaceId]);
    const saved = savedDefault(dataDir);
    const units = UnitListSchema.parse(await (await get(second.origin, saved.viewKey, `/api/w/${saved.id}/units`)).json());
    expect(units.total).toBe(DEMO_UNITS.length);
  });

  it('a data directory that already holds a workspace gets no demo', async () => {
    const dataDir = tempDataDir();
    await withWorkspaces(dataDir, (repo) => repo.create('Atelier existant'));
    const server = await serve(dataDir, { MINGA_DEMO: '1' });
    expect(server.workspaceId).toBeNull();
    expect((await withWorkspaces(dataDir, (repo) => repo.list())).map((w) => w.name)).toEqual(['Atelier existant']);
  });
});
