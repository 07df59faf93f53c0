import { weekdayOf } from '../dates/arithmetic';
import { fromDayNumber, toDayNumber } from '../dates/dayNumber';
import { MONTH_NAMES } from '../dates/parseDate';
import { habitStats, parseGoal } from '../kinds/habit';
import { isKind, type HabitGoal } from '../model/Item';
import { datesIn } from './baseDates';
import { noteField, rowsOf, type BaseRow, type BaseRowGroup } from './BaseRow';

/** How many days a grid covers: the year ending today. */
export const HEATMAP_DAYS = 365;
/** How many grids the view draws by default; the others are counted in a line under them. */
export const DEFAULT_HEATMAP_GRIDS = 60;

/** Options of the Bases heatmap. */
export interface BaseHeatmapOptions {
  /** The date-list property (`note.log`). */
  property: string;
  /** A goal for every grid (`daily`, `3/week`, `mon, wed`); null: each habit's own goal, none for other notes. */
  goal: string | null;
  /** One grid per group of the Base's groupBy (dates added up) instead of one per row. */
  perGroup: boolean;
  today: string;
  /** At most this many grids; the rest are counted in `hidden`. */
  maxGrids?: number;
}

/** The days every grid shares: the year ending today, Monday-first week columns. */
export interface HeatmapCalendar {
  /** Every day, oldest first. */
  days: readonly string[];
  /** Empty cells before the first day in its week column (0 = the year starts on a Monday). */
  offset: number;
  /** The month name over each week column (empty when no month starts in it). */
  monthLabels: readonly string[];
}

/** How a grid's days meet the goal: the streak, and progress in this week or month for n/week and n/month goals. */
export interface HeatmapGoal {
  /** The goal as written (`3/week`). */
  text: string;
  streak: number;
  unit: 'day' | 'week' | 'month';
  doneToday: boolean;
  period?: { done: number; target: number };
}

/** One year grid: a row's (or a group's) dates counted per day. */
export interface BaseHeatmapGrid {
  /** The row's path, or `group:<label>`. */
  key: string;
  title: string;
  /** The note to open from the title; null for a group. */
  path: string | null;
  /** Dates per calendar day (same length as `calendar.days`). */
  counts: readonly number[];
  /** Dates inside the year. */
  total: number;
  /** The largest count of a day, for shading. */
  max: number;
  /** A click on a day checks the habit in: the row is a habit and the property its `log`. */
  checkIn: boolean;
  goal: HeatmapGoal | null;
  /** A goal option that is not a goal: the message, shown instead of progress. */
  goalProblem: string | null;
  /** Changes whenever anything drawn changes, so a view redraws only grids whose signature differs. */
  signature: string;
  /** What the grid was made from (the row's item, raw value and title), so the next model can reuse it unchanged; empty for a group. */
  basis: readonly unknown[];
}

/** What the heatmap view draws. */
export interface BaseHeatmapModel {
  /** The options the model was built with, as one string (a previous model's grids are reused only under the same). */
  optionsKey: string;
  calendar: HeatmapCalendar;
  grids: BaseHeatmapGrid[];
  /** Grids left out by `maxGrids`. */
  hidden: number;
  property: string;
}

/**
 * Year grids of a Base's rows (or groups) from a date-list property, with the goal's streak and
 * period progress when a goal applies. Rows come in the Base's order; only the first `maxGrids`
 * grids get counts (the others are only counted), so a Base of thousands of notes stays cheap.
 * Given the `previous` model, a row's grid is reused when the row has the same item, raw value and
 * title as then (Obsidian and the index keep those objects until the note changes).
 * @example buildBaseHeatmap(groups, { property: 'note.log', goal: null, perGroup: false, today: '2026-11-28' }).grids[0]?.total
 */
