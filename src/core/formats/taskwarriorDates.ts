import { fromMinuteNumber, toMinuteNumber } from '../dates/dateTime';

/** The local time zone, as the host knows it: minutes east of UTC at a UTC instant (minutes since 1970). */
export interface TimeZone {
  offsetMinutesAt(utcMinutes: number): number;
}

/**
 * A zone with one fixed offset, for tests and reproducible runs.
 * @example fixedOffsetZone(60).offsetMinutesAt(0) // 60 (UTC+1)
 */
export function fixedOffsetZone(minutesEast: number): TimeZone {
  return { offsetMinutesAt: () => minutesEast };
}

const TW_DATE_RE = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z?$/;

/**
 * A Taskwarrior date as UTC minutes since 1970 (seconds dropped), or null: `20261201T000000Z`, the
 * same without `Z` (read as UTC), or epoch seconds as Taskwarrior 2.6 also accepts.
 * @example readTaskwarriorDate('19700102T010000Z') // 1500
 */
export function readTaskwarriorDate(text: string): number | null {
  if (/^\d{1,12}$/.test(text)) return Math.floor(Number(text) / 60);
  const m = TW_DATE_RE.exec(text);
  if (!m) return null;
  const [, month, day, hour, minute, second] = m.slice(1).map(Number);
  if (month < 1 || month > 12 || day < 1 || day > 31 || hour > 23 || minute > 59 || second > 60) return null;
  try {
    const date = `${m[1]}-${m[2]}-${m[3]}`;
    const minutes = toMinuteNumber(`${date}T${m[4]}:${m[5]}`);
    // toMinuteNumber accepts 2026-02-31 as a day number; a real date must come back the same.
    return fromMinuteNumber(minutes).startsWith(date) ? minutes : null;
  } catch {
    return null;
  }
}

/**
 * A UTC instant as a local vault date: `YYYY-MM-DD` at local midnight, else `YYYY-MM-DDTHH:mm`.
 * @example localVaultDate(readTaskwarriorDate('20261130T230000Z')!, fixedOffsetZone(60)) // '2026-12-01'
 */
export function localVaultDate(utcMinutes: number, zone: TimeZone): string {
  const local = fromMinuteNumber(utcMinutes + zone.offsetMinutesAt(utcMinutes));
  return local.endsWith('T00:00') ? local.slice(0, 10) : local;
}

/**
 * A local vault date or datetime as a Taskwarrior UTC date (a date is its local midnight).
 * @example taskwarriorDateOf('2026-12-01', fixedOffsetZone(60)) // '20261130T230000Z'
 */
export function taskwarriorDateOf(local: string, zone: TimeZone): string {
  const minutes = toMinuteNumber(local);
  // The offset at the instant itself: guess from the local reading, then correct once (DST edges).
  let utc = minutes - zone.offsetMinutesAt(minutes);
  utc = minutes - zone.offsetMinutesAt(utc);
  const text = fromMinuteNumber(utc);
  return `${text.slice(0, 4)}${text.slice(5, 7)}${text.slice(8, 10)}T${text.slice(11, 13)}${text.slice(14, 16)}00Z`;
}
