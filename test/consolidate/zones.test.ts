import { describe, expect, it } from 'vitest';
import { momentOf, zoneOffset } from '../../src/consolidate/moment.js';

describe('time zones', () => {
  it('reads a tz database name with the offset of that day, from Intl', () => {
    // New York kept daylight time until 31 October 1993, then went back to EST.
    expect(momentOf({ date: '1993-10-18', time: '23:59', zone: 'America/New_York' }, '1993-10-01').moment.utc).toBe('1993-10-19T03:59:00.000Z');
    expect(momentOf({ date: '1993-12-01', time: '12:00', zone: 'America/New_York' }, '1993-10-01').moment.utc).toBe('1993-12-01T17:00:00.000Z');
    expect(zoneOffset('Asia/Kolkata')).toBe(330);
  });

  it('takes the offset in force at the wall-clock time, across a change of offset', () => {
    // 27 March 1994, London: 01:00 GMT became 02:00 BST; 03:00 that day is BST.
    expect(momentOf({ date: '1994-03-27', time: '03:00', zone: 'Europe/London' }, '1994-01-01').moment.utc).toBe('1994-03-27T02:00:00.000Z');
    expect(momentOf({ date: '1994-03-27', time: '00:30', zone: 'Europe/London' }, '1994-01-01').moment.utc).toBe('1994-03-27T00:30:00.000Z');
  });

  it('keeps the abbreviations and offsets the Council writes, and knows no zone by another name', () => {
    expect(zoneOffset('EST')).toBe(-300);
    expect(zoneOffset('UTC+01:00')).toBe(60);
    expect(zoneOffset('Mars')).toBeUndefined();
    expect(momentOf({ date: '2000-01-05', time: '12:00', zone: 'Mars' }, '2000-01-01').unknownZone).toBe('Mars');
  });
});
