import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { StudioError } from '../../../../src/shared/ipc/errors';
import type { Session } from '../../../../src/shared/schedule/session';
import { sessionsToIcs } from '../../../../src/main/services/schedule/icsExport';
import { readIcs, sessionIdFromUid } from '../../../../src/main/services/schedule/icsImport';

const fixture = (name: string): string =>
  readFileSync(join(import.meta.dirname, '../../../fixtures/calendars', name), 'utf8');
const iso = (t: number): string => new Date(t).toISOString();
const window = {
  from: Date.parse('2026-03-01T00:00:00Z'),
  to: Date.parse('2026-06-01T00:00:00Z'),
  maxOccurrences: 100,
};

const show: Session = {
  id: 'show-1',
  title: 'Silk scarves, spring colours; a long title that needs folding across several calendar lines',
  start: Date.parse('2026-03-10T23:00:00Z'),
  durationMinutes: 90,
  markets: ['us-east', 'uk', 'br'],
  productIds: ['scarf-1', 'scarf-2'],
  sceneIds: ['scene-a', 'scene-b'],
  languages: ['en', 'pt'],
  reminderMinutes: 15,
  notes: 'Line one\nLine two, with a comma; and a semicolon',
};

describe('iCalendar import', () => {
  it('reads a Google calendar: IANA TZIDs, weekly recurrence with an exception across a DST change', () => {
    const events = readIcs(fixture('google-recurring.ics'), { ...window, floatingTimeZone: 'Asia/Shanghai' });
    const standups = events.filter((e) => e.title === 'Warehouse stand-up');
    // 10:00 in Berlin: CET (UTC+1) before 29 March, CEST (UTC+2) after; 23 March is excluded.
    expect(standups.map((e) => iso(e.start))).toEqual([
      '2026-03-16T09:00:00.000Z',
      '2026-03-30T08:00:00.000Z',
      '2026-04-06T08:00:00.000Z',
    ]);
    expect(standups.every((e) => e.end - e.start === 3_600_000)).toBe(true);
    expect(new Set(standups.map((e) => e.uid)).size).toBe(3);

    const holiday = events.find((e) => e.title === 'Factory holiday');
    expect(holiday).toMatchObject({ allDay: true });
    // An all-day date is a day on the host's clock (Shanghai, UTC+8).
    expect(iso(holiday?.start ?? 0)).toBe('2026-03-19T16:00:00.000Z');
    expect(iso(events.find((e) => e.title === 'Supplier call')?.start ?? 0)).toBe('2026-03-18T02:00:00.000Z');
  });

  it('reads an Outlook calendar whose TZID is a Windows zone name, and floating times', () => {
    const events = readIcs(fixture('outlook-windows-zone.ics'), {
      ...window,
      floatingTimeZone: 'America/Sao_Paulo',
    });
    const review = events.find((e) => e.title === 'Sample review');
    expect(iso(review?.start ?? 0)).toBe('2026-03-17T12:00:00.000Z');
    expect(((review?.end ?? 0) - (review?.start ?? 0)) / 60_000).toBe(90);
    // No zone at all: it happens at 09:00 on the host's clock (São Paulo, UTC-3).
    expect(iso(events.find((e) => e.title === 'Floating rehearsal')?.start ?? 0)).toBe(
      '2026-03-19T12:00:00.000Z',
    );
  });

  it.each([
    ['an HTML page', '<!doctype html><html><body>Sign in</body></html>'],
    ['an empty file', ''],
    ['a vCard', 'BEGIN:VCARD\r\nVERSION:4.0\r\nFN:Someone\r\nEND:VCARD\r\n'],
  ])('refuses %s as INVALID_CALENDAR', (_label, text) => {
    let error: unknown;
    try {
      readIcs(text, { ...window, floatingTimeZone: 'UTC' });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(StudioError);
    expect((error as StudioError).code).toBe('INVALID_CALENDAR');
  });

  it('caps what a huge recurring calendar can produce', () => {
    const text = [
      'BEGIN:VCALENDAR',
      'VERSION:2.0',
      'BEGIN:VEVENT',
      'UID:flood',
      'DTSTART:20260301T000000Z',
      'DTEND:20260301T000100Z',
      'RRULE:FREQ=MINUTELY',
      'SUMMARY:flood',
      'END:VEVENT',
      'END:VCALENDAR',
    ].join('\r\n');
    expect(readIcs(text, { ...window, floatingTimeZone: 'UTC' })).toHaveLength(100);
  });
});

describe('iCalendar export', () => {
  const text = sessionsToIcs([show], {
    productNames: new Map([['scarf-1', 'Mulberry silk scarf']]),
    now: Date.parse('2026-03-01T00:00:00Z'),
  });

  it('writes RFC 5545 text: CRLF lines folded at 75 octets, times in UTC, an alarm', () => {
    const lines = text.split('\r\n');
    expect(lines.every((line) => Buffer.byteLength(line) <= 75)).toBe(true);
    expect(text).toContain('DTSTART:20260310T230000Z');
    expect(text).toContain('DTEND:20260311T003000Z');
    expect(text).toContain('TRIGGER:-PT15M');
    const vevent = new ICAL.Component(ICAL.parse(text) as unknown[]).getFirstSubcomponent('vevent');
    if (!vevent) throw new Error('no VEVENT');
    const event = new ICAL.Event(vevent);
    expect(event.summary).toBe(show.title);
    // The description spells out each market's local start: 19:00 (EDT) in New York.
    expect(event.description).toMatch(/US \(east\): .*07:00\sPM\sEDT/);
    expect(event.description).toContain('Mulberry silk scarf');
  });

  it('round-trips a session, run of show included, through the parser', () => {
    const [back] = readIcs(text, { ...window, floatingTimeZone: 'Asia/Tokyo' });
    expect(back).toMatchObject({
      title: show.title,
      start: show.start,
      end: show.start + 90 * 60_000,
      notes: expect.stringContaining(show.notes) as string,
      studio: {
        markets: show.markets,
        productIds: show.productIds,
        sceneIds: show.sceneIds,
        languages: show.languages,
        reminderMinutes: 15,
      },
    });
    expect(sessionIdFromUid(back?.uid ?? '')).toBe('show-1');
  });
});
