import { execFileSync } from 'node:child_process';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DEMO_SESSION } from '../src/demo/demoSession.ts';
import { createWorkspace, pdfPageCount, startServer, type TestServer } from './helpers.ts';

// The promotional sheet as decision-makers receive it: the server's PDF, drawn by Chromium, read
// back with pdftotext (poppler-utils, installed by .ci/run like Chromium). Nothing may be cut.

let t: TestServer;
let ws: Awaited<ReturnType<typeof createWorkspace>>;
beforeEach(async () => {
  t = await startServer();
  ws = await createWorkspace(t.origin);
});
afterEach(() => t.close());

/** The text of a PDF, white space folded so that line breaks do not matter. */
function pdfText(pdf: Buffer): string {
  let out: string;
  try {
    out = execFileSync('pdftotext', ['-enc', 'UTF-8', '-', '-'], { input: pdf, encoding: 'utf8' });
  } catch (error) {
    throw new Error("pdftotext (poppler-utils) is needed to read the sheet back: apt-get install -y poppler-utils", { cause: error });
  }
  return out.replace(/\s+/g, ' ');
}

const fold = (text: string) => text.replace(/\s+/g, ' ').trim();

async function sheetPdf(session: Record<string, unknown>): Promise<Buffer> {
  const created = await fetch(`${t.origin}/api/w/${ws.id}/sessions`, {
    method: 'POST', headers: { authorization: `Bearer ${ws.editKey}`, 'content-type': 'application/json' }, body: JSON.stringify(session),
  });
  expect(created.status, await created.clone().text()).toBe(201);
  const { id } = (await created.json()) as { id: string };
  const res = await fetch(`${t.origin}/api/w/${ws.id}/sessions/${id}/export?format=sheet-pdf`, { headers: { authorization: `Bearer ${ws.viewKey}` } });
  expect(res.headers.get('content-type')).toBe('application/pdf');
  return Buffer.from(await res.arrayBuffer());
}

const demoFields = {
  title: DEMO_SESSION.title, audience: DEMO_SESSION.audience, date: DEMO_SESSION.date, place: DEMO_SESSION.place, startTime: DEMO_SESSION.startTime,
  promotionalDescription: DEMO_SESSION.promotionalDescription,
  objectives: DEMO_SESSION.objectives.map((o) => ({ text: o.text })),
  facilitators: DEMO_SESSION.facilitators,
};

describe('the promotional sheet as a PDF', () => {
  it('prints the demo’s whole invitation on one page, to its last word', async () => {
    const INVITATION = DEMO_SESSION.promotionalDescription;
    expect(INVITATION).toHaveLength(619);
    const pdf = await sheetPdf(demoFields);
    expect(pdfPageCount(pdf)).toBe(1);
    const text = pdfText(pdf);
    expect(text).toContain(fold(INVITATION));
    for (const objective of DEMO_SESSION.objectives) expect(text).toContain(fold(objective.text));
    expect(text).toContain('Amel, Bastien, Claire, Yann');
  });

  it('runs a long invitation onto a second page rather than cutting it', async () => {
    const INVITATION = DEMO_SESSION.promotionalDescription;
    const description = Array.from({ length: 4 }, (_, i) => `Paragraphe ${i + 1}. ${INVITATION}`).join('\n');
    const objectives = Array.from({ length: 10 }, (_, i) => ({ text: `Objectif ${i + 1} : ${INVITATION.slice(0, 150 + i * 10)}` }));
    const pdf = await sheetPdf({ ...demoFields, promotionalDescription: description, objectives });
    expect(pdfPageCount(pdf)).toBe(2);
    const text = pdfText(pdf);
    for (const paragraph of description.split('\n')) expect(text).toContain(fold(paragraph));
    for (const objective of objectives) expect(text).toContain(fold(objective.text));
    expect(text).not.toContain('…');
  });
});
