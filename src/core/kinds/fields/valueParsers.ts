import type { Duration, Recurrence } from '../../model/Item';
import { explainBadDate, parseDate, parseDateTime } from '../../dates/parseDate';
import { DURATION_FORMS, parseDuration } from '../../dates/duration';
import { parseRecurrence, RECURRENCE_FORMS } from '../../dates/recurrence';
import { describeValue } from './describeValue';
import { readLink } from './wikilink';

/** The outcome of reading one value: the value, or a message (without the field name). */
export type Parsed<T> = { ok: true; value: T } | { ok: false; message: string };

/** A successful read. */
export function ok<T>(value: T): Parsed<T> {
  return { ok: true, value };
}

/** A failed read with a message for the user. */
export function fail<T>(message: string): Parsed<T> {
  return { ok: false, message };
}

/**
 * Text: strings as written (trimmed); numbers and booleans become their text (YAML reads `1984` as a number).
 * @example parseTextValue(1984) // { ok: true, value: '1984' }
 */
export function parseTextValue(value: unknown): Parsed<string> {
  if (typeof value === 'string') return ok(value.trim());
  if (typeof value === 'number' || typeof value === 'boolean') return ok(String(value));
  return fail(`${describeValue(value)} is not text`);
}

/** A `YYYY-MM-DD` date; numbers, lists and objects are rejected. */
export function parseDateValue(value: unknown): Parsed<string> {
  const date = typeof value === 'string' ? parseDate(value) : null;
  if (date !== null) return ok(date);
  const why = typeof value === 'string' ? explainBadDate(value) : null;
  if (why !== null) return fail(`${describeValue(value)} ${why}`);
  return fail(`${describeValue(value)} is not a date (expected YYYY-MM-DD)`);
}

/** A date or a `YYYY-MM-DDTHH:mm` datetime, normalised. */
export function parseDateTimeValue(value: unknown): Parsed<string> {
  const dt = typeof value === 'string' ? parseDateTime(value) : null;
  if (dt !== null) return ok(dt);
  const why = typeof value === 'string' ? explainBadDate(value) : null;
  if (why !== null) return fail(`${describeValue(value)} ${why}`);
  return fail(`${describeValue(value)} is not a date or datetime (expected YYYY-MM-DD or YYYY-MM-DDTHH:mm)`);
}

/** A finite number. */
export function parseNumberValue(value: unknown): Parsed<number> {
  return typeof value === 'number' && Number.isFinite(value)
    ? ok(value)
    : fail(`${describeValue(value)} is not a number`);
}

/** An integer within [min, max]. */
export function parseIntegerValue(value: unknown, min: number, max: number): Parsed<number> {
  if (typeof value === 'number' && Number.isInteger(value) && value >= min && value <= max) return ok(value);
  return fail(`${describeValue(value)} is not a whole number from ${min} to ${max}`);
}

/** `true` or `false`. */
export function parseBooleanValue(value: unknown): Parsed<boolean> {
  return typeof value === 'boolean' ? ok(value) : fail(`${describeValue(value)} is not true or false`);
}

/** One of the allowed values, matched case-insensitively; the message lists them. */
export function parseEnumValue<T extends string>(value: unknown, allowed: readonly T[]): Parsed<T> {
  if (typeof value === 'string' || typeof value === 'number') {
    const text = String(value).trim().toLowerCase();
    const found = allowed.find((a) => a.toLowerCase() === text);
    if (found !== undefined) return ok(found);
  }
  return fail(`${describeValue(value)} is not one of: ${allowed.join(', ')}`);
}

/**
 * An http(s) URL the URL parser surely accepts, checked without building a URL object: a
 * lower-case host whose last label starts with a letter (so never an IPv4 number), no `xn--`
 * label (punycode is validated), no user info, a port under 10000, then printable ASCII.
 * Anything else goes to the URL parser.
 */
const SIMPLE_HTTP_URL =
  /^https?:\/\/(?![^/?#]*xn--)(?:[a-z0-9-]+\.)*[a-z][a-z0-9-]*(?::\d{1,4})?(?:[/?#][\x21-\x7e]*)?$/;

/** An absolute http or https URL (any other scheme, such as `javascript:` or `file:`, is rejected). */
export function parseHttpUrlValue(value: unknown): Parsed<string> {
  if (typeof value !== 'string') return fail(`${describeValue(value)} is not a URL (expected http:// or https://)`);
  const text = value.trim();
  if (SIMPLE_HTTP_URL.test(text)) return ok(text);
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return fail(`${describeValue(value)} is not a URL (expected http:// or https://)`);
  }
  if ((url.protocol !== 'http:' && url.protocol !== 'https:') || url.hostname === '') {
    return fail(`${describeValue(value)} is not an http or https URL`);
  }
  return ok(text);
}

/** A duration `<n><unit>`. */
export function parseDurationValue(value: unknown): Parsed<Duration> {
  const d = typeof value === 'string' ? parseDuration(value) : null;
  return d === null ? fail(`${describeValue(value)} is not a duration (expected ${DURATION_FORMS})`) : ok(d);
}

/**
 * A recurrence such as `week`, `3 months`, `day when done`. An hour cadence (`6h`) is refused with
 * a message saying hours are only for backups.
 */
export function parseRecurrenceValue(value: unknown): Parsed<Recurrence> {
  const r = typeof value === 'string' ? parseRecurrence(value, { hours: true }) : null;
  if (r !== null && r.unit !== 'hour') return ok(r);
  if (r !== null)
    return fail(
      `${describeValue(value)} repeats by the hour, but hours are only for backups (a task repeats by day, week, month, year or weekday)`,
    );
  return fail(`${describeValue(value)} is not a recurrence (expected ${RECURRENCE_FORMS})`);
}

/** A backup cadence: a recurrence, or an hour cadence such as `6h`, `12 hours`, `hour`. */
export function parseCadenceValue(value: unknown): Parsed<Recurrence> {
  const r = typeof value === 'string' ? parseRecurrence(value, { hours: true }) : null;
  if (r !== null) return ok(r);
  return fail(`${describeValue(value)} is not a cadence (expected hour, "<n> hours", 6h, or ${RECURRENCE_FORMS})`);
}

/** One wikilink, returning its target. */
export function parseLinkValue(value: unknown): Parsed<string> {
  const link = readLink(value);
  if (link !== null) return ok(link.target);
  if (typeof value === 'string' && value.trim() !== '') {
    return fail(`${describeValue(value)} is not a link (write it as "[[${value.trim().replace(/[[\]]/g, '')}]]")`);
  }
  return fail(`${describeValue(value)} is not a link (expected "[[Note]]")`);
}
