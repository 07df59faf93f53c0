import type { TimeInterval } from '../model/Item';
import type { FieldReader } from '../kinds/fields/FieldReader';
import { parseTimeInterval } from './timeInterval';

/**
 * Reads a task's or habit's `time` list; undefined when the note has none. A bad entry is a
 * problem on `time[i]` and is dropped; so is a second running timer on the same item (one item
 * runs one timer: the later open entry is reported).
 * @example readTimeLog(reader, 'time') // [{ start: '2026-12-03T09:00', end: '2026-12-03T10:00', text }]
 */
export function readTimeLog(r: FieldReader, field: string): TimeInterval[] | undefined {
  if (r.isMissing(field)) return undefined;
  const raw = r.raw(field);
  const entries: unknown[] = Array.isArray(raw) ? raw : [raw];
  const out: TimeInterval[] = [];
  let running: TimeInterval | undefined;
  entries.forEach((entry, i) => {
    if (entry === null || entry === undefined) return;
    const at = Array.isArray(raw) ? `${field}[${i}]` : field;
    const parsed = parseTimeInterval(entry);
    if (!parsed.ok) return r.report(at, parsed.message);
    if (parsed.value.end === undefined) {
      if (running !== undefined)
        return r.report(
          at,
          `is a second running timer (one has run since ${running.start}): give one of them an end (start/end)`,
        );
      running = parsed.value;
    }
    out.push(parsed.value);
  });
  return out;
}
