import { civilFromDays } from '../dates';
import type { EvalEnv } from './Compiled';
import { fileOf, FILE_PROPERTIES } from './fileProperties';
import { formatMoment } from './formatDate';
import { extremeOf, flatOf, joinOf, meanOf, medianOf, sortedOf, stddevOf, sumOf, uniqueOf } from './listMethods';
import { relativeTo } from './relativeTo';
import { typeName } from './typeName';
import {
  dateValue,
  displayValue,
  durationMinutes,
  isDate,
  isDuration,
  isEmptyValue,
  isFile,
  isLink,
  isRegexp,
  isTruthy,
  linkKey,
  linkTargetsMatch,
  toValue,
  valuesEqual,
  type Value,
} from './Value';

/** A method on a value: arity and implementation. Methods on the wrong type give null (a filter treats null as false). */
export interface MethodSpec {
  min: number;
  max: number;
  call: (target: Value, args: Value[], env: EvalEnv) => Value;
}

/** String-or-list containment: a substring for strings, an equal element for lists, the same target for links. */
function containsOne(target: Value, x: Value): boolean | null {
  if (typeof target === 'string') return typeof x === 'string' ? target.includes(x) : null;
  if (Array.isArray(target)) return target.some((e) => valuesEqual(e, x));
  if (isLink(target))
    return isLink(x) || typeof x === 'string'
      ? valuesEqual(target, x) || linkKey(target.target).includes(linkKey(typeof x === 'string' ? x : x.target))
      : null;
  return null;
}

type Method = MethodSpec['call'];
function onString(f: (s: string, args: Value[]) => Value): Method {
  return (t, args) => (typeof t === 'string' ? f(t, args) : null);
}
function onNumber(f: (n: number, args: Value[]) => Value): Method {
  return (t, args) => (typeof t === 'number' ? f(t, args) : null);
}
function onList(f: (l: Value[], args: Value[]) => Value): Method {
  return (t, args) => (Array.isArray(t) ? f(t, args) : null);
}
function roundTo(n: number, digits: Value, how: (x: number) => number): number {
  const d = typeof digits === 'number' ? Math.max(0, Math.min(10, Math.trunc(digits))) : 0;
  const f = 10 ** d;
  return how(n * f) / f;
}
function int(v: Value, fallback: number): number {
  return typeof v === 'number' && Number.isFinite(v) ? Math.trunc(v) : fallback;
}
/** `slice(start, end?)` on strings and lists, with JavaScript's negative indices. */
function sliceOf(t: Value, [start, end]: Value[]): Value {
  if (typeof t !== 'string' && !Array.isArray(t)) return null;
  return t.slice(int(start, 0), end === undefined || end === null ? undefined : int(end, t.length));
}
function titleCase(s: string): string {
  return s.replace(/(^|\s)(\p{L})/gu, (_, space: string, ch: string) => space + ch.toUpperCase());
}
/** `replace(pattern, with)`: a string pattern replaces every occurrence; a regexp as its flags say (`g` for all). */
function replaceOf(s: string, [pattern, by]: Value[]): Value {
  const replacement = typeof by === 'string' ? by : displayValue(by);
  if (typeof pattern === 'string') return s.split(pattern).join(replacement);
  if (isRegexp(pattern)) return s.replace(pattern.re, replacement);
  return null;
}
function splitOf(s: string, [sep, limit]: Value[]): Value {
  const n = typeof limit === 'number' ? Math.max(0, Math.trunc(limit)) : undefined;
  if (typeof sep === 'string') return s.split(sep, n);
  if (isRegexp(sep)) return s.split(sep.re, n);
  return null;
}
function matchesOf(t: Value, [s]: Value[]): Value {
  if (!isRegexp(t) || typeof s !== 'string') return null;
  t.re.lastIndex = 0;
  const found = t.re.test(s);
  t.re.lastIndex = 0;
  return found;
}
function dateOnly(t: Value): Value {
  return isDate(t) ? dateValue(Math.floor(t.minutes / 1440) * 1440, false) : null;
}
function timeOf(t: Value): Value {
  return isDate(t) ? formatMoment(t.minutes, 'HH:mm:ss') : null;
}
function linksTo(t: Value, [target]: Value[], env: EvalEnv): Value {
  if (!isLink(t) && !isFile(t)) return null;
  const item = isFile(t) ? t.item : env.resolveLink(t.target);
  const wanted = isLink(target) ? target.target : isFile(target) ? target.item.path : null;
  return item !== null && wanted !== null && item.links.some((l) => linkTargetsMatch(l.target, wanted));
}

