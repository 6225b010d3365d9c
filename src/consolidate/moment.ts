import type { ConditionMet, Effective } from '../model/document.js';
import type { AsOf, Moment } from './types.js';

const DAY = 24 * 60 * 60 * 1000;

/** Offsets from UTC, in minutes, of the zones resolutions and their sources write. */
const ZONES: Record<string, number> = {
  UTC: 0,
  GMT: 0,
  Z: 0,
  EST: -5 * 60,
  EDT: -4 * 60,
  CET: 60,
  CEST: 2 * 60,
  BST: 60,
  MSK: 3 * 60,
  KST: 9 * 60,
  JST: 9 * 60,
};

const NUMERIC_ZONE = /^(?:UTC|GMT)?\s*([+-−])\s*(\d{1,2})(?::?(\d{2}))?$/;

const INTL_OFFSET = /^GMT(?:([+-])(\d{2}):(\d{2}))?$/;

/** A formatter per zone name (null where Intl knows no such zone): making one costs far more than using it. */
const ZONE_FORMATS = new Map<string, Intl.DateTimeFormat | null>();

function zoneFormat(zone: string): Intl.DateTimeFormat | null {
  let format = ZONE_FORMATS.get(zone);
  if (format === undefined) {
    try {
      format = new Intl.DateTimeFormat('en-GB', { timeZone: zone, timeZoneName: 'longOffset' });
    } catch {
      format = null;
    }
    ZONE_FORMATS.set(zone, format);
  }
  return format;
}

/** Minutes east of UTC of a named zone of the tz database ("America/New_York") at an instant, from Intl; undefined if it names none. */
function namedZoneOffset(zone: string, instant: number): number | undefined {
  const format = zoneFormat(zone);
  if (!format) return undefined;
  const match = INTL_OFFSET.exec(format.formatToParts(instant).find((part) => part.type === 'timeZoneName')?.value ?? '');
  if (!match) return undefined;
  const minutes = Number(match[2] ?? 0) * 60 + Number(match[3] ?? 0);
  return match[1] === '-' ? -minutes : minutes;
}

/**
 * Minutes east of UTC for a zone as written ("EST", "UTC-5", "+01:00", or a tz database name
 * such as "America/New_York", whose offset depends on the day: `wallClock` is the local time
 * read as if it were UTC); undefined if unknown.
 */
export function zoneOffset(zone: string, wallClock = 0): number | undefined {
  const name = zone.trim().toUpperCase();
  if (name in ZONES) return ZONES[name];
  const match = NUMERIC_ZONE.exec(name);
  if (!match) {
    // The offset at the instant the wall-clock time stands for, found in two steps across a change of offset.
    const guess = namedZoneOffset(zone.trim(), wallClock);
    return guess === undefined ? undefined : namedZoneOffset(zone.trim(), wallClock - guess * 60_000);
  }
  const minutes = Number(match[2]) * 60 + Number(match[3] ?? 0);
  return match[1] === '+' ? minutes : -minutes;
}

export function startOfDay(date: string): number {
  return Date.parse(`${date}T00:00:00Z`);
}

export interface TimedMoment {
  moment: Moment;
  instant: number;
  /** The zone as written, where it is not one bluedraft knows (the time is then read as UTC). */
  unknownZone?: string;
}

/** The date `days` calendar days after `date` (both YYYY-MM-DD). */
function addDays(date: string, days: number): string {
  return new Date(startOfDay(date) + days * DAY).toISOString().slice(0, 10);
}

/**
 * The date an effect states: "ten days after the date of adoption" (`after`) counts calendar
 * days from the adoption, the day of adoption not counted (adopted 15 September, in force on 25
 * September); else its own `date`; else the document's.
 */
export function statedDate(effective: Effective | undefined, documentDate: string): string {
  if (effective?.after) return addDays(documentDate, effective.after.days);
  return effective?.date ?? documentDate;
}

/** When an effect takes hold: its own date (or delay) and time, or the date of the document that declares it. */
export function momentOf(effective: Effective | undefined, documentDate: string): TimedMoment {
  const date = statedDate(effective, documentDate);
  const onAdoption = effective?.date === undefined && effective?.after === undefined;
  const base: Moment = { utc: '', date, onAdoption };
  if (effective?.time === undefined) {
    const instant = startOfDay(date);
    return { moment: { ...base, utc: new Date(instant).toISOString() }, instant };
  }
  const [hours, minutes] = effective.time.split(':').map(Number) as [number, number];
  const wallClock = startOfDay(date) + (hours * 60 + minutes) * 60_000;
  const offset = effective.zone === undefined ? 0 : zoneOffset(effective.zone, wallClock);
  const instant = wallClock - (offset ?? 0) * 60_000;
  const moment: Moment = { ...base, utc: new Date(instant).toISOString(), time: effective.time };
  if (effective.zone !== undefined) moment.zone = effective.zone;
  return effective.zone !== undefined && offset === undefined ? { moment, instant, unknownZone: effective.zone } : { moment, instant };
}

/** When a recorded condition was fulfilled, at its time and zone where given. */
export function metMoment(met: ConditionMet): TimedMoment {
  const effective: Effective = { date: met.date };
  if (met.time !== undefined) effective.time = met.time;
  if (met.zone !== undefined) effective.zone = met.zone;
  return momentOf(effective, met.date);
}

/** The instant at which an `until` date has run out: the end of that day. */
export function endOfDay(date: string): number {
  return startOfDay(date) + DAY;
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * Reads an as-of limit: a date means the whole of that day (up to 24:00 UTC); a date-time with
 * a zone ("1993-10-18T23:59-05:00") means up to and including that instant.
 */
export function parseAsOf(text: string): AsOf | undefined {
  if (DATE.test(text)) {
    const start = startOfDay(text);
    if (Number.isNaN(start) || new Date(start).toISOString().slice(0, 10) !== text) return undefined;
    return { text, utc: new Date(start + DAY).toISOString() };
  }
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2})?(Z|[+-]\d{2}:\d{2})$/.test(text)) return undefined;
  const instant = Date.parse(text);
  return Number.isNaN(instant) ? undefined : { text, utc: new Date(instant + 1).toISOString() };
}

/** An as-of limit that takes in everything up to and including `instant`. */
export function asOfInstant(instant: number): AsOf {
  return { text: new Date(instant).toISOString(), utc: new Date(instant + 1).toISOString() };
}
