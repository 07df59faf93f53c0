import { parseTimewExport } from '../../core/formats/timewarrior';
import type { ImportFormat } from './ImportFormat';
import { timewToLocal } from './localTime';
import { planTimeImportInto } from './timeImportNotes';

/** `vault-stack import timewarrior FILE`: `timew export` JSON into tasks' and habits' time lists. */
export const timewarriorImport: ImportFormat = {
  name: 'timewarrior',
  summary: '`timew export` JSON: each interval joins the task or habit its first matching tag names (else a new task)',
  plan(input) {
    const read = parseTimewExport(new TextDecoder().decode(input.bytes));
    if (read.problems.length > 0) return { notes: [], problems: read.problems };
    const entries = read.intervals.map((interval, i) => ({
      names: interval.tags,
      start: timewToLocal(interval.start),
      ...(interval.end === undefined ? {} : { end: timewToLocal(interval.end) }),
      tags: interval.tags.slice(1),
      label: `entry ${i + 1}`,
    }));
    return planTimeImportInto(input, entries);
  },
};
