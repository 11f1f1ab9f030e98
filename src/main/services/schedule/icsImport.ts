import { createHash } from 'node:crypto';
import ICAL from 'ical.js';
import {
  marketIds,
  overlayLanguages,
  type MarketId,
  type OverlayLanguage,
} from '../../../shared/markets/markets';
import { StudioError } from '../../../shared/ipc/errors';
import { icsTimeToEpoch, type IcsZones } from './icsTime';
import { studioProperty } from './icsExport';

/** One occurrence of a calendar event, as an instant span. */
export interface IcsOccurrence {
  /** Stable across re-imports: the UID, plus the start for a recurring event's occurrences. */
  uid: string;
  title: string;
  start: number;
  end: number;
  allDay: boolean;
  notes: string;
  /** What a studio export carried along (its run of show), where present. */
  studio?: {
    markets: MarketId[];
    productIds: string[];
    sceneIds: string[];
    languages: OverlayLanguage[];
    reminderMinutes?: number;
    notes: string;
  };
}

export interface ReadIcsOptions {
  /** The zone of floating times and all-day dates: the host's. */
  floatingTimeZone: string;
  /** Recurring events are expanded within [from, to). */
  from: number;
  to: number;
  /** A cap on everything returned, against hostile or huge calendars. */
  maxOccurrences: number;
}

const maxExpansionSteps = 5000;

/** Reads the events of an iCalendar text with ical.js; throws INVALID_CALENDAR if it is not one. */
export function readIcs(text: string, options: ReadIcsOptions): IcsOccurrence[] {
  let calendar: ICAL.Component;
  try {
    calendar = new ICAL.Component(ICAL.parse(text) as unknown[]);
  } catch (error) {
    throw new StudioError('INVALID_CALENDAR', `not an iCalendar file: ${String(error)}`);
  }
  if (calendar.name !== 'vcalendar') throw new StudioError('INVALID_CALENDAR', 'no VCALENDAR');

  const zones: IcsZones = {
    floating: options.floatingTimeZone,
    embedded: new Map(
      calendar
        .getAllSubcomponents('vtimezone')
        .map((vtz) => [String(vtz.getFirstPropertyValue('tzid')), new ICAL.Timezone(vtz)]),
    ),
  };
  const occurrences: IcsOccurrence[] = [];
  for (const vevent of calendar.getAllSubcomponents('vevent')) {
    // A modified single occurrence (RECURRENCE-ID) is left to its series.
    if (vevent.hasProperty('recurrence-id')) continue;
    const event = new ICAL.Event(vevent);
    if (!event.startDate) continue;
    const tzid = startTzid(vevent);
    const first = icsTimeToEpoch(event.startDate, tzid, zones);
    const firstEnd = event.endDate ? icsTimeToEpoch(event.endDate, endTzid(vevent) ?? tzid, zones) : first;
    const length = Math.max(firstEnd - first, event.startDate.isDate ? 86_400_000 : 0);
    const studio = readStudioProperties(vevent);
    const base = {
      title: (event.summary || '').slice(0, 255),
      allDay: event.startDate.isDate,
      // A studio export's description is generated; its notes travel on their own.
      notes: studio ? studio.notes : (event.description || '').slice(0, 2000),
      studio,
    };
    const uid = event.uid || hashOf(vevent.toString());

    if (!event.isRecurring()) {
      occurrences.push({ ...base, uid, start: first, end: first + length });
    } else {
      const iterator = event.iterator();
      for (
        let step = 0, next = iterator.next();
        next && step < maxExpansionSteps;
        step++, next = iterator.next()
      ) {
        const start = icsTimeToEpoch(next, tzid, zones);
        if (start >= options.to) break;
        if (start + length <= options.from) continue;
        occurrences.push({ ...base, uid: `${uid}/${start}`, start, end: start + length });
        if (occurrences.length >= options.maxOccurrences) break;
      }
    }
    if (occurrences.length >= options.maxOccurrences) break;
  }
  return occurrences.slice(0, options.maxOccurrences);
}

function startTzid(vevent: ICAL.Component): string | undefined {
  return vevent.getFirstProperty('dtstart')?.getParameter('tzid') as string | undefined;
}

function endTzid(vevent: ICAL.Component): string | undefined {
  return vevent.getFirstProperty('dtend')?.getParameter('tzid') as string | undefined;
}

function listProperty(vevent: ICAL.Component, name: string): string[] {
  const value = vevent.getFirstPropertyValue(studioProperty(name));
  return typeof value === 'string' && value !== '' ? value.split(',').map((v) => v.trim()) : [];
}

function readStudioProperties(vevent: ICAL.Component): IcsOccurrence['studio'] {
  const markets = listProperty(vevent, 'markets').filter((m): m is MarketId =>
    (marketIds as readonly string[]).includes(m),
  );
  if (markets.length === 0) return undefined;
  const reminder = Number(vevent.getFirstPropertyValue(studioProperty('reminder')));
  return {
    markets,
    productIds: listProperty(vevent, 'products').filter((id) => id.length > 0 && id.length <= 64),
    sceneIds: listProperty(vevent, 'scenes').filter((id) => id.length > 0 && id.length <= 64),
    languages: listProperty(vevent, 'languages').filter((l): l is OverlayLanguage =>
      (overlayLanguages as readonly string[]).includes(l),
    ),
    reminderMinutes: Number.isInteger(reminder) && reminder >= 0 && reminder <= 1440 ? reminder : undefined,
    notes: String(vevent.getFirstPropertyValue(studioProperty('notes')) ?? '').slice(0, 2000),
  };
}

/** A session id from a UID: the studio's own ids come back as they left. */
export function sessionIdFromUid(uid: string): string {
  const own = /^([A-Za-z0-9_-]{1,64})@crosslive\.studio$/.exec(uid)?.[1];
  return own ?? `ics-${hashOf(uid)}`;
}

function hashOf(text: string): string {
  return createHash('sha256').update(text).digest('hex').slice(0, 24);
}
