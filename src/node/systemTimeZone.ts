import type { TimeZone } from '../core/formats/taskwarriorDates';

/** The computer's time zone (the process's TZ), as the core's formats take it. */
export const systemTimeZone: TimeZone = {
  offsetMinutesAt: (utcMinutes) => -new Date(utcMinutes * 60_000).getTimezoneOffset(),
};

/**
 * A named IANA zone (`Europe/Berlin`) through `Intl`, or the computer's zone when `name` is empty or
 * unknown: the CLI honours a `TZ` given in its environment as Taskwarrior does.
 * @example timeZoneNamed('America/New_York').offsetMinutesAt(29_500_000) // -300 (a winter instant)
 */
export function timeZoneNamed(name: string | undefined): TimeZone {
  if (name === undefined || name === '') return systemTimeZone;
  let format: Intl.DateTimeFormat;
  try {
    format = new Intl.DateTimeFormat('en-US', {
      timeZone: name.replace(/^:/, ''),
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
    });
  } catch {
    return systemTimeZone;
  }
  return {
    offsetMinutesAt(utcMinutes) {
      const parts: Record<string, number> = {};
      for (const p of format.formatToParts(new Date(utcMinutes * 60_000)))
        if (p.type !== 'literal') parts[p.type] = Number(p.value);
      const local = Date.UTC(parts.year, parts.month - 1, parts.day, parts.hour, parts.minute) / 60_000;
      return local - utcMinutes;
    },
  };
}
