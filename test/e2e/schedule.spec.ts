import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { Temporal } from 'temporal-polyfill';
import type { Session } from '../../src/shared/schedule/session';
import { expect, test } from './harness/fixtures';

/** A zone's clock over a span, worked out independently of the studio's code. */
function clockIn(zone: string, t: number, end = t): { label: string; minutes: number } {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-GB', { timeZone: zone, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' })
      .formatToParts(t)
      .map((p) => [p.type, p.value]),
  );
  // As the en-US page shows it.
  const label = new Intl.DateTimeFormat('en-US', {
    timeZone: zone,
    hour: '2-digit',
    minute: '2-digit',
  }).formatRange(t, end);
  return { label, minutes: Number(parts.hour) * 60 + Number(parts.minute) };
}

/** A session as main stores it, for tests that set the schedule up without the UI. */
function session(overrides: Partial<Session> & Pick<Session, 'id' | 'title' | 'start'>): Session {
  return {
    durationMinutes: 60,
    markets: ['us-east'],
    productIds: [],
    sceneIds: [],
    languages: [],
    reminderMinutes: 0,
    notes: '',
    ...overrides,
  };
}

async function openSchedule(page: Page): Promise<void> {
  await page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: 'Schedule' }).click();
  await expect(page.getByRole('heading', { name: 'Best times' })).toBeVisible();
}

/** Pages forward through the weeks until the session's block shows. */
async function findBlock(page: Page, id: string) {
  const block = page.locator(`[data-session-id="${id}"]`).first();
  for (let i = 0; i < 4 && !(await block.isVisible()); i++) {
    await page.getByRole('button', { name: 'Next week' }).click();
  }
  await expect(block).toBeVisible();
  return block;
}

/** The block's distance from the top of its day column, in minutes of the day (0.75 px a minute). */
async function minutesFromTop(page: Page, id: string): Promise<number> {
  return page
    .locator(`[data-session-id="${id}"]`)
    .first()
    .evaluate((el) => Math.round(parseFloat((el as HTMLElement).style.insetBlockStart) / 0.75));
}

test('a session planned from a suggestion sits at the right local time under two host time zones', async ({
  studio,
}) => {
  const { page } = studio;
  studio.services.settings.update({ hostTimeZone: 'Asia/Shanghai' });
  await openSchedule(page);

  // Indonesia alone: its 19:00–22:00 evening is 20:00–23:00 in Shanghai, inside the host's default hours.
  await page
    .getByRole('combobox', { name: /Importance of United States/ })
    .first()
    .selectOption('0');
  await page.getByRole('combobox', { name: 'Importance of Indonesia' }).selectOption('3');
  await page.getByRole('combobox', { name: 'Length' }).selectOption('120');
  const first = page.getByRole('list', { name: 'Suggested times' }).getByRole('listitem').first();
  await expect(first).toContainText('Indonesia');
  await expect(first).toContainText('100% of peak');
  await first.getByRole('button', { name: 'Plan a session here' }).click();

  const editor = page.getByRole('form', { name: 'New session' });
  await editor.getByLabel('Title').fill('Batik evening');
  await editor.getByRole('button', { name: 'Save session' }).click();
  await expect(page.getByRole('form', { name: 'Session' })).toBeVisible();

  const [saved] = studio.services.schedule.state().sessions;
  if (!saved) throw new Error('no session saved');
  expect(saved).toMatchObject({ title: 'Batik evening', markets: ['id'], durationMinutes: 120 });
  // The suggestion is inside Indonesia's default evening peak (19:00–22:00 Jakarta).
  const jakarta = clockIn('Asia/Jakarta', saved.start).minutes;
  expect(jakarta).toBeGreaterThanOrEqual(19 * 60);
  expect(jakarta + 120).toBeLessThanOrEqual(22 * 60);

  const block = await findBlock(page, saved.id);
  const end = saved.start + 120 * 60_000;
  const shanghai = clockIn('Asia/Shanghai', saved.start, end);
  await expect(block).toContainText(shanghai.label);
  expect(await minutesFromTop(page, saved.id)).toBe(shanghai.minutes);
  // The block also gives the market's own clock: Jakarta is an hour behind Shanghai.
  const jakartaStart = new Intl.DateTimeFormat('en-US', {
    timeZone: 'Asia/Jakarta',
    hour: '2-digit',
    minute: '2-digit',
  }).format(saved.start);
  await expect(block).toContainText(`ID ${jakartaStart}`);

  // The host flies to São Paulo: the same instant, another place on the calendar.
  studio.services.settings.update({ hostTimeZone: 'America/Sao_Paulo' });
  await expect(page.getByText('Times on your clock (America/Sao_Paulo)', { exact: false })).toBeVisible();
  const saoPaulo = clockIn('America/Sao_Paulo', saved.start, end);
  const moved = await findBlock(page, saved.id);
  await expect(moved).toContainText(saoPaulo.label);
  expect(await minutesFromTop(page, saved.id)).toBe(saoPaulo.minutes);
  expect(saoPaulo.minutes).not.toBe(shanghai.minutes);
});

