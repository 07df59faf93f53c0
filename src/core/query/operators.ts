import { addMonthsToMinutes } from './calendar';
import { parseDuration } from './parseDuration';
import {
  compareOrdered,
  dateValue,
  displayValue,
  isDate,
  isDuration,
  isTruthy,
  valuesEqual,
  type DateValue,
  type DurationValue,
  type Value,
} from './Value';
import type { BinaryOp } from './Ast';

function asDuration(v: Value): DurationValue | null {
  if (isDuration(v)) return v;
  return typeof v === 'string' ? parseDuration(v) : null;
}

/**
 * Shifts a date by a duration (`sign` 1 adds, -1 subtracts): exact minutes first, then calendar months
 * with the day clamped to the month's length. A shift by a part of a day gives a datetime.
 */
export function shiftDate(date: DateValue, d: DurationValue, sign: 1 | -1): DateValue {
  const minutes = addMonthsToMinutes(date.minutes + sign * d.minutes, sign * d.months);
  return dateValue(minutes, date.hasTime || d.minutes % 1440 !== 0);
}

/** `a + b` / `a - b`: numbers; date ± duration (or a duration string such as "7d"); date − date; duration ± duration; text + anything joins. */
export function addValues(a: Value, b: Value, sign: 1 | -1): Value {
  if (a === null || b === null) return null;
  if (typeof a === 'number' && typeof b === 'number') return a + sign * b;
  if (isDate(a)) {
    if (isDate(b)) return sign === -1 ? { type: 'duration', months: 0, minutes: a.minutes - b.minutes } : null;
    const d = asDuration(b);
    return d ? shiftDate(a, d, sign) : null;
  }
  if (isDate(b)) {
    const d = sign === 1 ? asDuration(a) : null;
    return d ? shiftDate(b, d, 1) : null;
  }
  if (isDuration(a) || isDuration(b)) {
    const [x, y] = [asDuration(a), asDuration(b)];
    return x && y
      ? { type: 'duration', months: x.months + sign * y.months, minutes: x.minutes + sign * y.minutes }
      : null;
  }
  if (sign === 1 && typeof a === 'string') return a + displayValue(b);
  return null;
}

const ORDER_TESTS: Record<'<' | '<=' | '>' | '>=', (c: number) => boolean> = {
  '<': (c) => c < 0,
  '<=': (c) => c <= 0,
  '>': (c) => c > 0,
  '>=': (c) => c >= 0,
};

/**
 * The function of one binary operator other than `&&`/`||` (which short-circuit in the compiler),
 * chosen once at compile time so an evaluation does not switch on the operator.
 */
export function binaryOperator(op: Exclude<BinaryOp, '&&' | '||'>): (a: Value, b: Value) => Value {
  switch (op) {
    case '==':
      return valuesEqual;
    case '!=':
      return (a, b) => !valuesEqual(a, b);
    case '+':
      return (a, b) => (typeof a === 'number' && typeof b === 'number' ? a + b : addValues(a, b, 1));
    case '-':
      return (a, b) => (typeof a === 'number' && typeof b === 'number' ? a - b : addValues(a, b, -1));
    case '*':
      return (a, b) => (typeof a === 'number' && typeof b === 'number' ? a * b : null);
    case '/':
      return (a, b) => (typeof a === 'number' && typeof b === 'number' && b !== 0 ? a / b : null);
    case '%':
      return (a, b) => (typeof a === 'number' && typeof b === 'number' && b !== 0 ? a % b : null);
    default: {
      const test = ORDER_TESTS[op];
      return (a, b) => {
        const c = compareOrdered(a, b);
        return c !== null && test(c);
      };
    }
  }
}

/** `!x`: the negation of truthiness. */
export function notValue(v: Value): boolean {
  return !isTruthy(v);
}
