import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { storedSetting } from '../support/sqlite';
import { expect, test } from './harness/fixtures';

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

test('a page from another origin cannot open the studio bridge, even with the token', async ({ studio }) => {
  const foreign = createServer((_req, res) =>
    res.writeHead(200, { 'Content-Type': 'text/html' }).end('<p>shop</p>'),
  );
  await new Promise<void>((resolve) => foreign.listen(0, '127.0.0.1', resolve));
  try {
    const other = await studio.page.context().newPage();
    await other.goto(`http://127.0.0.1:${(foreign.address() as AddressInfo).port}/`);
    const token = new URL(studio.server.url).hash.replace('#token=', '');
    const outcome = await other.evaluate(
      ({ bridge, token }) =>
        new Promise<string>((resolve) => {
          const ws = new WebSocket(bridge, ['crosslive-studio.v1', token]);
          ws.onopen = () => resolve('open');
          ws.onclose = (event) => resolve(`closed ${event.code}`);
        }),
      { bridge: `${studio.server.origin.replace('http', 'ws')}/studio-bridge`, token },
    );
    expect(outcome).toBe('closed 1006');
    expect(studio.server.log).toContainEqual(
      expect.objectContaining({ message: 'browser studio bridge refused' }),
    );
    expect(storedSetting(studio.dataDir, 'outputFps')).toBeUndefined();
    await other.close();
  } finally {
    foreign.close();
  }
});

test('a second page with the same address is told the studio is open elsewhere, in the browser’s language', async ({
  studio,
  browser,
}) => {
  const chinese = await browser.newContext({ locale: 'zh-CN' });
  const second = await chinese.newPage();
  await second.goto(studio.server.url);
  await expect(second.getByRole('alert')).toContainText('工作室已在另一个标签页或窗口中打开');
  // The first page still holds the studio.
  const answer = await studio.page.evaluate(() => window.studio.invoke('settings:getAll'));
  expect(answer).toMatchObject({ ok: true });
  await chinese.close();
});

test('the renderer has no Node: no require, no process', async ({ studio }) => {
  const globals = await studio.page.evaluate(() => ({
    require: typeof (window as unknown as { require?: unknown }).require,
    process: typeof (window as unknown as { process?: unknown }).process,
  }));
  expect(globals).toEqual({ require: 'undefined', process: 'undefined' });
});
