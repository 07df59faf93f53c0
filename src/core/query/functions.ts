import { parseCalendarPoint } from './calendar';
import type { EvalEnv } from './Compiled';
import { fileOf } from './fileProperties';
import { parseDuration } from './parseDuration';
import {
  compareOrdered,
  dateValue,
  displayValue,
  durationMinutes,
  isDate,
  isDuration,
  isEmptyValue,
  isFile,
  isLink,
  isTruthy,
  linkValue,
  type Value,
} from './Value';

/** A global function: arity and implementation over evaluated arguments (`if` is special-cased by the compiler). */
export interface FunctionSpec {
  min: number;
  max: number;
  call: (args: Value[], env: EvalEnv) => Value;
}

const DATE_TIME_RE = /^(\d{4}-\d{2}-\d{2})[T ](\d{2}:\d{2})(?::\d{2}(?:\.\d+)?)?$/;

/** Reads a value as a date: a date, or a date-shaped string (`YYYY-MM-DD`, `YYYY-MM-DD HH:mm[:ss]`, `…THH:mm`); null otherwise. */
export function toDate(v: Value): Value {
  if (isDate(v)) return v;
  if (typeof v !== 'string') return null;
  const text = v.trim();
  const c = parseCalendarPoint(text);
  if (c) return dateValue(c.minutes, c.hasTime);
  const m = DATE_TIME_RE.exec(text);
  const t = m ? parseCalendarPoint(`${m[1]}T${m[2]}`) : null;
  return t ? dateValue(t.minutes, true) : null;
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

/** The one empty list `list(null)` gives (values are never mutated), so a missing list costs no allocation per item. */
const NO_VALUES: Value[] = [];

/** `list(v)`: a list as it is, null as the empty list, anything else as a list of one. */
function listOf(v: Value): Value[] {
  return v === null ? NO_VALUES : Array.isArray(v) ? v : [v];
}

function toNumber(v: Value): Value {
  if (typeof v === 'number') return v;
  if (typeof v === 'boolean') return v ? 1 : 0;
  if (typeof v === 'string' && v.trim() !== '' && Number.isFinite(Number(v))) return Number(v);
  // As in Bases: a date is its milliseconds since 1970, a duration its length in milliseconds.
  if (isDate(v)) return v.minutes * 60_000;
  if (isDuration(v)) return durationMinutes(v) * 60_000;
  return null;
}

const HTML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** The global functions stack expressions support. */
export const FUNCTIONS: Readonly<Record<string, FunctionSpec>> = {
  today: { min: 0, max: 0, call: (_, env) => env.today },
  now: { min: 0, max: 0, call: (_, env) => env.now },
  date: { min: 1, max: 1, call: ([v]) => toDate(v) },
  duration: { min: 1, max: 1, call: ([v]) => (isDuration(v) ? v : typeof v === 'string' ? parseDuration(v) : null) },
  if: { min: 2, max: 3, call: () => null },
  link: {
    min: 1,
    max: 2,
    call: ([v]) =>
      isLink(v)
        ? v
        : isFile(v)
          ? linkValue(v.item.path.replace(/\.md$/i, ''))
          : typeof v === 'string'
            ? linkValue(v)
            : null,
  },
  list: { min: 1, max: 1, call: (args) => listOf(args[0]) },
  number: { min: 1, max: 1, call: ([v]) => toNumber(v) },
  min: { min: 1, max: Infinity, call: (args) => extreme(args, -1) },
  max: { min: 1, max: Infinity, call: (args) => extreme(args, 1) },
  file: {
    min: 1,
    max: 1,
    call: ([v], env) => {
      if (isFile(v)) return v;
      const target = isLink(v) ? v.target : typeof v === 'string' ? linkValue(v).target : null;
      const item = target === null ? null : env.resolveLink(target);
      return item ? fileOf(item) : null;
    },
  },
  random: { min: 0, max: 0, call: () => Math.random() },
  // Display helpers: every value reaches the page as text, so these give text (see docs/queries.md).
  escapeHTML: { min: 1, max: 1, call: ([v]) => displayValue(v).replace(/[&<>"']/g, (c) => HTML_ESCAPES[c]) },
  html: { min: 1, max: 1, call: ([v]) => (v === null ? null : displayValue(v)) },
  image: {
    min: 1,
    max: 1,
    call: ([v]) => (v === null ? null : isFile(v) ? v.item.path : isLink(v) ? v.target : displayValue(v)),
  },
  icon: { min: 1, max: 1, call: ([v]) => (typeof v === 'string' ? v : null) },
  // The older Bases spellings, still found in Bases written before 1.9.
  not: { min: 1, max: 1, call: ([v]) => !isTruthy(v) },
  empty: { min: 1, max: 1, call: ([v]) => isEmptyValue(v) },
};
