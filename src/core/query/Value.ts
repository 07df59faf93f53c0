import type { Item } from '../model/Item';
import { formatMinutes, parseCalendarPoint } from './calendar';

/** A date or datetime during evaluation: minutes since 1970-01-01T00:00 (local, no zone). */
export interface DateValue {
  type: 'date';
  minutes: number;
  hasTime: boolean;
}

/** A duration during evaluation: calendar months (for `m`/`y`) plus exact minutes (for `h`/`d`/`w`). */
export interface DurationValue {
  type: 'duration';
  months: number;
  minutes: number;
}

/** A wikilink during evaluation; `target` is the link path as written (no brackets, alias or heading). */
export interface LinkValue {
  type: 'link';
  target: string;
}

/** A frontmatter mapping during evaluation (fields are read by name). */
export interface ObjectValue {
  type: 'object';
  entries: Readonly<Record<string, unknown>>;
}

/** A note as a file (`file`, `link.asFile()`, `file("path")`): its `file.*` fields and methods apply. */
export interface FileValue {
  type: 'file';
  item: Item;
}

/** A regular expression literal (`/^\\d+$/i`), for `matches`, `replace` and `split`. */
export interface RegexpValue {
  type: 'regexp';
  re: RegExp;
}

/** Any value an expression can produce. A missing property is `null`. */
export type Value =
  | null
  | boolean
  | number
  | string
  | DateValue
  | DurationValue
  | LinkValue
  | ObjectValue
  | FileValue
  | RegexpValue
  | Value[];