/** The value methods stack expressions support (`x.contains("a")`); file methods are in `FILE_METHODS`. */
export const METHODS: Readonly<Record<string, MethodSpec>> = {
  // Strings and lists
  contains: { min: 1, max: 1, call: (t, [x]) => containsOne(t, x) },
  containsAny: {
    min: 1,
    max: Infinity,
    call: (t, args) => (t === null ? null : args.flat().some((x) => containsOne(t, x) === true)),
  },
  containsAll: {
    min: 1,
    max: Infinity,
    call: (t, args) => (t === null ? null : args.flat().every((x) => containsOne(t, x) === true)),
  },
  startsWith: { min: 1, max: 1, call: onString((s, [x]) => (typeof x === 'string' ? s.startsWith(x) : null)) },
  endsWith: { min: 1, max: 1, call: onString((s, [x]) => (typeof x === 'string' ? s.endsWith(x) : null)) },
  // Any type
  isEmpty: { min: 0, max: 0, call: (t) => isEmptyValue(t) },
  isTruthy: { min: 0, max: 0, call: (t) => isTruthy(t) },
  isType: {
    min: 1,
    max: 1,
    call: (t, [name]) => (typeof name === 'string' ? typeName(t) === name.toLowerCase() : null),
  },
  toString: { min: 0, max: 0, call: (t: Value) => displayValue(t) },
  // Strings and lists
  length: { min: 0, max: 0, call: (t) => fieldOf(t, 'length') },
  reverse: {
    min: 0,
    max: 0,
    call: (t) => (typeof t === 'string' ? [...t].reverse().join('') : Array.isArray(t) ? [...t].reverse() : null),
  },
  slice: { min: 1, max: 2, call: sliceOf },
  // Strings
  lower: { min: 0, max: 0, call: onString((s) => s.toLowerCase()) },
  upper: { min: 0, max: 0, call: onString((s) => s.toUpperCase()) },
  title: { min: 0, max: 0, call: onString(titleCase) },
  trim: { min: 0, max: 0, call: onString((s) => s.trim()) },
  repeat: {
    min: 1,
    max: 1,
    call: onString((s, [n]) => (typeof n === 'number' && n >= 0 && s.length * n <= 100_000 ? s.repeat(n) : null)),
  },
  replace: { min: 2, max: 2, call: onString(replaceOf) },
  split: { min: 1, max: 2, call: onString(splitOf) },
  // Numbers
  round: { min: 0, max: 1, call: onNumber((n, [d]) => roundTo(n, d, Math.round)) },
  floor: { min: 0, max: 0, call: onNumber((n) => Math.floor(n)) },
  ceil: { min: 0, max: 0, call: onNumber((n) => Math.ceil(n)) },
  abs: { min: 0, max: 0, call: onNumber((n) => Math.abs(n)) },
  toFixed: {
    min: 1,
    max: 1,
    call: onNumber((n, [d]) => (typeof d === 'number' && d >= 0 && d <= 20 ? n.toFixed(Math.trunc(d)) : null)),
  },
  // Lists (`filter`, `map` and `reduce` take expressions and are compiled, not called)
  join: { min: 0, max: 1, call: onList((l, [sep]) => joinOf(l, typeof sep === 'string' ? sep : ', ')) },
  unique: { min: 0, max: 0, call: onList(uniqueOf) },
  flat: { min: 0, max: 0, call: onList(flatOf) },
  sort: { min: 0, max: 0, call: onList(sortedOf) },
  sum: { min: 0, max: 0, call: onList(sumOf) },
  mean: { min: 0, max: 0, call: onList(meanOf) },
  average: { min: 0, max: 0, call: onList(meanOf) },
  median: { min: 0, max: 0, call: onList(medianOf) },
  stddev: { min: 0, max: 0, call: onList(stddevOf) },
  min: { min: 0, max: 0, call: onList((l) => extremeOf(l, -1)) },
  max: { min: 0, max: 0, call: onList((l) => extremeOf(l, 1)) },
  count: { min: 0, max: 0, call: onList((l) => l.length) },
  // Dates
  date: { min: 0, max: 0, call: dateOnly },
  time: { min: 0, max: 0, call: timeOf },
  format: {
    min: 1,
    max: 1,
    call: (t, [pattern]) => (isDate(t) && typeof pattern === 'string' ? formatMoment(t.minutes, pattern) : null),
  },
  relative: { min: 0, max: 0, call: (t, _, env) => (isDate(t) ? relativeTo(t, env.now) : null) },
  // Links and files
  asFile: {
    min: 0,
    max: 0,
    call: (t, _, env) => {
      if (isFile(t)) return t;
      const item = isLink(t) ? env.resolveLink(t.target) : null;
      return item ? fileOf(item) : null;
    },
  },
  linksTo: { min: 1, max: 1, call: linksTo },
  // Objects
  keys: { min: 0, max: 0, call: (t) => (isObject(t) ? Object.keys(t.entries) : null) },
  values: { min: 0, max: 0, call: (t) => (isObject(t) ? Object.values(t.entries).map((v) => toValue(v)) : null) },
  // Regular expressions
  matches: { min: 1, max: 1, call: matchesOf },
};

