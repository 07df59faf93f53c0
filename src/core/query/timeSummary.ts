import { toMinuteNumber } from '../dates/dateTime';
import { parseTimeInterval } from '../time/timeInterval';
import type { EvalEnv } from './Compiled';
import type { Value } from './Value';

/**
 * The `Time` summary: the total time of a column of `time` lists (a task's or habit's intervals),
 * a running timer counted up to now; empty when no row has an interval.
 * @example summaries: { time: Time } // a duration such as 4h 30m under the time column
 */
export function timeSummary(values: readonly Value[], env: EvalEnv): Value {
  let minutes = 0;
  let counted = false;
  for (const value of values) {
    for (const entry of Array.isArray(value) ? value : [value]) {
      const read = parseTimeInterval(entry);
      if (!read.ok) continue;
      const end = read.value.end === undefined ? env.now.minutes : toMinuteNumber(read.value.end);
      minutes += Math.max(0, end - toMinuteNumber(read.value.start));
      counted = true;
    }
  }
  return counted ? { type: 'duration', months: 0, minutes } : null;
}