test('a session is dragged to another day and hour on the host clock', async ({ studio }) => {
  const { page } = studio;
  studio.services.settings.update({ hostTimeZone: 'Europe/Madrid' });
  await openSchedule(page);
  // 10:00 on Monday of this week in Madrid, the calendar's first column.
  const today = Temporal.Now.plainDateISO('Europe/Madrid');
  const start = today
    .subtract({ days: today.dayOfWeek - 1 })
    .toZonedDateTime({ timeZone: 'Europe/Madrid', plainTime: '10:00' }).epochMilliseconds;
  studio.services.schedule.saveSession(
    session({ id: 'drag-me', title: 'Warehouse tour', start, markets: ['es'], languages: ['es'] }),
  );
  const block = page.locator('[data-session-id="drag-me"]');
  await expect(block).toBeVisible();
  const before = clockIn('Europe/Madrid', start);

  const box = await block.boundingBox();
  const column = await page.getByRole('gridcell').first().boundingBox();
  if (!box || !column) throw new Error('no layout');
  await page.mouse.move(box.x + box.width / 2, box.y + 5);
  await page.mouse.down();
  await page.mouse.move(box.x + box.width / 2 + column.width, box.y + 5 + 45, { steps: 8 });
  await page.mouse.up();

  await expect.poll(() => studio.services.schedule.state().sessions[0]?.start).not.toBe(start);
  const after = studio.services.schedule.state().sessions[0]?.start ?? 0;
  expect(clockIn('Europe/Madrid', after).minutes).toBe(before.minutes + 60);
  expect(Math.round((after - start) / 3_600_000)).toBe(25);

  // The keyboard moves it too: up a quarter hour.
  await block.focus();
  await page.keyboard.press('ArrowUp');
  await expect.poll(() => studio.services.schedule.state().sessions[0]?.start).toBe(after - 15 * 60_000);
});

test('a reminder raises a notification and opens the studio ready for the session', async ({
  studio,
  context,
}) => {
  const { page } = studio;
  await context.grantPermissions(['notifications']);
  await page.evaluate(() => {
    const shown: string[] = [];
    (window as unknown as { shownNotifications: string[] }).shownNotifications = shown;
    const Real = window.Notification;
    class Recording extends Real {
      constructor(title: string, options?: NotificationOptions) {
        super(title, options);
        shown.push(title);
      }
    }
    Object.defineProperty(window, 'Notification', { value: Recording });
  });
  const [scene] = studio.services.scenes.load()?.scenes ?? [];
  await openSchedule(page);
  studio.services.schedule.saveSession(
    session({
      id: 'soon',
      title: 'Brazil flash sale',
      start: Math.ceil((Date.now() + 5 * 60_000) / 60_000) * 60_000,
      durationMinutes: 30,
      markets: ['br'],
      sceneIds: scene ? [scene.id] : [],
      languages: ['pt'],
      reminderMinutes: 10,
    }),
  );

  const notice = page.getByRole('status', { name: 'Starting soon' });
  await expect(notice).toContainText('“Brazil flash sale” starts at');
  await expect
    .poll(() =>
      page.evaluate(() => (window as unknown as { shownNotifications: string[] }).shownNotifications),
    )
    .toEqual(['Brazil flash sale']);
  await notice.getByRole('button', { name: 'Open the studio for it' }).click();

  await expect(page.getByRole('combobox', { name: 'Viewer market' })).toHaveValue('br');
  await expect(notice).toBeHidden();
});