function isObject(t: Value): t is Extract<Value, { type: 'object' }> {
  return typeof t === 'object' && t !== null && !Array.isArray(t) && t.type === 'object';
}

const DURATION_FIELDS: Record<string, number> = {
  minutes: 1,
  hours: 60,
  days: 1440,
  weeks: 10080,
  months: 30.436875 * 1440,
  years: 365.2425 * 1440,
  seconds: 1 / 60,
  milliseconds: 1 / 60_000,
};

/**
 * A field read with `.name` on a value: `length` of strings and lists; `year month day hour minute
 * second millisecond` of dates; `minutes hours days weeks months years` of durations (fractional);
 * `file.*` fields of a file; a key of a mapping.
 */
export function fieldOf(t: Value, name: string, env?: EvalEnv): Value {
  if (t === null) return null;
  if (name === 'length' && (typeof t === 'string' || Array.isArray(t))) return t.length;
  if (Array.isArray(t) || typeof t !== 'object') return null;
  if (isDate(t)) return dateField(t.minutes, name);
  if (isDuration(t))
    return Object.prototype.hasOwnProperty.call(DURATION_FIELDS, name)
      ? durationMinutes(t) / DURATION_FIELDS[name]
      : null;
  if (t.type === 'object') {
    return Object.prototype.hasOwnProperty.call(t.entries, name) ? toValue(t.entries[name]) : null;
  }
  if (t.type === 'file' && env && Object.prototype.hasOwnProperty.call(FILE_PROPERTIES, name))
    return FILE_PROPERTIES[name](t.item, env);
  return null;
}

function dateField(minutes: number, name: string): Value {
  const days = Math.floor(minutes / 1440);
  switch (name) {
    case 'hour':
      return Math.floor((minutes - days * 1440) / 60);
    case 'minute':
      return Math.floor((minutes - days * 1440) % 60);
    case 'second':
    case 'millisecond':
      return 0;
    default:
      break;
  }
  const c = civilFromDays(days);
  return name === 'year' ? c.year : name === 'month' ? c.month : name === 'day' ? c.day : null;
}
