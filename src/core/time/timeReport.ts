import type { DateString, DateTimeString, Item, TimeInterval } from '../model/Item';
import { isoWeekStart } from '../dates/arithmetic';
import { fromMinuteNumber, toMinuteNumber } from '../dates/dateTime';
import { toDayNumber } from '../dates/dayNumber';

/** What a time report groups by. */
export type TimeGrouping = 'item' | 'project' | 'tag' | 'week';

/** Every grouping, in help order. */
export const TIME_GROUPINGS: readonly TimeGrouping[] = ['item', 'project', 'tag', 'week'];

/** Options of a time report: the days it covers (inclusive, either end open), its grouping and the moment. */
export interface TimeReportOptions {
  from?: DateString;
  to?: DateString;
  by: TimeGrouping;
  /** Running timers count up to now. */
  now: DateTimeString;
}

/** One row: a group's key (a path, project, tag or week's Monday), its label and its minutes. */
export interface TimeReportRow {
  key: string;
  label: string;
  minutes: number;
  /** How many intervals (or parts of intervals, when clipped) made it. */
  intervals: number;
}

/** A time report: rows (most time first; weeks in date order) and the total. */
export interface TimeReport {
  by: TimeGrouping;
  from?: DateString;
  to?: DateString;
  rows: TimeReportRow[];
  totalMinutes: number;
}

/** The label of the group for items without a project or tag. */
export const NO_GROUP = { project: '(no project)', tag: '(no tag)' } as const;

/** A task's or habit's `time` list (empty for other kinds). */
export function timeOf(item: Item): readonly TimeInterval[] {
  return item.data.type === 'task' || item.data.type === 'habit' ? (item.data.time ?? []) : [];
}

/**
 * Sums the time of tasks and habits by item, project, tag or week, over the days from `from` to
 * `to` (an interval across an edge counts only its part inside). An item with two tags counts in
 * both tag rows (so tag rows may add up to more than the total); a week is named by its Monday.
 * @example timeReport(index.items(), { by: 'project', now: '2026-12-03T12:00' }).rows[0] // { key: 'Website', minutes: 150, … }
 */
export function timeReport(items: Iterable<Item>, options: TimeReportOptions): TimeReport {
  const lo = options.from === undefined ? -Infinity : toDayNumber(options.from) * 1440;
  const hi = options.to === undefined ? Infinity : (toDayNumber(options.to) + 1) * 1440;
  const nowMinute = toMinuteNumber(options.now);
  const rows = new Map<string, TimeReportRow>();
  let total = 0;
  const add = (key: string, label: string, minutes: number): void => {
    const row = rows.get(key) ?? { key, label, minutes: 0, intervals: 0 };
    row.minutes += minutes;
    row.intervals += 1;
    rows.set(key, row);
  };
  for (const item of items) {
    for (const interval of timeOf(item)) {
      const realStart = toMinuteNumber(interval.start);
      const realEnd = interval.end === undefined ? Math.max(nowMinute, realStart) : toMinuteNumber(interval.end);
      const start = Math.max(lo, realStart);
      const end = Math.min(hi, realEnd);
      // Outside the days asked for (an empty interval inside them still counts as one).
      if (end < start || (end === start && realEnd !== realStart)) continue;
      for (const [s, e] of options.by === 'week' ? splitAtWeeks(start, end) : [[start, end] as const]) {
        const minutes = e - s;
        total += minutes;
        for (const [key, label] of groupsOf(item, options.by, s)) add(key, label, minutes);
      }
    }
  }
  const sorted = [...rows.values()].sort((a, b) =>
    options.by === 'week' ? compareText(a.key, b.key) : b.minutes - a.minutes || compareText(a.label, b.label),
  );
  return {
    by: options.by,
    ...(options.from === undefined ? {} : { from: options.from }),
    ...(options.to === undefined ? {} : { to: options.to }),
    rows: sorted,
    totalMinutes: total,
  };
}

function groupsOf(item: Item, by: TimeGrouping, startMinute: number): Array<[string, string]> {
  switch (by) {
    case 'item':
      return [[item.path, item.title]];
    case 'project': {
      const project = item.data.type === 'task' ? item.data.project?.text : undefined;
      return [[project ?? NO_GROUP.project, project ?? NO_GROUP.project]];
    }
    case 'tag':
      return item.tags.length === 0 ? [[NO_GROUP.tag, NO_GROUP.tag]] : item.tags.map((t) => [t, `#${t}`]);
    case 'week': {
      const monday = isoWeekStart(fromMinuteNumber(startMinute).slice(0, 10));
      return [[monday, `week of ${monday}`]];
    }
  }
}

/** Splits [start, end) at each Monday midnight. */
function splitAtWeeks(start: number, end: number): Array<readonly [number, number]> {
  const parts: Array<readonly [number, number]> = [];
  let s = start;
  while (s < end) {
    const monday = toDayNumber(isoWeekStart(fromMinuteNumber(s).slice(0, 10)));
    const next = Math.min(end, (monday + 7) * 1440);
    parts.push([s, next]);
    s = next;
  }
  if (parts.length === 0) parts.push([start, end]);
  return parts;
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
