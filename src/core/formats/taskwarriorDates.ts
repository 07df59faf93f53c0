import { civilFromDays, daysInMonth, toDayNumber } from '../dates/dayNumber';

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

/** The number written by `length` ASCII digits of `text` from `at`, or -1 when one is not a digit. */
function digits(text: string, at: number, length: number): number {
  let n = 0;
  for (let i = at; i < at + length; i++) {
    const d = text.charCodeAt(i) - 48;
    if (d < 0 || d > 9) return -1;
    n = n * 10 + d;
  }
  return n;
}

/** Two digits, zero-padded. */
function two(n: number): string {
  return n < 10 ? `0${n}` : `${n}`;
}

/**
 * A Taskwarrior date as UTC minutes since 1970 (seconds dropped), or null: `20261201T000000Z`, the
 * same without `Z` (read as UTC), or epoch seconds as Taskwarrior 2.6 also accepts.
 * @example readTaskwarriorDate('19700102T010000Z') // 1500
 */
export function readTaskwarriorDate(text: string): number | null {
  if (text.length <= 12 && /^\d+$/.test(text)) return Math.floor(Number(text) / 60);
  if ((text.length !== 16 || text.charCodeAt(15) !== 90) /* Z */ && text.length !== 15) return null;
  if (text.charCodeAt(8) !== 84 /* T */) return null;
  const year = digits(text, 0, 4);
  const month = digits(text, 4, 2);
  const day = digits(text, 6, 2);
  const hour = digits(text, 9, 2);
  const minute = digits(text, 11, 2);
  const second = digits(text, 13, 2);
  if (year < 0 || hour < 0 || minute < 0 || second < 0 || hour > 23 || minute > 59 || second > 60) return null;
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return null;
  return daysFromCivil(year, month, day) * 1440 + hour * 60 + minute;
}

/** `toDayNumber` of a checked date given as numbers, in integer arithmetic (years 0–9999). */
function daysFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = y >= 0 ? (y / 400) | 0 : -1; // year 0 in January-February is era -1
  const yoe = y - era * 400;
  const doy = (((153 * (month > 2 ? month - 3 : month + 9) + 2) / 5) | 0) + day - 1;
  const doe = yoe * 365 + ((yoe / 4) | 0) - ((yoe / 100) | 0) + doy;
  return era * 146097 + doe - 719468;
}

/**
 * A UTC instant as a local vault date: `YYYY-MM-DD` at local midnight, else `YYYY-MM-DDTHH:mm`.
 * @example localVaultDate(readTaskwarriorDate('20261130T230000Z')!, fixedOffsetZone(60)) // '2026-12-01'
 */
export function localVaultDate(utcMinutes: number, zone: TimeZone): string {
  const local = utcMinutes + zone.offsetMinutesAt(utcMinutes);
  const days = Math.floor(local / 1440);
  const rest = local - days * 1440;
  const c = civilFromDays(days);
  const date = `${String(c.year).padStart(4, '0')}-${two(c.month)}-${two(c.day)}`;
  return rest === 0 ? date : `${date}T${two(Math.floor(rest / 60))}:${two(rest % 60)}`;
}

/**
 * A validated local vault date or datetime (`YYYY-MM-DD[THH:mm]`) as a Taskwarrior UTC date (a date is its local midnight).
 * @example taskwarriorDateOf('2026-12-01', fixedOffsetZone(60)) // '20261130T230000Z'
 */
export function taskwarriorDateOf(local: string, zone: TimeZone): string {
  const days = toDayNumber({ year: digits(local, 0, 4), month: digits(local, 5, 2), day: digits(local, 8, 2) });
  const minutes = days * 1440 + (local.length > 10 ? digits(local, 11, 2) * 60 + digits(local, 14, 2) : 0);
  // The offset at the instant itself: guess from the local reading, then correct once (DST edges).
  let utc = minutes - zone.offsetMinutesAt(minutes);
  utc = minutes - zone.offsetMinutesAt(utc);
  const utcDays = Math.floor(utc / 1440);
  const rest = utc - utcDays * 1440;
  const c = civilFromDays(utcDays);
  return `${String(c.year).padStart(4, '0')}${two(c.month)}${two(c.day)}T${two(Math.floor(rest / 60))}${two(rest % 60)}00Z`;
}
