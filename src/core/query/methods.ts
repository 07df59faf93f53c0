import { civilFromDays } from '../dates';
import {
  dateValue,
  displayValue,
  durationMinutes,
  isDate,
  isDuration,
  isEmptyValue,
  isLink,
  isTruthy,
  linkKey,
  toValue,
  valuesEqual,
  type Value,
} from './Value';

/** A method on a value: arity and implementation. Methods on the wrong type give null (a filter treats null as false). */
export interface MethodSpec {
  min: number;
  max: number;
  call: (target: Value, args: Value[]) => Value;
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

function onString(f: (s: string, args: Value[]) => Value): (t: Value, args: Value[]) => Value {
  return (t, args) => (typeof t === 'string' ? f(t, args) : null);
}
function onNumber(f: (n: number, args: Value[]) => Value): (t: Value, args: Value[]) => Value {
  return (t, args) => (typeof t === 'number' ? f(t, args) : null);
}
function roundTo(n: number, digits: Value, how: (x: number) => number): number {
  const d = typeof digits === 'number' ? Math.max(0, Math.min(10, Math.trunc(digits))) : 0;
  const f = 10 ** d;
  return how(n * f) / f;
}

/** The value methods stack expressions support (`x.contains("a")`). */
export const METHODS: Readonly<Record<string, MethodSpec>> = {
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
  isEmpty: { min: 0, max: 0, call: (t) => isEmptyValue(t) },
  isTruthy: { min: 0, max: 0, call: (t) => isTruthy(t) },
  toString: { min: 0, max: 0, call: (t: Value) => displayValue(t) },
  lower: { min: 0, max: 0, call: onString((s) => s.toLowerCase()) },
  upper: { min: 0, max: 0, call: onString((s) => s.toUpperCase()) },
  trim: { min: 0, max: 0, call: onString((s) => s.trim()) },
  length: { min: 0, max: 0, call: (t) => fieldOf(t, 'length') },
  round: { min: 0, max: 1, call: onNumber((n, [d]) => roundTo(n, d, Math.round)) },
  floor: { min: 0, max: 0, call: onNumber((n) => Math.floor(n)) },
  ceil: { min: 0, max: 0, call: onNumber((n) => Math.ceil(n)) },
  abs: { min: 0, max: 0, call: onNumber((n) => Math.abs(n)) },
  toFixed: {
    min: 1,
    max: 1,
    call: onNumber((n, [d]) => (typeof d === 'number' && d >= 0 && d <= 20 ? n.toFixed(Math.trunc(d)) : null)),
  },
  join: {
    min: 0,
    max: 1,
    call: (t, [sep]) => (Array.isArray(t) ? t.map(displayValue).join(typeof sep === 'string' ? sep : ', ') : null),
  },
  unique: {
    min: 0,
    max: 0,
    call: (t) => {
      if (!Array.isArray(t)) return null;
      const list: Value[] = t;
      return list.filter((x, i) => list.findIndex((y) => valuesEqual(x, y)) === i);
    },
  },
  date: { min: 0, max: 0, call: (t) => (isDate(t) ? dateValue(Math.floor(t.minutes / 1440) * 1440, false) : null) },
};

/** Bases methods stack blocks do not support, with the reason. */
export const UNSUPPORTED_METHODS: Readonly<Record<string, string>> = {
  filter: 'list filter() with `value` expressions is not supported in stack blocks',
  map: 'list map() with `value` expressions is not supported in stack blocks',
  reduce: 'list reduce() is not supported in stack blocks',
  asFile: "asFile() is not supported; read a linked item's property directly (host.role)",
  format: 'date format() is display-only and not supported in stack blocks',
  relative: 'date relative() is display-only and not supported in stack blocks',
};

const DURATION_FIELDS: Record<string, number> = {
  minutes: 1,
  hours: 60,
  days: 1440,
  weeks: 10080,
  months: 30.436875 * 1440,
  years: 365.2425 * 1440,
};

/**
 * A field read with `.name` on a value: `length` of strings and lists; `year month day hour minute`
 * of dates; `minutes hours days weeks months years` of durations (fractional); a key of a mapping.
 */
export function fieldOf(t: Value, name: string): Value {
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
  return null;
}

function dateField(minutes: number, name: string): Value {
  const days = Math.floor(minutes / 1440);
  switch (name) {
    case 'hour':
      return Math.floor((minutes - days * 1440) / 60);
    case 'minute':
      return (minutes - days * 1440) % 60;
    default:
      break;
  }
  const c = civilFromDays(days);
  return name === 'year' ? c.year : name === 'month' ? c.month : name === 'day' ? c.day : null;
}
