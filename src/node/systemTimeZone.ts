import type { TimeZone } from '../core/formats/taskwarriorDates';

/** The computer's time zone (the TZ environment variable under Node), as the core's formats take it. */
export const systemTimeZone: TimeZone = {
  offsetMinutesAt: (utcMinutes) => -new Date(utcMinutes * 60_000).getTimezoneOffset(),
};
