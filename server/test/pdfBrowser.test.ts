// The shared Chromium of PDF exports, with the real Chromium: launched once and reused, shared by
// concurrent exports, closed when idle and with the server, launched again after a crash.
import { execFileSync } from 'node:child_process';
import { afterEach, describe, expect, it } from 'vitest';
import { EXAMPLE_UNIT, UnitSchema } from '@minga/schema';
import type { Config } from '../src/config.ts';
import { createWorkspace, pdfPageCount, startServer, waitFor, type TestServer } from './helpers.ts';

let t: TestServer | null = null;
afterEach(async () => {
  await t?.close();
  t = null;
});

/** Chromium browser processes this test process started (Playwright drives them over a pipe). */
function chromiumProcesses(): number[] {
  let out: string;
  try {
    out = execFileSync('ps', ['-o', 'pid=,args=', '--ppid', String(process.pid)], { encoding: 'utf8' });
  } catch {
    return []; // ps exits 1 when there is no child
  }
  return out
    .split('\n')
    .filter((line) => /chrom/i.test(line) && line.includes('--remote-debugging-pipe'))
    .map((line) => Number(line.trim().split(/\s+/)[0]));
}

async function serverWithUnit(config: Partial<Config> = {}) {
  t = await startServer({ config });
  const server = t;
  const ws = await createWorkspace(server.origin);
  const { createdAt: _c, updatedAt: _u, ...example } = EXAMPLE_UNIT;
  const res = await fetch(`${server.origin}/api/w/${ws.id}/units`, {
    method: 'POST',
    headers: { authorization: `Bearer ${ws.editKey}`, 'content-type': 'application/json' },
    body: JSON.stringify({ ...example, id: 'export-me' }),
  });
  const unit = UnitSchema.parse(await res.json());
  const exportPdf = async () => {
    const response = await fetch(`${server.origin}/api/w/${ws.id}/units/${unit.id}/export?format=pdf`, { headers: { authorization: `Bearer ${ws.viewKey}` } });
    expect(response.status, await response.clone().text().catch(() => '')).toBe(200);
    const pdf = Buffer.from(await response.arrayBuffer());
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    expect(pdfPageCount(pdf)).toBeGreaterThan(1);
    return pdf;
  };
  return { server, pdf: server.server.ctx.pdf, exportPdf, ws, unit };
}

describe('the shared PDF browser', () => {
  it('is launched by the first export and reused by the next ones', async () => {
    const { pdf, exportPdf } = await serverWithUnit();
    expect(pdf.running).toBe(false);
    expect(pdf.launches).toBe(0);
    await exportPdf();
    expect(pdf.running).toBe(true);
    const [browserPid] = chromiumProcesses();
    await exportPdf();
    await exportPdf();
    expect(pdf.launches).toBe(1);
    expect(chromiumProcesses()).toEqual([browserPid]);
  });

  it('serves concurrent exports from one launch, two pages at a time, the others queued', async () => {
    const { pdf, exportPdf } = await serverWithUnit({ pdfMaxPages: 2 });
    // Straight to the module: the queue is visible as soon as the calls are made.
    const html = '<!doctype html><title>x</title><p>Bonjour</p>';
    const direct = [pdf.render(html), pdf.render(html), pdf.render(html)];
    expect(pdf.load).toEqual({ rendering: 2, waiting: 1 });
    let most = 0;
    const watch = setInterval(() => (most = Math.max(most, pdf.load.rendering)), 5);
    const [viaHttp] = await Promise.all([Promise.all([exportPdf(), exportPdf()]), Promise.all(direct)]).finally(() => clearInterval(watch));
    expect(viaHttp).toHaveLength(2);
    for (const buffer of await Promise.all(direct)) expect(buffer.subarray(0, 5).toString()).toBe('%PDF-');
    expect(most).toBeLessThanOrEqual(2);
    expect(pdf.launches).toBe(1);
    expect(pdf.load).toEqual({ rendering: 0, waiting: 0 });
  });

  it('is closed after the idle time, and launched again by the next export', async () => {
    // Idle from the end of the render: the reply, its reading and `ps` come first, and take
    // 200–400 ms on a loaded 2-core machine, so a 300 ms idle time could close it before `ps` looked.
    const { pdf, exportPdf } = await serverWithUnit({ pdfIdleMs: 2000 });
    await exportPdf();
    const [browserPid] = chromiumProcesses();
    expect(browserPid).toBeGreaterThan(0);
    await waitFor(() => !pdf.running, 'the idle browser to close', 10_000);
    await waitFor(() => !chromiumProcesses().includes(browserPid!), 'the Chromium process to exit', 10_000);
    await exportPdf();
    expect(pdf.launches).toBe(2);
  });

  it('is closed with the server', async () => {
    const { server, pdf, exportPdf } = await serverWithUnit();
    await exportPdf();
    const [browserPid] = chromiumProcesses();
    await server.close();
    t = null;
    expect(pdf.running).toBe(false);
    await waitFor(() => !chromiumProcesses().includes(browserPid!), 'the Chromium process to exit');
    await expect(pdf.render('<p>x</p>')).rejects.toThrow(/shut down/);
  });

  it('is launched again after it was killed', async () => {
    const { pdf, exportPdf } = await serverWithUnit();
    await exportPdf();
    const [browserPid] = chromiumProcesses();
    process.kill(browserPid!, 'SIGKILL');
    await waitFor(() => !pdf.running, 'the killed browser to be noticed');
    await exportPdf();
    expect(pdf.launches).toBe(2);
    expect(pdf.running).toBe(true);
    expect(chromiumProcesses()).not.toContain(browserPid);
  });

  it('finishes an export whose browser was killed under it, in a new browser', async () => {
    const { pdf, exportPdf } = await serverWithUnit();
    const exporting = exportPdf();
    await waitFor(() => pdf.running && chromiumProcesses().length > 0, 'the browser to be up', 30_000);
    const [browserPid] = chromiumProcesses();
    process.kill(browserPid!, 'SIGKILL');
    await exporting;
    expect(pdf.launches).toBe(2);
  });

  it('answers 501 no_pdf when the server has no Chromium', async () => {
    const { server, ws, unit, pdf } = await serverWithUnit();
    const previous = process.env.MINGA_CHROMIUM;
    process.env.MINGA_CHROMIUM = '/nonexistent/chromium';
    try {
      const res = await fetch(`${server.origin}/api/w/${ws.id}/units/${unit.id}/export?format=pdf`, { headers: { authorization: `Bearer ${ws.viewKey}` } });
      expect(res.status).toBe(501);
      expect(((await res.json()) as { error: { code: string } }).error.code).toBe('no_pdf');
      expect(pdf.launches).toBe(0);
    } finally {
      if (previous === undefined) delete process.env.MINGA_CHROMIUM;
      else process.env.MINGA_CHROMIUM = previous;
    }
  });
});
