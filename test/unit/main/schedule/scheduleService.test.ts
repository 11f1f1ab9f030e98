import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Session } from '../../../../src/shared/schedule/session';
import { buildServices, trustedSender } from '../../../support/services';
import { makeTempDir } from '../../../support/tempDir';

const fixture = (name: string): string =>
  readFileSync(join(import.meta.dirname, '../../../fixtures/calendars', name), 'utf8');

function session(overrides: Partial<Session> = {}): Session {
  return {
    id: 'show-1',
    title: 'Spring scarves',
    start: Date.parse('2026-03-10T23:00:00Z'),
    durationMinutes: 90,
    markets: ['us-east'],
    productIds: [],
    sceneIds: [],
    languages: ['en'],
    reminderMinutes: 10,
    notes: '',
    ...overrides,
  };
}

/** A local web server answering every request with one fixed reply. */
async function serve(
  status: number,
  body: string | Buffer,
  type = 'text/calendar',
): Promise<{ url: string; server: Server }> {
  const server = createServer((_req, res) => {
    res.writeHead(status, { 'content-type': type });
    res.end(body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { server, url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/team/basic.ics` };
}

describe('the schedule in SQLite', () => {
  let dir: ReturnType<typeof makeTempDir>;
  const servers: Server[] = [];
  beforeEach(() => {
    dir = makeTempDir();
  });
  afterEach(() => {
    for (const s of servers.splice(0)) s.close();
    dir.remove();
  });

  it('keeps sessions, edited peak hours and availability across a restart', async () => {
    const first = buildServices(dir.path);
    await first.router.dispatch(trustedSender, 'schedule:saveSession', session());
    await first.router.dispatch(trustedSender, 'schedule:savePeaks', {
      market: 'uk',
      windows: [{ days: [6, 7], start: 600, end: 720, weight: 0.5 }],
    });
    await first.router.dispatch(trustedSender, 'schedule:saveAvailability', {
      workingHours: [{ days: [1, 2, 3], start: 540, end: 1020 }],
      daysOff: ['2026-03-20'],
    });
    first.close();

    const second = buildServices(dir.path);
    const state = second.schedule.state();
    expect(state.sessions).toEqual([session()]);
    expect(state.peaks.find((p) => p.market === 'uk')).toEqual({
      market: 'uk',
      windows: [{ days: [6, 7], start: 600, end: 720, weight: 0.5 }],
      edited: true,
    });
    expect(state.peaks.find((p) => p.market === 'de')?.edited).toBe(false);
    expect(state.availability.daysOff).toEqual(['2026-03-20']);
    await second.router.dispatch(trustedSender, 'schedule:resetPeaks', { market: 'uk' });
    expect(second.schedule.state().peaks.find((p) => p.market === 'uk')?.edited).toBe(false);
    second.close();
  });

  it('refuses malformed sessions and windows without touching what is stored', async () => {
    const services = buildServices(dir.path);
    await services.router.dispatch(trustedSender, 'schedule:saveSession', session());
    for (const bad of [
      session({ title: '   ' }),
      session({ markets: [] }),
      session({ durationMinutes: 5 }),
      { ...session(), markets: ['atlantis'] },
      { ...session(), extra: true },
    ]) {
      expect(await services.router.dispatch(trustedSender, 'schedule:saveSession', bad)).toMatchObject({
        ok: false,
        error: { code: 'INVALID_PAYLOAD' },
      });
    }
    expect(
      await services.router.dispatch(trustedSender, 'schedule:savePeaks', {
        market: 'uk',
        windows: [{ days: [], start: 600, end: 600, weight: 1 }],
      }),
    ).toMatchObject({ ok: false, error: { code: 'INVALID_PAYLOAD' } });
    expect(services.schedule.state().sessions).toEqual([session()]);
    expect(
      await services.router.dispatch(trustedSender, 'schedule:deleteSession', { id: 'nope' }),
    ).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND' },
    });
    services.close();
  });

  it('imports an .ics file as sessions, skips all-day entries, and does not duplicate on re-import', async () => {
    const services = buildServices(dir.path, { now: () => Date.parse('2026-03-01T00:00:00Z') });
    const request = {
      text: fixture('google-recurring.ics'),
      defaultMarket: 'de' as const,
      untitled: 'Live show',
    };
    expect(await services.router.dispatch(trustedSender, 'schedule:importIcs', request)).toEqual({
      ok: true,
      value: { imported: 4, skipped: 1 },
    });
    await services.router.dispatch(trustedSender, 'schedule:importIcs', request);
    const sessions = services.schedule.state().sessions;
    expect(sessions).toHaveLength(4);
    expect(sessions.every((s) => s.markets.join() === 'de')).toBe(true);
    expect(sessions.map((s) => s.title)).toContain('Supplier call');

    expect(
      await services.router.dispatch(trustedSender, 'schedule:importIcs', { ...request, text: 'hello' }),
    ).toMatchObject({ ok: false, error: { code: 'INVALID_CALENDAR' } });
    services.close();
  });

  it('exports sessions that import back unchanged into a fresh studio', async () => {
    const first = buildServices(dir.path);
    const original = session({
      markets: ['us-east', 'br'],
      sceneIds: ['a', 'b'],
      languages: ['en', 'pt'],
      notes: 'bring samples',
    });
    await first.router.dispatch(trustedSender, 'schedule:saveSession', original);
    const exported = first.schedule.exportIcs();
    first.close();

    const other = makeTempDir();
    const second = buildServices(other.path, { now: () => Date.parse('2026-03-01T00:00:00Z') });
    await second.router.dispatch(trustedSender, 'schedule:importIcs', {
      text: exported,
      defaultMarket: 'jp',
      untitled: 'x',
    });
    const [back] = second.schedule.state().sessions;
    expect(back).toEqual(original);
    second.close();
    other.remove();
  });

  it('reads the team calendar from its address, keeps the last copy when it fails, and caps the size', async () => {
    const services = buildServices(dir.path, { now: () => Date.parse('2026-03-10T00:00:00Z') });
    const good = await serve(200, fixture('google-recurring.ics'));
    const missing = await serve(404, 'not here', 'text/html');
    const huge = await serve(200, Buffer.alloc(6 * 1024 * 1024, 65));
    const html = await serve(200, '<html>login</html>', 'text/html');
    servers.push(good.server, missing.server, huge.server, html.server);

    services.secrets.set('teamCalendarUrl', good.url);
    const read = await services.router.dispatch(trustedSender, 'schedule:refreshTeamCalendar', undefined);
    expect(read).toMatchObject({ ok: true });
    const events = services.schedule.state().teamCalendar.events;
    expect(events.map((e) => e.title).sort()).toEqual([
      'Factory holiday',
      'Supplier call',
      'Warehouse stand-up',
      'Warehouse stand-up',
      'Warehouse stand-up',
    ]);

    for (const [url, code] of [
      [missing.url, 'NETWORK_FAILED'],
      [huge.url, 'INVALID_CALENDAR'],
      [html.url, 'INVALID_CALENDAR'],
      ['http://127.0.0.1:9/refused.ics', 'NETWORK_FAILED'],
      ['file:///etc/passwd', 'INVALID_PAYLOAD'],
    ] as const) {
      services.secrets.set('teamCalendarUrl', url);
      expect(
        await services.router.dispatch(trustedSender, 'schedule:refreshTeamCalendar', undefined),
      ).toMatchObject({
        ok: false,
        error: { code },
      });
      expect(services.schedule.state().teamCalendar.events).toHaveLength(5);
    }

    services.secrets.clear('teamCalendarUrl');
    await services.router.dispatch(trustedSender, 'schedule:refreshTeamCalendar', undefined);
    expect(services.schedule.state().teamCalendar).toEqual({
      configured: false,
      events: [],
      fetchedAt: null,
    });
    services.close();
  });
});

describe('reminders', () => {
  let dir: ReturnType<typeof makeTempDir>;
  beforeEach(() => {
    dir = makeTempDir();
  });
  afterEach(() => dir.remove());

  it('fire once when due, again only after the session moves, and catch up after a restart', async () => {
    // Sessions start on whole minutes; the studio's clock is shifted so this one's reminder falls due in 300 ms.
    const soon = Math.ceil((Date.now() + 11 * 60_000) / 60_000) * 60_000;
    const shift = soon - 10 * 60_000 - 300 - Date.now();
    const first = buildServices(dir.path, { now: () => Date.now() + shift });
    const reminders: unknown[] = [];
    first.events.connect((event, payload) => {
      if (event === 'schedule:onReminder') reminders.push(payload);
    });
    first.start();
    await first.router.dispatch(trustedSender, 'schedule:saveSession', session({ start: soon }));
    expect(reminders).toEqual([]);
    await expect.poll(() => reminders.length, { timeout: 3000 }).toBe(1);
    expect(reminders[0]).toEqual({ sessionId: 'show-1', title: 'Spring scarves', start: soon });

    // Saved again at the same time: no second reminder. Moved (a minute earlier): a new one.
    await first.router.dispatch(
      trustedSender,
      'schedule:saveSession',
      session({ start: soon, title: 'Renamed' }),
    );
    await new Promise((r) => setTimeout(r, 100));
    expect(reminders).toHaveLength(1);
    await first.router.dispatch(trustedSender, 'schedule:saveSession', session({ start: soon - 60_000 }));
    await expect.poll(() => reminders.length, { timeout: 3000 }).toBe(2);

    // A reminder that fell due while the studio was closed goes out at the next start.
    await first.router.dispatch(
      trustedSender,
      'schedule:saveSession',
      session({ id: 'show-2', start: soon + 10 * 60_000 }),
    );
    first.close();
    const later = buildServices(dir.path, { now: () => soon + 5 * 60_000 });
    const missed: unknown[] = [];
    later.events.connect((event, payload) => {
      if (event === 'schedule:onReminder') missed.push(payload);
    });
    later.start();
    expect(missed).toMatchObject([{ sessionId: 'show-2' }]);
    later.close();
  });
});
