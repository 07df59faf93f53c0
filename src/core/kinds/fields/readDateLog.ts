import type { DateString } from '../../model/Item';
import type { FieldReader } from './FieldReader';
import { parseDateValue } from './valueParsers';

/**
 * Reads a list of dates (a habit's or a recurring task's `log`), deduplicated and sorted; each bad
 * entry is a problem on `field[i]` and is dropped.
 * @example readDateLog(reader, 'log') // ['2026-11-01', '2026-11-02']
 */
export function readDateLog(r: FieldReader, field: string): DateString[] {
  const read = r.list(field, parseDateValue, false);
  // Logs are usually written in order: only a log out of order or with repeats needs the dedupe and sort.
  return isStrictlyIncreasing(read) ? read : [...new Set(read)].sort();
}

function isStrictlyIncreasing(values: readonly string[]): boolean {
  for (let i = 1; i < values.length; i++) if (!(values[i - 1] < values[i])) return false;
  return true;
}
