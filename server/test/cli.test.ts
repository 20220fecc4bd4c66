import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { WorkspaceWithKeysSchema } from '@minga/schema';
import { connectClient, runCli, spawnServer, synced, tempDataDir, waitFor, type TestClient } from './helpers.ts';

const clients: TestClient[] = [];
const kills: (() => void)[] = [];
afterEach(() => {
  for (const c of clients.splice(0)) c.destroy();
  for (const k of kills.splice(0)) k();
});

// Each run starts a Node process with tsx: seconds apiece on a busy two-core machine, so these
// tests get a generous bound (a limit, not a measure: timings live in `npm run bench`).
describe('minga CLI', { timeout: 90_000 }, () => {
  it('workspace create --json prints exactly one JSON document with id, name, keys and edit URL', async () => {
    const dataDir = tempDataDir();
    const run = await runCli(['workspace', 'create', '--name', 'Atelier Lille', '--json'], { MINGA_DATA_DIR: dataDir, PORT: '4321' });
    expect(run.code).toBe(0);
    const ws = WorkspaceWithKeysSchema.strict().parse(JSON.parse(run.stdout));
    expect(ws.name).toBe('Atelier Lille');
    expect(ws.url).toBe(`http://localhost:4321/w/${ws.id}?key=${ws.editKey}`);
    expect(new Set([ws.editKey, ws.viewKey, ws.commentKey]).size).toBe(3);
  });

  it('rotate-keys --which comment replaces the comment key alone', async () => {
    const dataDir = tempDataDir();
    const created = WorkspaceWithKeysSchema.parse(JSON.parse((await runCli(['workspace', 'create', '--name', 'W', '--json'], { MINGA_DATA_DIR: dataDir })).stdout));
    const run = await runCli(['workspace', 'rotate-keys', created.id, '--which', 'comment', '--json'], { MINGA_DATA_DIR: dataDir });
    expect(run.code).toBe(0);
    const rotated = z.strictObject({ id: z.string(), name: z.string(), commentKey: z.string() }).parse(JSON.parse(run.stdout));
    expect(rotated.commentKey).not.toBe(created.commentKey);
  });

  it('workspace list --json lists what was created, without keys', async () => {
    const dataDir = tempDataDir();
    await runCli(['workspace', 'create', '--name', 'Un'], { MINGA_DATA_DIR: dataDir });
    await runCli(['--data-dir', dataDir, 'workspace', 'create', '--name', 'Deux']);
    const run = await runCli(['workspace', 'list', '--json'], { MINGA_DATA_DIR: dataDir });
    expect(run.code).toBe(0);
    const list = z.array(z.strictObject({ id: z.string(), name: z.string(), createdAt: z.string() })).parse(JSON.parse(run.stdout));
    expect(list.map((w) => w.name)).toEqual(['Un', 'Deux']);
  });

  it('wrong arguments print the usage and exit with code 2', async () => {
    const cases = [['workspace', 'create'], ['nonsense'], ['workspace', 'rotate-keys', 'bad id!'], ['workspace', 'create', '--name', '   '], ['workspace', 'rotate-keys', 'abc', '--which', 'all']];
    const runs = await Promise.all(cases.map((args) => runCli(args, { MINGA_DATA_DIR: tempDataDir() })));
    runs.forEach((run, i) => {
      const args = cases[i]!.join(' ');
      expect(run.code, args).toBe(2);
      expect(run.stderr, args).toMatch(/error|usage/i);
      expect(run.stdout, args).toBe('');
    });
  });

  it('rotate-keys of an unknown workspace fails with exit 1 and a JSON error under --json', async () => {
    const run = await runCli(['workspace', 'rotate-keys', 'NoSuchWorkspace0', '--json'], { MINGA_DATA_DIR: tempDataDir() });
    expect(run.code).toBe(1);
    expect(JSON.parse(run.stdout)).toEqual({ error: { code: 'workspace_not_found', message: expect.any(String) } });
  });

  it('rotate-keys on a running server cuts its open sockets and prints the new keys', async () => {
    const dataDir = tempDataDir();
    const server = await spawnServer(dataDir);
    kills.push(() => server.child.kill('SIGKILL'));
    const created = WorkspaceWithKeysSchema.parse(JSON.parse((await runCli(['workspace', 'create', '--name', 'W', '--json'], { MINGA_DATA_DIR: dataDir })).stdout));
    const amel = connectClient(server.wsOrigin, created.id, 'general-pad', created.editKey);
    clients.push(amel);
    await synced(amel);
    const run = await runCli(['workspace', 'rotate-keys', created.id, '--json'], { MINGA_DATA_DIR: dataDir });
    expect(run.code).toBe(0);
    const rotated = JSON.parse(run.stdout) as { editKey: string; viewKey: string };
    expect(rotated.editKey).not.toBe(created.editKey);
    await waitFor(() => !amel.provider.shouldConnect || !amel.provider.wsconnected, 'socket cut', 8000);
  });

  it('backup while the server runs, then restore after it stopped, brings the data back', async () => {
    const dataDir = tempDataDir();
    const server = await spawnServer(dataDir);
    kills.push(() => server.child.kill('SIGKILL'));
    expect(server.workspaceId).toBeTruthy();
    const saved = JSON.parse(fs.readFileSync(path.join(dataDir, 'default-workspace.json'), 'utf8')) as { id: string; editKey: string };
    const amel = connectClient(server.wsOrigin, saved.id, 'general-pad', saved.editKey);
    clients.push(amel);
    await synced(amel);
    amel.doc.getText('t').insert(0, 'avant la sauvegarde');
    // The server stores an update before it passes it on: once another client has it, it is on disk.
    const witness = connectClient(server.wsOrigin, saved.id, 'general-pad', saved.editKey);
    clients.push(witness);
    await waitFor(() => witness.doc.getText('t').toString() === 'avant la sauvegarde', 'the edit to reach the server and another client');

    const backupFile = path.join(tempDataDir(), 'minga-backup.db');
    const backup = await runCli(['backup', '--out', backupFile, '--json'], { MINGA_DATA_DIR: dataDir });
    expect(backup.code).toBe(0);
    expect(JSON.parse(backup.stdout)).toEqual({ file: backupFile, bytes: expect.any(Number) });

    amel.doc.getText('t').insert(0, 'après : ');
    // A restore under a running server is refused.
    const refused = await runCli(['restore', backupFile], { MINGA_DATA_DIR: dataDir });
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(/running/);

    server.child.kill('SIGTERM');
    await new Promise((r) => server.child.once('exit', r));
    const restore = await runCli(['restore', backupFile, '--json'], { MINGA_DATA_DIR: dataDir });
    expect(restore.code).toBe(0);
    expect(fs.existsSync(JSON.parse(restore.stdout).previous)).toBe(true);

    const again = await spawnServer(dataDir);
    kills.push(() => again.child.kill('SIGKILL'));
    const yann = connectClient(again.wsOrigin, saved.id, 'general-pad', saved.editKey);
    clients.push(yann);
    await synced(yann);
    expect(yann.doc.getText('t').toString()).toBe('avant la sauvegarde');
  });

  it('restore refuses a file that is not a Minga backup, and changes nothing', async () => {
    const dataDir = tempDataDir();
    await runCli(['workspace', 'create', '--name', 'Garde'], { MINGA_DATA_DIR: dataDir });
    const junk = path.join(tempDataDir(), 'junk.db');
    fs.writeFileSync(junk, 'not a database at all');
    const run = await runCli(['restore', junk], { MINGA_DATA_DIR: dataDir });
    expect(run.code).toBe(1);
    const list = await runCli(['workspace', 'list', '--json'], { MINGA_DATA_DIR: dataDir });
    expect(JSON.parse(list.stdout)).toHaveLength(1);
  });

  it('export writes a session as a file, from the data directory, even while the server runs', async () => {
    const dataDir = tempDataDir();
    const server = await spawnServer(dataDir);
    kills.push(() => server.child.kill('SIGKILL'));
    const saved = JSON.parse(fs.readFileSync(path.join(dataDir, 'default-workspace.json'), 'utf8')) as { id: string; editKey: string };
    const res = await fetch(`${server.origin}/api/w/${saved.id}/sessions`, {
      method: 'POST',
      headers: { authorization: `Bearer ${saved.editKey}`, 'content-type': 'application/json' },
      body: JSON.stringify({ title: 'Déroulé exporté', startTime: '10:00', items: [{ kind: 'welcome', title: 'Accueil', minutes: 10 }] }),
    });
    const { id } = (await res.json()) as { id: string };
    const out = path.join(tempDataDir(), 'deroule.md');
    const run = await runCli(['export', id, '--workspace', saved.id, '--format', 'md', '--out', out, '--json'], { MINGA_DATA_DIR: dataDir });
    expect(run.code, run.stderr).toBe(0);
    expect(JSON.parse(run.stdout)).toEqual({ file: out, bytes: expect.any(Number), format: 'md' });
    const md = fs.readFileSync(out, 'utf8');
    expect(md).toContain('Déroulé exporté');
    expect(md).toContain('10:00');

    // A PDF goes through the shared Chromium, which the one-shot command closes before it exits:
    // a browser left open would keep the process alive (the bound is far above a normal run).
    const pdfOut = path.join(tempDataDir(), 'presentation.pdf');
    const started = Date.now();
    const pdfRun = await runCli(['export', id, '--workspace', saved.id, '--format', 'sheet-pdf', '--out', pdfOut, '--json'], { MINGA_DATA_DIR: dataDir });
    expect(pdfRun.code, pdfRun.stderr).toBe(0);
    expect(Date.now() - started).toBeLessThan(45_000);
    expect(fs.readFileSync(pdfOut).subarray(0, 5).toString()).toBe('%PDF-');

    const missing = await runCli(['export', 'nope', '--workspace', saved.id, '--format', 'md', '--out', out, '--json'], { MINGA_DATA_DIR: dataDir });
    expect(missing.code).toBe(1);
    expect(JSON.parse(missing.stdout).error.code).toBe('not_found');
    const badFormat = await runCli(['export', id, '--workspace', saved.id, '--format', 'docx', '--out', out], { MINGA_DATA_DIR: dataDir });
    expect(badFormat.code).toBe(2);
  });

  it('speaks French when the locale is French', async () => {
    const run = await runCli(['workspace', 'list'], { MINGA_DATA_DIR: tempDataDir(), MINGA_LANG: 'fr_FR.UTF-8' });
    expect(run.stdout).toContain('Aucun espace de travail');
  });
});
