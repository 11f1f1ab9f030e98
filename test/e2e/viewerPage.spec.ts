import { startClientPageServer } from '../sfu/clientPageServer';
import { silkScarf } from '../support/products';
import { expect, test } from './harness/fixtures';
import { isCameraGreen } from './support/pixels';
import { goLiveSellingScarf, useTestSfu } from './support/live';
import { viewerPixel } from './support/viewerPage';
import { AccessToken } from 'livekit-server-sdk';

const live = useTestSfu();

test('the viewer page plays the show, shows the featured product in the viewer’s market and language, and sends questions', async ({
  studio,
  context,
}) => {
  const { page, services } = studio;
  await goLiveSellingScarf(studio, live.sfu, 'viewer-show');

  // A LiveKit chat client listening in the room, as a moderator's tool would.
  const pages = await startClientPageServer();
  const listener = await context.newPage();
  await listener.goto(pages.origin);
  const listenerToken = new AccessToken(live.apiKey, live.apiSecret, { identity: 'chat-listener' });
  listenerToken.addGrant({ room: 'viewer-show', roomJoin: true, canSubscribe: true });
  await listener.evaluate(
    async ({ url, jwt }) => {
      const lk = await import('/livekit-client.mjs' as string);
      const room = new lk.Room();
      const heard: { text: string; from: string; attributes: Record<string, string> }[] = [];
      room.registerTextStreamHandler(
        'lk.chat',
        async (
          reader: { readAll(): Promise<string>; info: { attributes?: Record<string, string> } },
          from: { identity: string },
        ) =>
          heard.push({
            text: await reader.readAll(),
            from: from.identity,
            attributes: reader.info.attributes ?? {},
          }),
      );
      await room.connect(url, jwt);
      Object.assign(window, { heard });
    },
    { url: live.sfu.url, jwt: await listenerToken.toJwt() },
  );

  // A viewer in Brazil opens the page the studio serves.
  const { url } = await services.router
    .dispatch({ url: `${studio.page.url()}`, isMainFrame: true }, 'live:getViewerPage', undefined)
    .then((r) => {
      if (!r.ok) throw new Error(r.error.message);
      return r.value as { url: string };
    });
  const viewer = await context.newPage();
  await viewer.goto(`${url}?market=br&name=Ana`);
  await expect(viewer.getByRole('status', { name: 'CrossLive' })).toHaveText('Ao vivo', { timeout: 15_000 });
  await expect(viewer.locator('html')).toHaveAttribute('lang', 'pt');
  await expect.poll(async () => isCameraGreen(await viewerPixel(viewer)), { timeout: 10_000 }).toBe(true);

  // The studio's status bar says what the viewer's page reports it gets (every 5 s).
  await expect(page.getByRole('contentinfo').getByLabel('Show statistics')).toContainText(
    /viewers get (360|720|1080)p · [1-9]\d* fps · \d+(\.\d)? freezes\/min/,
    { timeout: 15_000 },
  );

  const product = viewer.getByRole('region', { name: silkScarf.name });
  await expect(product).toContainText(/R\$\s189,90/);
  await expect(product).toContainText('Envio em 7–12 dias');
  await expect(product.getByRole('link', { name: 'Comprar agora' })).toHaveAttribute(
    'href',
    'https://shop.example/br/silk-scarf',
  );

  await viewer.getByLabel('Pergunte ao apresentador').fill('Qual é o prazo de entrega para Recife?');
  await viewer.getByRole('button', { name: 'Enviar' }).click();
  await expect(viewer.getByRole('status').filter({ hasText: 'Enviado' })).toBeVisible();
  await expect
    .poll(() => listener.evaluate(() => (window as unknown as { heard: unknown[] }).heard))
    .toEqual([
      {
        text: 'Qual é o prazo de entrega para Recife?',
        from: expect.stringMatching(/^viewer-/),
        attributes: { language: 'pt', 'crosslive.market': 'br' },
      },
    ]);

  // The same viewer switches to Saudi Arabia: Arabic, right to left, the price in riyals.
  await viewer.getByRole('combobox').selectOption('sa');
  await expect(viewer.locator('html')).toHaveAttribute('dir', 'rtl');
  await expect(viewer.getByRole('status', { name: 'CrossLive' })).toHaveText('مباشر', { timeout: 15_000 });
  await expect(viewer.getByRole('region', { name: silkScarf.name })).toContainText('١٤٩٫٠٠ ر.س.');
  await expect(viewer.getByRole('link', { name: 'اشترِ الآن' })).toHaveAttribute(
    'href',
    'https://shop.example/sa/silk-scarf',
  );

  // The card leaves the program: the page says nothing is featured. Then the show ends.
  // (One scene: preview and program are the same, so the edit is live.)
  await page
    .getByRole('list', { name: 'Sources' })
    .getByRole('listitem')
    .filter({ hasText: 'Product card' })
    .getByRole('button', { name: 'Hide' })
    .click();
  await expect(viewer.getByText('لا يُعرض أي منتج الآن')).toBeVisible();
  await page.getByRole('button', { name: 'End show' }).click();
  await expect(viewer.getByRole('status', { name: 'CrossLive' })).toHaveText('يبدأ البث قريبًا', {
    timeout: 15_000,
  });
  await pages.close();
});
