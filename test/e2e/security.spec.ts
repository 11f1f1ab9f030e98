import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { storedSetting } from '../support/sqlite';
import { expect, test } from './harness/fixtures';
import { installStudioBridge } from './harness/studioBridge';

test('the production CSP blocks inline script and foreign frames', async ({ studio }) => {
  const { page } = studio;
  const response = await page.request.get(page.url());
  expect(response.headers()['content-security-policy']).toContain("script-src 'self'");

  const violations = await page.evaluate(async () => {
    const seen: string[] = [];
    document.addEventListener('securitypolicyviolation', (e) => seen.push(e.effectiveDirective));
    const script = document.createElement('script');
    script.textContent = 'window.__injected = true';
    document.body.append(script);
    const frame = document.createElement('iframe');
    frame.src = 'https://example.com/';
    document.body.append(frame);
    await new Promise((resolve) => setTimeout(resolve, 300));
    return { seen, injected: (window as unknown as { __injected?: boolean }).__injected === true };
  });
  expect(violations.injected).toBe(false);
  expect(violations.seen).toEqual(expect.arrayContaining(['script-src-elem', 'frame-src']));
});

test('a page from another origin cannot call the studio', async ({ studio }) => {
  const foreign = createServer((_req, res) =>
    res.writeHead(200, { 'Content-Type': 'text/html' }).end('<p>shop</p>'),
  );
  await new Promise<void>((resolve) => foreign.listen(0, '127.0.0.1', resolve));
  try {
    const other = await studio.page.context().newPage();
    await installStudioBridge(other, () => studio.services.router);
    await other.goto(`http://127.0.0.1:${(foreign.address() as AddressInfo).port}/`);
    const result = await other.evaluate(() => window.studio.invoke('settings:update', { outputFps: 60 }));
    expect(result).toMatchObject({ ok: false, error: { code: 'FORBIDDEN_SENDER' } });
    expect(storedSetting(studio.dataDir, 'outputFps')).toBeUndefined();
    await other.close();
  } finally {
    foreign.close();
  }
});

test('the renderer has no Node: no require, no process', async ({ studio }) => {
  const globals = await studio.page.evaluate(() => ({
    require: typeof (window as unknown as { require?: unknown }).require,
    process: typeof (window as unknown as { process?: unknown }).process,
  }));
  expect(globals).toEqual({ require: 'undefined', process: 'undefined' });
});
