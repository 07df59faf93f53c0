import { parseCalendarPoint } from './calendar';
import type { EvalEnv } from './Compiled';
import { parseDuration } from './parseDuration';
import { compareOrdered, dateValue, isDate, isDuration, isLink, linkValue, type Value } from './Value';

/** A global function: arity and implementation over evaluated arguments (`if` is special-cased by the compiler). */
export interface FunctionSpec {
  min: number;
  max: number;
  call: (args: Value[], env: EvalEnv) => Value;
}

/** Reads a value as a date: a date, or a date-shaped string; null otherwise. */
export function toDate(v: Value): Value {
  if (isDate(v)) return v;
  if (typeof v !== 'string') return null;
  const c = parseCalendarPoint(v.trim());
  return c ? dateValue(c.minutes, c.hasTime) : null;
}

function extreme(args: Value[], sign: 1 | -1): Value {
  let best: Value = null;
  for (const a of args.flat()) {
    if (a === null) continue;
    if (best === null) {
      best = a;
      continue;
    }
    const c = compareOrdered(a, best);
    if (c !== null && c * sign > 0) best = a;
  }
  return best;
}

/** The global functions stack expressions support. */
export const FUNCTIONS: Readonly<Record<string, FunctionSpec>> = {
  today: { min: 0, max: 0, call: (_, env) => env.today },
  now: { min: 0, max: 0, call: (_, env) => env.now },
  date: { min: 1, max: 1, call: ([v]) => toDate(v) },
  duration: { min: 1, max: 1, call: ([v]) => (isDuration(v) ? v : typeof v === 'string' ? parseDuration(v) : null) },
  if: { min: 2, max: 3, call: () => null },
  link: { min: 1, max: 2, call: ([v]) => (isLink(v) ? v : typeof v === 'string' ? linkValue(v) : null) },
  list: { min: 1, max: 1, call: ([v]) => (v === null ? [] : Array.isArray(v) ? v : [v]) },
  number: {
    min: 1,
    max: 1,
    call: ([v]) => {
      if (typeof v === 'number') return v;
      if (typeof v === 'boolean') return v ? 1 : 0;
      if (typeof v === 'string' && v.trim() !== '' && Number.isFinite(Number(v))) return Number(v);
      return null;
    },
  },
  min: { min: 1, max: Infinity, call: (args) => extreme(args, -1) },
  max: { min: 1, max: Infinity, call: (args) => extreme(args, 1) },
};

/** Bases functions stack blocks do not support, with the reason or the alternative. */
export const UNSUPPORTED_FUNCTIONS: Readonly<Record<string, string>> = {
  not: 'not(x) is the older Bases syntax; write !x',
  empty: 'empty(x) is the older Bases syntax; write x.isEmpty()',
  file: 'file(path) is not supported in stack blocks; compare file.path or use a link property',
  image: 'image() is display-only and not supported in stack blocks',
  icon: 'icon() is display-only and not supported in stack blocks',
  html: 'html() is display-only and not supported in stack blocks',
  escapeHTML: 'escapeHTML() is display-only and not supported in stack blocks',
};
