import { readFile } from 'node:fs/promises';
import type { Browser, Download, Locator, Page } from '@playwright/test';
import { silkScarf } from '../support/products';
import { expect, test } from './harness/fixtures';
import { goLiveSellingScarf, useTestSfu } from './support/live';

const live = useTestSfu();

/** A viewer in a browser of their own (one browser is one viewer), watching in a market. */
async function viewer(
  browser: Browser,
  url: string,
  market: string,
  name: string,
  onAir: string,
): Promise<Page> {
  const context = await browser.newContext();
  // The shop's product pages, so the buy link has somewhere to open.
  await context.route('https://shop.example/**', (route) =>
    route.fulfill({ contentType: 'text/html', body: '<title>Shop</title>' }),
  );
  const page = await context.newPage();
  await page.goto(`${url}?market=${market}&name=${name}`);
  await expect(page.getByRole('status', { name: 'CrossLive' })).toHaveText(onAir, { timeout: 15_000 });
  return page;
}

/** Clicks the buy link: it opens the shop at once (the click is counted on the side). */
async function buy(page: Page, link: string, href: string): Promise<void> {
  const opened = page.waitForEvent('popup');
  await page.getByRole('link', { name: link }).click();
  const shop = await opened;
  await shop.waitForLoadState();
  expect(shop.url()).toContain(href);
  await shop.close();
}

async function downloaded(page: Page, click: () => Promise<void>): Promise<{ name: string; text: string }> {
  const download: Promise<Download> = page.waitForEvent('download');
  await click();
  const file = await download;
  return { name: file.suggestedFilename(), text: await readFile(await file.path(), 'utf8') };
}

/**
 * The bar's height in the chart's screenshot, at the centre of category `index` of `count`. The
 * PNG is read in a blank page (`scratch`): the studio's CSP rightly refuses to fetch data: URLs.
 */
async function barHeight(scratch: Page, chart: Locator, index: number, count: number): Promise<number> {
  const shot = (await chart.screenshot()).toString('base64');
  const box = await chart.boundingBox();
  const plot = await chart.locator('.u-over').boundingBox();
  if (!box || !plot) throw new Error('chart not laid out');
  const x = plot.x - box.x + ((index + 0.5) / count) * plot.width;
  return scratch.evaluate(
    async ({ shot, x, top, bottom }) => {
      const image = await createImageBitmap(await (await fetch(`data:image/png;base64,${shot}`)).blob());
      const canvas = new OffscreenCanvas(image.width, image.height);
      const ctx = canvas.getContext('2d');
      if (!ctx) return -1;
      ctx.drawImage(image, 0, 0);
      // Up from the x axis while the pixel is the bars' blue (#4f8cff).
      let height = 0;
      for (let y = Math.floor(bottom) - 2; y > top; y--) {
        const [r = 0, g = 0, b = 0] = ctx.getImageData(Math.round(x), y, 1, 1).data;
        if (Math.abs(r - 0x4f) > 24 || Math.abs(g - 0x8c) > 24 || Math.abs(b - 0xff) > 24) break;
        height++;
      }
      return height;
    },
    { shot, x, top: plot.y - box.y, bottom: plot.y - box.y + plot.height },
  );
}

