import ICAL from 'ical.js';
import { Temporal } from 'temporal-polyfill';
import { isIanaTimeZone } from '../../../shared/settings/settings';

/**
 * Where a calendar's DATE-TIME values are anchored: the VTIMEZONE definitions
 * it carries, and the zone that floating times and all-day dates belong to.
 */
export interface IcsZones {
  embedded: ReadonlyMap<string, ICAL.Timezone>;
  floating: string;
}

/**
 * The instant of an iCalendar time. A TZID that names an IANA zone goes through
 * Temporal with the system's tz data, which stays current where a calendar's
 * embedded VTIMEZONE may carry only the rules of the year it was written;
 * other TZIDs (Windows names from Outlook) use the embedded definition.
 */
export function icsTimeToEpoch(time: ICAL.Time, tzid: string | undefined, zones: IcsZones): number {
  if (!time.isDate && time.zone?.tzid === 'UTC') {
    return Date.UTC(time.year, time.month - 1, time.day, time.hour, time.minute, time.second);
  }
  const wall = {
    year: time.year,
    month: time.month,
    day: time.day,
    hour: time.isDate ? 0 : time.hour,
    minute: time.isDate ? 0 : time.minute,
    second: time.isDate ? 0 : time.second,
  };
  const embedded = tzid === undefined ? undefined : zones.embedded.get(tzid);
  if (!time.isDate && tzid !== undefined && !isIanaTimeZone(tzid) && embedded) {
    const anchored = ICAL.Time.fromData(wall, embedded);
    return anchored.toUnixTime() * 1000;
  }
  const zone = !time.isDate && tzid !== undefined && isIanaTimeZone(tzid) ? tzid : zones.floating;
  return Temporal.PlainDateTime.from(wall).toZonedDateTime(zone, { disambiguation: 'compatible' })
    .epochMilliseconds;
}
