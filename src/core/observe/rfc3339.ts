import { toDayNumber } from '../dates/dayNumber';

const RFC3339 = /^(\d{4}-\d{2}-\d{2})[Tt ](\d{2}):(\d{2}):(\d{2})(?:\.(\d+))?(Z|z|[+-]\d{2}:\d{2})$/;

/**
 * Milliseconds since the epoch of an RFC 3339 time with a zone (restic's `time`, any number of
 * fraction digits), or null when it is not one.
 * @example rfc3339ToEpochMs('1970-01-02T01:00:00.5+01:00') // 86400500
 */
export function rfc3339ToEpochMs(text: string): number | null {
  const m = RFC3339.exec(text.trim());
  if (!m) return null;
  const [hours, minutes, seconds] = [Number(m[2]), Number(m[3]), Number(m[4])];
  if (hours > 23 || minutes > 59 || seconds > 60) return null;
  let days: number;
  try {
    days = toDayNumber(m[1]);
  } catch {
    return null;
  }
  const fraction = m[5] === undefined ? 0 : Math.floor(Number(`0.${m[5]}`) * 1000);
  const zone = m[6].toUpperCase() === 'Z' ? 0 : offsetMinutes(m[6]);
  const wallMinutes = days * 1440 + hours * 60 + minutes - zone;
  return wallMinutes * 60000 + seconds * 1000 + fraction;
}

function offsetMinutes(zone: string): number {
  const sign = zone.startsWith('-') ? -1 : 1;
  return sign * (Number(zone.slice(1, 3)) * 60 + Number(zone.slice(4, 6)));
}