test('a show with three viewers in two markets: the dashboard follows it, and the report counts what was done and draws it', async ({
  studio,
  browser,
}) => {
  test.slow();
  const { page, services } = studio;
  await goLiveSellingScarf(studio, live.sfu, 'report-show');

  const url = await services.viewerPage.url();
  const ana = await viewer(browser, url, 'br', 'Ana', 'Ao vivo');
  const bia = await viewer(browser, url, 'br', 'Bia', 'Ao vivo');
  const li = await viewer(browser, url, 'sa', 'Li', 'مباشر');

  const dashboard = page.getByRole('region', { name: 'Show figures' });
  const byMarket = dashboard.getByRole('list', { name: 'Viewers by market' });
  await expect(byMarket.getByRole('listitem')).toHaveText(['Brazil2', 'Saudi Arabia1'], { timeout: 15_000 });

  await buy(ana, 'Comprar agora', 'shop.example/br/silk-scarf');
  await buy(ana, 'Comprar agora', 'shop.example/br/silk-scarf');
  await buy(bia, 'Comprar agora', 'shop.example/br/silk-scarf');
  await buy(li, 'اشترِ الآن', 'shop.example/sa/silk-scarf');
  await ana.getByLabel('Pergunte ao apresentador').fill('Qual é o prazo de entrega para Recife?');
  await ana.getByRole('button', { name: 'Enviar' }).click();
  await li.getByLabel('اسأل المقدّم').fill('هل يوجد لون أزرق؟');
  await li.getByRole('button', { name: 'إرسال' }).click();

  await expect(dashboard.getByRole('list', { name: 'Buy clicks by product' })).toHaveText(
    `${silkScarf.name}4`,
    { timeout: 15_000 },
  );
  const card = page
    .getByRole('list', { name: 'Viewer questions' })
    .getByRole('listitem', { name: 'Qual é o prazo de entrega para Recife?' });
  await card.click();
  await card.getByRole('button', { name: 'Mark answered' }).click();
  await expect(dashboard.getByRole('definition').nth(1)).toHaveText('1', { timeout: 15_000 });

  await page.getByRole('button', { name: 'End show' }).click();
  await expect(dashboard).toContainText('Figures start when you go live', { timeout: 15_000 });

  await page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: 'Reports' }).click();
  const report = page.getByRole('article');
  const totals = report.getByLabel('Show totals');
  const figure = (name: string) =>
    totals
      .locator('div')
      .filter({ has: page.locator('dt').getByText(name, { exact: true }) })
      .locator('dd');
  await expect(figure('Viewers')).toHaveText('3');
  await expect(figure('Peak viewers')).toHaveText('3');
  await expect(figure('Buy clicks')).toHaveText('4');
  await expect(figure('Questions')).toHaveText('2');
  await expect(figure('Answered')).toHaveText('1');
  await expect(figure('Unanswered at the end')).toHaveText('1');

  const markets = report.getByRole('table', { name: 'Figures by market' });
  await expect(markets.getByRole('row', { name: /Brazil/ })).toHaveText(/Brazil\s*2\s*2\s*1\s*3/);
  await expect(markets.getByRole('row', { name: /Saudi Arabia/ })).toHaveText(/Saudi Arabia\s*1\s*1\s*1\s*1/);
  const clicks = report.getByRole('table', { name: 'Click-through' });
  await expect(clicks.getByRole('columnheader')).toHaveText(['Product', 'Brazil', 'Saudi Arabia']);
  await expect(clicks.getByRole('row', { name: silkScarf.name }).getByRole('cell')).toHaveText([
    '3 · 100%',
    '1 · 100%',
  ]);
  await expect(report.getByRole('list', { name: 'Top questions' })).toContainText('هل يوجد لون أزرق؟');

  // Every chart drawn; the clicks chart's bars stand 3 to 1, Brazil to Saudi Arabia.
  const charts = report.locator('.chart');
  await expect(charts).toHaveCount(5);
  for (const chart of await charts.all()) await expect(chart).toHaveAttribute('data-drawn', 'true');
  const clicksChart = report.getByRole('img', { name: 'Buy clicks by product and market' });
  const scratch = await (await browser.newContext()).newPage();
  const brazil = await barHeight(scratch, clicksChart, 0, 2);
  const saudi = await barHeight(scratch, clicksChart, 1, 2);
  expect(saudi).toBeGreaterThan(10);
  expect(brazil / saudi).toBeGreaterThan(2.8);
  expect(brazil / saudi).toBeLessThan(3.2);
  await page.screenshot({ path: test.info().outputPath('report.png'), fullPage: true });

  const csv = await downloaded(page, () => report.getByRole('button', { name: 'Export data (CSV)' }).click());
  expect(csv.name).toMatch(/^crosslive-show-.*\.csv$/);
  const [header, ...rows] = csv.text.trim().split('\r\n');
  expect(header).toBe(
    'minute_utc,host_time,viewers_br,viewers_sa,viewers_total,questions,answered,comments,buy_clicks_br,buy_clicks_sa,on_air',
  );
  const column = (name: string) =>
    rows.reduce((sum, row) => sum + Number(row.split(',')[header?.split(',').indexOf(name) ?? -1]), 0);
  expect([column('buy_clicks_br'), column('buy_clicks_sa'), column('questions'), column('answered')]).toEqual(
    [3, 1, 2, 1],
  );

  const html = await downloaded(page, () =>
    report.getByRole('button', { name: 'Export report (HTML)' }).click(),
  );
  expect(html.name).toMatch(/^crosslive-show-.*\.html$/);
  expect(html.text.match(/<img src="data:image\/png;base64,/g)).toHaveLength(5);
  expect(html.text).toContain('Buy clicks by product and market');
  expect(html.text).not.toContain('Export data (CSV)');
  expect(html.text).not.toMatch(/<script/i);
});