export function buildBaseHeatmap(
  groups: readonly BaseRowGroup[],
  options: BaseHeatmapOptions,
  previous: BaseHeatmapModel | null = null,
): BaseHeatmapModel {
  const optionsKey = JSON.stringify([options.property, options.goal, options.perGroup, options.today]);
  const reusable = previous?.optionsKey === optionsKey ? previous : null;
  const earlier = new Map(reusable?.grids.map((g) => [g.key, g]));
  const calendar = reusable?.calendar ?? heatmapCalendar(options.today);
  const max = options.maxGrids ?? DEFAULT_HEATMAP_GRIDS;
  const optionGoal = options.goal === null || options.goal.trim() === '' ? null : parseGoal(options.goal);
  const sources: Array<{ key: string; title: string; rows: readonly BaseRow[]; row: BaseRow | null }> = [];
  let count = 0;
  for (const group of groups) {
    if (options.perGroup) {
      if (count++ < max)
        sources.push({
          key: `group:${group.label ?? ''}`,
          title: group.label ?? 'No value',
          rows: rowsOf(group),
          row: null,
        });
      continue;
    }
    // Only the rows drawn are read: the others are counted.
    for (let i = 0; i < group.size && count < max; i++, count++) {
      const row = group.row(i);
      sources.push({ key: row.path, title: row.title, rows: [row], row });
    }
  }
  const grids: BaseHeatmapGrid[] = [];
  for (const source of sources) {
    const raw = source.row?.value(options.property);
    const basis = source.row ? [source.row.item, raw, source.title] : [];
    const before = earlier.get(source.key);
    if (before && basis.length > 0 && sameBasis(before.basis, basis)) {
      grids.push(before);
      continue;
    }
    const dates = source.row
      ? datesIn(raw).map((d) => d.slice(0, 10))
      : source.rows.flatMap((row) => datesIn(row.value(options.property)).map((d) => d.slice(0, 10)));
    const habit = source.row?.item !== undefined && isKind(source.row.item, 'habit') ? source.row.item : undefined;
    const goal: HabitGoal | null = optionGoal?.ok
      ? optionGoal.value
      : optionGoal === null
        ? (habit?.data.goal ?? null)
        : null;
    const goalText = optionGoal === null ? (habit ? goalWritten(habit.frontmatter.goal) : '') : (options.goal ?? '');
    const grid = countDays(calendar, dates);
    const state = goal === null ? null : goalState(goal, goalText, dates, options.today, habit?.data);
    const checkIn = habit !== undefined && noteField(options.property) === 'log';
    grids.push({
      key: source.key,
      title: source.title,
      path: source.row?.path ?? null,
      ...grid,
      checkIn,
      goal: state,
      goalProblem: optionGoal !== null && !optionGoal.ok ? optionGoal.message : null,
      basis,
      signature: [source.title, checkIn, goalText, JSON.stringify(state), grid.total, [...dates].sort().join()].join(
        '\u0000',
      ),
    });
  }
  const total = options.perGroup ? groups.length : groups.reduce((n, g) => n + g.size, 0);
  return { optionsKey, calendar, grids, hidden: Math.max(0, total - grids.length), property: options.property };
}

/**
 * The year of days ending `today`, with the week-column offset and month labels.
 * @example heatmapCalendar('2026-11-28').days.length // 365
 */
export function heatmapCalendar(today: string): HeatmapCalendar {
  const end = toDayNumber(today);
  const days = Array.from({ length: HEATMAP_DAYS }, (_, i) => fromDayNumber(end - HEATMAP_DAYS + 1 + i));
  const offset = weekdayOf(days[0]);
  const weeks = Math.ceil((offset + days.length) / 7);
  const monthLabels = Array.from({ length: weeks }, (_, week) => {
    for (let d = 0; d < 7; d++) {
      const day = days[week * 7 + d - offset];
      if (day?.endsWith('-01')) return MONTH_NAMES[Number(day.slice(5, 7)) - 1]?.slice(0, 3) ?? '';
    }
    return '';
  });
  return { days, offset, monthLabels };
}

function countDays(
  calendar: HeatmapCalendar,
  dates: readonly string[],
): { counts: number[]; total: number; max: number } {
  const counts = new Array<number>(calendar.days.length).fill(0);
  const start = toDayNumber(calendar.days[0]);
  let total = 0;
  for (const date of dates) {
    const i = toDayNumber(date) - start;
    if (i < 0 || i >= counts.length) continue;
    counts[i] = counts[i] + 1;
    total++;
  }
  return { counts, total, max: Math.max(0, ...counts) };
}

function goalState(
  goal: HabitGoal,
  text: string,
  dates: string[],
  today: string,
  habit: { started?: string; paused?: string | true } | undefined,
): HeatmapGoal {
  const stats = habitStats({ type: 'habit', goal, log: dates, started: habit?.started, paused: habit?.paused }, today);
  return {
    text,
    streak: stats.currentStreak,
    unit: stats.streakUnit,
    doneToday: stats.doneToday,
    ...(stats.period ? { period: stats.period } : {}),
  };
}

/** A habit's `goal` as written: text, or a weekday list joined with commas. */
function goalWritten(goal: unknown): string {
  if (typeof goal === 'string') return goal;
  return Array.isArray(goal) ? goal.filter((g) => typeof g === 'string').join(', ') : '';
}

function sameBasis(a: readonly unknown[], b: readonly unknown[]): boolean {
  return a.length === b.length && a.every((v, i) => v === b[i]);
}
