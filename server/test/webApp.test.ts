import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { startServer, tempDataDir, type TestServer } from './helpers.ts';

let t: TestServer | null = null;
afterEach(async () => {
  await t?.close();
  t = null;
});

function fakeBuild(): string {
  const dir = tempDataDir();
  fs.writeFileSync(path.join(dir, 'index.html'), '<!doctype html><title>Minga</title>');
  fs.mkdirSync(path.join(dir, 'assets'));
  fs.writeFileSync(path.join(dir, 'assets', 'app-1.js'), 'console.log(1)');
  return dir;
}

describe('serving the web app', () => {
  it('every page path gets the app, files are served, and a missing asset is a 404', async () => {
    const webDir = fakeBuild();
    t = await startServer({ config: { webDir } });
    const home = await fetch(`${t.origin}/`);
    expect(home.status).toBe(200);
    expect(await home.text()).toContain('<title>Minga</title>');
    const page = await fetch(`${t.origin}/w/abc/units/xyz?key=k`);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('<title>Minga</title>');
    expect((await fetch(`${t.origin}/assets/app-1.js`)).status).toBe(200);
    expect((await fetch(`${t.origin}/assets/missing.js`)).status).toBe(404);
  });

  it('a file built after the server started is served too (a rebuild under a running server)', async () => {
    const webDir = fakeBuild();
    t = await startServer({ config: { webDir } });
    fs.writeFileSync(path.join(webDir, 'assets', 'app-2.js'), 'console.log(2)');
    const res = await fetch(`${t.origin}/assets/app-2.js`);
    expect(res.status).toBe(200);
    expect(await res.text()).toBe('console.log(2)');
  });

  it('pages carry a Content-Security-Policy that forbids inline script', async () => {
    t = await startServer({ config: { webDir: fakeBuild() } });
    const csp = (await fetch(`${t.origin}/`)).headers.get('content-security-policy') ?? '';
    const scriptSrc = /script-src([^;]*)/.exec(csp)?.[1] ?? '';
    expect(scriptSrc.trim()).toBe("'self'");
  });
});
