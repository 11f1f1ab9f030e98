import ICAL from 'ical.js';
import { marketById } from '../../../shared/markets/markets';
import { sessionEnd, type Session } from '../../../shared/schedule/session';

/** Our own properties, which carry a session's run of show through a calendar and back. */
export const studioProperty = (name: string): string => `x-crosslive-${name}`;

export interface IcsExportContext {
  /** Product names by id, for the description people read. */
  productNames: ReadonlyMap<string, string>;
  now: number;
}

/**
 * Sessions as an iCalendar text. Times are written in UTC: a session is an
 * instant, so every calendar shows it at the right local time in any zone, and
 * no VTIMEZONE (which would go stale) is needed. Each market's local start is
 * spelled out in the description for the people who read it.
 */
export function sessionsToIcs(sessions: readonly Session[], context: IcsExportContext): string {
  const calendar = new ICAL.Component(['vcalendar', [], []]);
  calendar.updatePropertyWithValue('prodid', '-//CrossLive Studio//Schedule//EN');
  calendar.updatePropertyWithValue('version', '2.0');
  calendar.updatePropertyWithValue('calscale', 'GREGORIAN');
  for (const session of sessions) calendar.addSubcomponent(sessionToEvent(session, context));
  return foldByOctets(calendar.toString()) + '\r\n';
}

/**
 * RFC 5545 §3.1 folds lines at 75 octets; ical.js folds at 75 UTF-16 units,
 * so a line of CJK or Arabic text (3 bytes a character in UTF-8) comes out far
 * too long for strict readers. Unfold, then fold again by bytes, never inside
 * a character.
 */
function foldByOctets(text: string): string {
  const encoder = new TextEncoder();
  return text
    .replace(/\r\n[ \t]/g, '')
    .split('\r\n')
    .map((line) => {
      const parts: string[] = [];
      let part = '';
      let bytes = 0;
      for (const char of line) {
        const size = encoder.encode(char).length;
        // The first line may hold 75 octets; continuations 74 after their leading space.
        if (bytes + size > (parts.length === 0 ? 75 : 74)) {
          parts.push(part);
          part = '';
          bytes = 0;
        }
        part += char;
        bytes += size;
      }
      parts.push(part);
      return parts.join('\r\n ');
    })
    .join('\r\n');
}

const utcTime = (epochMs: number): ICAL.Time => ICAL.Time.fromJSDate(new Date(epochMs), true);

function sessionToEvent(session: Session, context: IcsExportContext): ICAL.Component {
  const vevent = new ICAL.Component('vevent');
  const event = new ICAL.Event(vevent);
  event.uid = `${session.id}@crosslive.studio`;
  event.summary = session.title;
  event.startDate = utcTime(session.start);
  event.endDate = utcTime(sessionEnd(session));
  event.description = describe(session, context);
  vevent.updatePropertyWithValue('dtstamp', utcTime(context.now));
  setText(vevent, 'markets', session.markets.join(','));
  setText(vevent, 'products', session.productIds.join(','));
  setText(vevent, 'scenes', session.sceneIds.join(','));
  setText(vevent, 'languages', session.languages.join(','));
  setText(vevent, 'reminder', String(session.reminderMinutes));
  // The host's own notes, apart from the generated description, so a round trip does not grow them.
  if (session.notes) setText(vevent, 'notes', session.notes);
  if (session.reminderMinutes > 0) {
    const alarm = new ICAL.Component('valarm');
    alarm.updatePropertyWithValue('action', 'DISPLAY');
    alarm.updatePropertyWithValue('description', session.title);
    alarm.updatePropertyWithValue('trigger', ICAL.Duration.fromSeconds(-session.reminderMinutes * 60));
    vevent.addSubcomponent(alarm);
  }
  return vevent;
}

/**
 * One of our X- properties, typed TEXT (VALUE=TEXT) so commas, semicolons and
 * line breaks in it are escaped on the way out and restored on the way in.
 */
function setText(vevent: ICAL.Component, name: string, value: string): void {
  const property = new ICAL.Property(studioProperty(name));
  property.resetType('text');
  property.setValue(value);
  vevent.addProperty(property);
}

function describe(session: Session, context: IcsExportContext): string {
  const lines = session.markets.map((id) => {
    const market = marketById(id);
    const local = new Intl.DateTimeFormat(market.locale, {
      timeZone: market.timeZone,
      weekday: 'short',
      day: 'numeric',
      month: 'short',
      hour: '2-digit',
      minute: '2-digit',
      timeZoneName: 'short',
    }).format(session.start);
    return `${market.country}${market.area ? ` (${market.area})` : ''}: ${local}`;
  });
  const products = session.productIds.map((id) => context.productNames.get(id)).filter(Boolean);
  if (products.length > 0) lines.push('', ...products.map((name) => `• ${name}`));
  if (session.notes) lines.push('', session.notes);
  return lines.join('\n');
}