const MAX_NESTING = 32;
const WIKILINK_RE = /^\[\[([^\]|#]*)(?:#[^\]|]*)?(?:\|[^\]]*)?\]\]$/;

/** Builds a date value. */
export function dateValue(minutes: number, hasTime: boolean): DateValue {
  return { type: 'date', minutes, hasTime };
}

/** Builds a link value from a target, stripping brackets, alias and heading when given a `[[wikilink]]`. */
export function linkValue(text: string): LinkValue {
  const m = WIKILINK_RE.exec(text.trim());
  return { type: 'link', target: (m ? m[1] : text).trim() };
}

/** True for a date value. */
export function isDate(v: Value): v is DateValue {
  return typeof v === 'object' && v !== null && !Array.isArray(v) && v.type === 'date';
}
/** True for a duration value. */
export function isDuration(v: Value): v is DurationValue {
  return typeof v === 'object' && v !== null && !Array.isArray(v) && v.type === 'duration';
}
/** True for a link value. */
export function isLink(v: Value): v is LinkValue {
  return typeof v === 'object' && v !== null && !Array.isArray(v) && v.type === 'link';
}
/** True for a file value. */
export function isFile(v: Value): v is FileValue {
  return typeof v === 'object' && v !== null && !Array.isArray(v) && v.type === 'file';
}
/** True for a regular expression value. */
export function isRegexp(v: Value): v is RegexpValue {
  return typeof v === 'object' && v !== null && !Array.isArray(v) && v.type === 'regexp';
}

/**
 * Converts a frontmatter or derived value to an evaluation value: date-shaped strings become dates,
 * `[[wikilinks]]` become links, `{ n, unit }` durations become durations, `undefined` becomes null.
 */
export function toValue(raw: unknown, outer: readonly unknown[] = []): Value {
  if (raw === null || raw === undefined) return null;
  if (typeof raw === 'object' && outer.length === 0) {
    // Frontmatter lists and mappings are read again on every run: convert each once. Values are never mutated.
    const cached = CONVERTED.get(raw);
    if (cached !== undefined) return cached;
    const converted = convert(raw, outer);
    CONVERTED.set(raw, converted);
    return converted;
  }
  return convert(raw, outer);
}

/** Converted frontmatter lists and mappings, by the object they came from. */
const CONVERTED = new WeakMap<object, Value>();

function convert(raw: unknown, outer: readonly unknown[]): Value {
  if (raw === null || raw === undefined) return null;
  if (typeof raw === 'boolean') return raw;
  if (typeof raw === 'number') return Number.isFinite(raw) ? raw : null;
  if (typeof raw === 'string') {
    if (raw.startsWith('[[')) return WIKILINK_RE.test(raw) ? linkValue(raw) : raw;
    const c = raw.length >= 10 && raw.length <= 16 ? parseCalendarPoint(raw) : null;
    return c ? dateValue(c.minutes, c.hasTime) : raw;
  }
  if (Array.isArray(raw)) {
    // YAML anchors can make a list contain itself: a list inside itself reads as null.
    if (outer.includes(raw) || outer.length > MAX_NESTING) return null;
    const inside = [...outer, raw];
    return raw.map((x) => toValue(x, inside));
  }
  if (typeof raw === 'object') {
    const o = raw as Record<string, unknown>;
    if (isValueObject(o)) return o;
    if (typeof o.n === 'number' && typeof o.unit === 'string' && Object.keys(o).length === 2) {
      return durationOfUnit(o.n, o.unit) ?? { type: 'object', entries: o };
    }
    return { type: 'object', entries: o };
  }
  return null;
}

/** A duration of `n` units (`h d w m y`); null for an unknown unit. */
export function durationOfUnit(n: number, unit: string): DurationValue | null {
  switch (unit) {
    case 'h':
      return { type: 'duration', months: 0, minutes: n * 60 };
    case 'd':
      return { type: 'duration', months: 0, minutes: n * 1440 };
    case 'w':
      return { type: 'duration', months: 0, minutes: n * 7 * 1440 };
    case 'm':
      return { type: 'duration', months: n, minutes: 0 };
    case 'y':
      return { type: 'duration', months: n * 12, minutes: 0 };
    default:
      return null;
  }
}

/** True for a well-formed date, duration or link value (a derived resolver may return these as they are). */
function isValueObject(
  o: Record<string, unknown>,
): o is Record<string, unknown> & (DateValue | DurationValue | LinkValue) {
  const keys = Object.keys(o).length;
  if (o.type === 'date') return keys === 3 && Number.isFinite(o.minutes) && typeof o.hasTime === 'boolean';
  if (o.type === 'duration') return keys === 3 && Number.isFinite(o.months) && Number.isFinite(o.minutes);
  if (o.type === 'link') return keys === 2 && typeof o.target === 'string';
  return false;
}

/** Truthiness as in filters: null, false, 0, "" and [] are false; everything else is true. */
export function isTruthy(v: Value): boolean {
  if (v === null || v === false || v === 0 || v === '') return false;
  if (Array.isArray(v)) return v.length > 0;
  return true;
}

/** True when a value is empty: null, "", [] or an empty mapping. */
export function isEmptyValue(v: Value): boolean {
  if (v === null || v === '') return true;
  if (Array.isArray(v)) return v.length === 0;
  if (typeof v === 'object' && v.type === 'object') return Object.keys(v.entries).length === 0;
  return false;
}

/** Normalises a link target for comparison: case-insensitive, no `.md`, no leading `/`. */
export function linkKey(target: string): string {
  return target.trim().replace(/^\/+/, '').replace(/\.md$/i, '').toLowerCase();
}

/**
 * Whether two link targets name the same note: equal keys, or equal file names when one of them
 * has no folder (`[[Radiohead]]` matches `Artists/Radiohead.md`), as Obsidian resolves short links.
 */
export function linkTargetsMatch(a: string, b: string): boolean {
  const [x, y] = [linkKey(a), linkKey(b)];
  if (x === y) return true;
  if (x.includes('/') && y.includes('/')) return false;
  return x.slice(x.lastIndexOf('/') + 1) === y.slice(y.lastIndexOf('/') + 1);
}

/** Approximate length of a duration in minutes (a month counts as 30.436875 days), for ordering. */
export function durationMinutes(d: DurationValue): number {
  return d.minutes + d.months * 30.436875 * 1440;
}

/** Reads a string as a date when it is one (for comparing a date with a string). */
function asDate(v: Value): DateValue | null {
  if (isDate(v)) return v;
  if (typeof v === 'string') {
    const c = parseCalendarPoint(v.trim());
    return c ? dateValue(c.minutes, c.hasTime) : null;
  }
  return null;
}

/** Equality as `==` defines it (see docs/queries.md: dates as instants, links by target, lists element-wise). */
export function valuesEqual(a: Value, b: Value): boolean {
  if (a === null || b === null) return a === b;
  if (typeof a !== 'object' && typeof b !== 'object') return a === b;
  if (isDate(a) || isDate(b)) {
    const [x, y] = [asDate(a), asDate(b)];
    return x !== null && y !== null && x.minutes === y.minutes;
  }
  if (isLink(a) || isLink(b) || isFile(a) || isFile(b)) {
    const [x, y] = [linkTargetOf(a), linkTargetOf(b)];
    return x !== null && y !== null && linkTargetsMatch(x, y);
  }
  if (Array.isArray(a) || Array.isArray(b)) {
    return Array.isArray(a) && Array.isArray(b) && a.length === b.length && a.every((x, i) => valuesEqual(x, b[i]));
  }
  if (isDuration(a) && isDuration(b)) return a.months === b.months && a.minutes === b.minutes;
  return false;
}

function linkTargetOf(v: Value): string | null {
  if (isLink(v)) return v.target;
  if (isFile(v)) return v.item.path;
  if (typeof v === 'string') return linkValue(v).target;
  return null;
}

/**
 * Orders two values for `< <= > >=`: numbers, strings, dates (a date-shaped string counts as a date)
 * and durations compare within their type; anything else (including null) is unordered: null.
 */
export function compareOrdered(a: Value, b: Value): number | null {
  if (a === null || b === null) return null;
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  if (isDate(a) || isDate(b)) {
    const [x, y] = [asDate(a), asDate(b)];
    return x && y ? x.minutes - y.minutes : null;
  }
  if (typeof a === 'string' && typeof b === 'string') return a < b ? -1 : a > b ? 1 : 0;
  if (isDuration(a) && isDuration(b)) return durationMinutes(a) - durationMinutes(b);
  return null;
}

const TYPE_RANK: Record<string, number> = {
  number: 0,
  date: 1,
  duration: 2,
  string: 3,
  boolean: 4,
  link: 5,
  list: 6,
  object: 7,
  file: 8,
  regexp: 9,
};

function rankOf(v: Exclude<Value, null>): number {
  if (Array.isArray(v)) return TYPE_RANK.list;
  if (typeof v === 'object') return TYPE_RANK[v.type];
  return TYPE_RANK[typeof v];
}

/** A total order for sorting and grouping: within a type as `compareOrdered`, then by type; null is handled by the caller. */
export function compareForSort(a: Exclude<Value, null>, b: Exclude<Value, null>): number {
  const ordered = compareOrdered(a, b);
  if (ordered !== null && rankOf(a) === rankOf(b)) return ordered;
  const rank = rankOf(a) - rankOf(b);
  if (rank !== 0) return rank;
  const [x, y] = [displayValue(a), displayValue(b)];
  return x < y ? -1 : x > y ? 1 : 0;
}

/** Renders a value as plain text for a table cell or a group heading (`null` is ""). */
export function displayValue(v: Value): string {
  if (v === null) return '';
  if (Array.isArray(v)) return v.map(displayValue).join(', ');
  if (typeof v === 'number') return Number.isInteger(v) ? String(v) : String(Number(v.toPrecision(12)));
  if (typeof v !== 'object') return String(v);
  switch (v.type) {
    case 'date':
      return formatMinutes(v.minutes, v.hasTime);
    case 'link':
      return v.target;
    case 'duration':
      return displayDuration(v);
    case 'object':
      return JSON.stringify(v.entries);
    case 'file':
      return v.item.path;
    case 'regexp':
      return String(v.re);
  }
}

function displayDuration(d: DurationValue): string {
  const parts: string[] = [];
  if (d.months !== 0) parts.push(d.months % 12 === 0 ? `${d.months / 12}y` : `${d.months}m`);
  if (d.minutes !== 0 || parts.length === 0) {
    const m = d.minutes;
    parts.push(
      m % 10080 === 0 ? `${m / 10080}w` : m % 1440 === 0 ? `${m / 1440}d` : m % 60 === 0 ? `${m / 60}h` : `${m}min`,
    );
  }
  return parts.join(' ');
}