test('calendars: an .ics file imports, the schedule exports, and the team calendar marks busy time', async ({
  studio,
}) => {
  const { page } = studio;
  studio.services.settings.update({ hostTimeZone: 'Europe/Berlin' });
  await openSchedule(page);
  await page.getByRole('tab', { name: 'Calendars' }).click();

  await page
    .locator('input[type=file][accept*=".ics"]')
    .setInputFiles({ name: 'bad.ics', mimeType: 'text/calendar', buffer: Buffer.from('<html>login</html>') });
  await expect(page.getByRole('alert')).toHaveText('This is not a calendar file the studio can read (.ics).');

  // An export of one session, imported into the same studio, updates rather than duplicates it.
  const tour = session({
    id: 'export-me',
    title: 'Factory tour',
    start: Math.ceil((Date.now() + 3 * 86_400_000) / 900_000) * 900_000,
    durationMinutes: 45,
    markets: ['de', 'fr'],
    languages: ['de'],
    reminderMinutes: 15,
  });
  studio.services.schedule.saveSession(tour);
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export .ics' }).click();
  const file = await (await download).path();
  const text = readFileSync(file, 'utf8');
  expect(text).toContain('SUMMARY:Factory tour');
  expect(text).toContain('X-CROSSLIVE-MARKETS;VALUE=TEXT:de\\,fr');
  await page
    .locator('input[type=file][accept*=".ics"]')
    .setInputFiles({ name: 'schedule.ics', mimeType: 'text/calendar', buffer: Buffer.from(text) });
  await expect(page.getByRole('status').filter({ hasText: 'Imported' })).toHaveText(
    'Imported 1 sessions; skipped 0 all-day or unreadable entries.',
  );
  expect(studio.services.schedule.state().sessions).toEqual([tour]);

  // The team's calendar, served locally, overlapping the session: busy time and a conflict.
  const team = teamCalendarAt(tour.start);
  const server = await serve(team);
  try {
    await page.getByLabel('Team calendar address').fill(server.url);
    await page.getByRole('button', { name: 'Save' }).first().click();
    await expect(page.getByText(/^1 events, read/)).toBeVisible();
    const block = await findBlock(page, 'export-me');
    await expect(block).toContainText('Overlaps');
    await expect(page.locator('.week__busy', { hasText: 'Supplier visit' }).first()).toBeVisible();
  } finally {
    server.server.close();
  }
});

function teamCalendarAt(start: number): string {
  const stamp = (t: number): string => new Date(t).toISOString().replace(/[-:]/g, '').replace(/\.\d+/, '');
  return [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Team//EN',
    'BEGIN:VEVENT',
    'UID:visit-1',
    `DTSTAMP:${stamp(start)}`,
    `DTSTART:${stamp(start - 15 * 60_000)}`,
    `DTEND:${stamp(start + 15 * 60_000)}`,
    'SUMMARY:Supplier visit',
    'END:VEVENT',
    'END:VCALENDAR',
    '',
  ].join('\r\n');
}

async function serve(body: string): Promise<{ url: string; server: Server }> {
  const server = createServer((_req, res) => {
    res.writeHead(200, { 'content-type': 'text/calendar' });
    res.end(body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { server, url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/team.ics` };
}
