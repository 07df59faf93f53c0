import { addDays, isoWeekStart, monthStart } from '../dates/arithmetic';
import type { DateString, DateTimeString, Item } from '../model/Item';
import { formatMinutes } from '../time/timeInterval';
import { runningInterval } from '../time/timerActions';
import { NO_GROUP, timeOf, timeReport, type TimeGrouping } from '../time/timeReport';
import { rowsOf, type BaseRowGroup } from './BaseRow';

/** How many rows the view draws by default; the others are counted in a line under them. */
export const DEFAULT_TIME_REPORT_ROWS = 100;

/** The days a report covers, counted back from today. */
export type TimeReportPeriod = 'all' | 'this-week' | 'last-7-days' | 'this-month' | 'last-30-days';

/** Every period, with the words the view's option shows. */
export const TIME_REPORT_PERIODS: Readonly<Record<TimeReportPeriod, string>> = {
  all: 'All time',
  'this-week': 'This week',
  'last-7-days': 'Last 7 days',
  'this-month': 'This month',
  'last-30-days': 'Last 30 days',
};

/** Every grouping, with the words the view's option shows. */
export const TIME_REPORT_GROUPINGS: Readonly<Record<TimeGrouping, string>> = {
  item: 'Item',
  project: 'Project',
  tag: 'Tag',
  week: 'Week',
};

/** One row of the report: a group's label and time, and its share of the total. */
export interface TimeReportLine {
  key: string;
  label: string;
  /** The item to open, when the report is by item (a note, or an inline task `<note>#L<line>`). */
  path?: string;
  minutes: number;
  /** `1h 30m`. */
  time: string;
  intervals: number;
  /** Share of the total in whole percent (tag rows may add up to more than 100). */
  percent: number;
  /** Whether a timer runs in this group (its time grows while the view is open). */
  running: boolean;
  signature: string;
}

/** What the Time report view draws. */
export interface BaseTimeReportModel {
  by: TimeGrouping;
  period: TimeReportPeriod;
  /** The first and last day counted (both absent for all time). */
  from?: DateString;
  to?: DateString;
  lines: TimeReportLine[];
  /** Lines left out by `maxRows`. */
  hidden: number;
  totalMinutes: number;
  /** `4h 30m`. */
  total: string;
  /** How many tasks and habits (notes and their inline tasks) in the Base have a `time` list. */
  timedItems: number;
  /** Whether some timer runs: the view then redraws every minute. */
  running: boolean;
}

/** Options of the Time report view. */
export interface BaseTimeReportOptions {
  by: TimeGrouping;
  period: TimeReportPeriod;
  today: DateString;
  now: DateTimeString;
  /** The inline tasks (Obsidian Tasks lines) of a note, counted with the note's row. */
  inlineTasks(notePath: string): readonly Item[];
  maxRows?: number;
}

/**
 * The days of a period ending today (the week starts on Monday).
 * @example periodDays('this-week', '2026-12-03') // { from: '2026-11-30', to: '2026-12-03' }
 */
export function periodDays(period: TimeReportPeriod, today: DateString): { from?: DateString; to?: DateString } {
  switch (period) {
    case 'all':
      return {};
    case 'this-week':
      return { from: isoWeekStart(today), to: today };
    case 'last-7-days':
      return { from: addDays(today, -6), to: today };
    case 'this-month':
      return { from: monthStart(today), to: today };
    case 'last-30-days':
      return { from: addDays(today, -29), to: today };
  }
}

/**
 * The time report of a Base's rows: the `time` of every task and habit note among them, and of the
 * Obsidian Tasks inline tasks in the notes among them (their `⏱` sub-items), summed by item,
 * project, tag or week over the period (`core/time/timeReport`: a running timer counts up to now,
 * an interval across the period's edge counts its part inside). The Base's filters choose the
 * notes; its groupBy and sort are not used (the report has its own grouping and order: most time
 * first, weeks in date order).
 * @example buildBaseTimeReport(groups, { by: 'project', period: 'all', today, now, inlineTasks }).lines[0] // { label: 'Website', time: '2h 30m', percent: 60, … }
 */
export function buildBaseTimeReport(
  groups: readonly BaseRowGroup[],
  options: BaseTimeReportOptions,
): BaseTimeReportModel {
  const items: Item[] = [];
  const seen = new Set<string>();
  const add = (item: Item): void => {
    if (timeOf(item).length === 0 || seen.has(item.path)) return;
    seen.add(item.path);
    items.push(item);
  };
  for (const group of groups)
    for (const row of rowsOf(group)) {
      if (row.item !== undefined) add(row.item);
      for (const task of options.inlineTasks(row.path)) add(task);
    }
  const days = periodDays(options.period, options.today);
  const report = timeReport(items, { by: options.by, now: options.now, ...days });
  const runningKeys = runningGroups(items, options.by, options.now, report.rows.length > 0);
  const max = options.maxRows ?? DEFAULT_TIME_REPORT_ROWS;
  const total = report.totalMinutes;
  const lines = report.rows.slice(0, max).map((row): TimeReportLine => {
    const percent = total === 0 ? 0 : Math.round((row.minutes / total) * 100);
    const running = runningKeys.has(row.key);
    const line: TimeReportLine = {
      key: row.key,
      label: row.label,
      minutes: row.minutes,
      time: formatMinutes(row.minutes),
      intervals: row.intervals,
      percent,
      running,
      signature: JSON.stringify([row.label, row.minutes, row.intervals, percent, running]),
    };
    if (options.by === 'item') line.path = row.key;
    return line;
  });
  return {
    by: options.by,
    period: options.period,
    ...days,
    lines,
    hidden: report.rows.length - lines.length,
    totalMinutes: total,
    total: formatMinutes(total),
    timedItems: items.length,
    running: items.some((i) => runningInterval({ time: timeOf(i) }) !== undefined),
  };
}

/** The keys of the groups a running timer counts in (by item: its path; by project or tag: its groups; by week: this week). */
function runningGroups(items: readonly Item[], by: TimeGrouping, now: DateTimeString, any: boolean): Set<string> {
  const keys = new Set<string>();
  if (!any) return keys;
  for (const item of items) {
    const running = runningInterval({ time: timeOf(item) });
    if (running === undefined) continue;
    if (by === 'item') keys.add(item.path);
    else if (by === 'week') keys.add(isoWeekStart(now.slice(0, 10)));
    else if (by === 'tag') for (const tag of item.tags.length === 0 ? [NO_GROUP.tag] : item.tags) keys.add(tag);
    else if (by === 'project')
      keys.add((item.data.type === 'task' ? item.data.project?.text : undefined) ?? NO_GROUP.project);
  }
  return keys;
}
