import { civilOf } from '../dates';
import { fromDayNumber, toDayNumber } from '../dates/dayNumber';
import { MONTH_NAMES } from '../dates/parseDate';
import { isKind } from '../model/Item';
import { firstDateIn } from './baseDates';
import { noteField, type BaseRow, type BaseRowGroup, type BaseValue } from './BaseRow';

/** The date properties the timeline reads, in order, when its option is not set. */
export const TIMELINE_DEFAULT_PROPERTIES = ['note.due', 'note.expires', 'note.warranty', 'note.tls-expires'] as const;
/** How many rows the view draws by default; the others are counted in a line under them. */
export const DEFAULT_TIMELINE_ROWS = 500;
/** How many rows without a date the model names. */
export const UNDATED_LISTED = 50;
/** Days ahead that count as soon. */
const SOON_DAYS = 7;

/** Where a date stands: past and still open, today, within a week, later, or closed (a done or cancelled task). */
export type TimelineState = 'overdue' | 'today' | 'soon' | 'later' | 'done';

/** One row on the axis. */
export interface TimelineMark {
  /** The row's path. */
  key: string;
  title: string;
  path: string;
  /** `YYYY-MM-DD` or `YYYY-MM-DDTHH:mm`. */
  date: string;
  /** The property the date came from (`note.due`). */
  property: string;
  /** 0–100: where on the axis. */
  position: number;
  state: TimelineState;
  /** Whole days from today (negative: past). */
  days: number;
  /** Changes whenever anything drawn changes. */
  signature: string;
}

/** The marks of one group of the Base. */
export interface TimelineGroup {
  label: string | null;
  marks: TimelineMark[];
}

/** A label on the axis (a month, or a year on long spans). */
export interface TimelineTick {
  label: string;
  position: number;
}

/** What the timeline view draws. */
export interface BaseTimelineModel {
  start: string;
  end: string;
  today: string;
  todayPosition: number;
  ticks: TimelineTick[];
  groups: TimelineGroup[];
  /** The first rows read without a date in the property (at most `UNDATED_LISTED`). */
  undated: Array<{ title: string; path: string }>;
  /** How many rows read had no date. */
  undatedCount: number;
  /** Rows not read once `maxRows` dated rows were found: left out, dated or not. */
  hidden: number;
}

/** Options of the Bases timeline. */
export interface BaseTimelineOptions {
  /** The date property; null: the first of due, expires, warranty and tls-expires each row has. */
  property: string | null;
  today: string;
  maxRows?: number;
}

/**
 * Rows on a time axis spanning their dates and today, in the Base's groups, each row sorted by
 * date; overdue (an open date before today) is its own state, and a done or cancelled task is
 * closed rather than overdue. Positions are whole percents, so a view can place marks with classes.
 * @example buildBaseTimeline(groups, { property: 'note.due', today: '2026-11-28' }).todayPosition
 */
export function buildBaseTimeline(groups: readonly BaseRowGroup[], options: BaseTimelineOptions): BaseTimelineModel {
  const max = options.maxRows ?? DEFAULT_TIMELINE_ROWS;
  const today = toDayNumber(options.today);
  const shown: Array<{ group: number; row: BaseRow; date: string; property: string; day: number }> = [];
  const undated: Array<{ title: string; path: string }> = [];
  let undatedCount = 0;
  let read = 0;
  let total = 0;
  const candidates =
    options.property === null
      ? DEFAULT_CANDIDATES
      : [{ property: options.property, field: noteField(options.property) }];
  // Rows are read in the Base's order until `max` dated ones are found; the rest are only counted.
  groups.forEach((group, g) => {
    total += group.size;
    for (let i = 0; i < group.size && shown.length < max; i++, read++) {
      const row = group.row(i);
      const found = firstDate(row, candidates);
      if (found !== null) shown.push({ group: g, row, ...found, day: toDayNumber(found.date.slice(0, 10)) });
      else if (undatedCount++ < UNDATED_LISTED) undated.push({ title: row.title, path: row.path });
    }
  });
  let lo = today;
  let hi = today;
  for (const d of shown) {
    if (d.day < lo) lo = d.day;
    if (d.day > hi) hi = d.day;
  }
  // Some room either side, and at least two weeks of axis, so marks never sit on the edge.
  const pad = Math.max(3, Math.ceil((hi - lo) * 0.03));
  lo -= pad;
  hi = Math.max(hi + pad, lo + 14);
  const at = (day: number): number => Math.round(((day - lo) / (hi - lo)) * 100);
  const out: TimelineGroup[] = groups.map((g) => ({ label: g.label, marks: [] }));
  for (const d of shown) {
    const state = stateOf(d.row, d.day, today);
    const days = d.day - today;
    out[d.group]?.marks.push({
      key: d.row.path,
      title: d.row.title,
      path: d.row.path,
      date: d.date,
      property: d.property,
      position: at(d.day),
      state,
      days,
      signature: [d.row.title, d.date, d.property, at(d.day), state, days].join('\u0000'),
    });
  }
  for (const g of out) g.marks.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  return {
    start: fromDayNumber(lo),
    end: fromDayNumber(hi),
    today: options.today,
    todayPosition: at(today),
    ticks: ticks(lo, hi, at),
    groups: out.filter((g) => g.marks.length > 0),
    undated,
    undatedCount,
    hidden: total - read,
  };
}

const DEFAULT_CANDIDATES = TIMELINE_DEFAULT_PROPERTIES.map((property) => ({ property, field: noteField(property) }));

function firstDate(
  row: BaseRow,
  candidates: ReadonlyArray<{ property: string; field: string | null }>,
): { date: string; property: string } | null {
  // Most rows of a large Base have none of the properties: read the frontmatter once, parse only what is there.
  const fm = row.frontmatter;
  for (const c of candidates) {
    const raw = fm !== undefined && c.field !== null ? fm[c.field] : row.value(c.property);
    if (raw === undefined || raw === null) continue;
    const date = firstDateIn(raw as BaseValue);
    if (date !== null) return { date, property: c.property };
  }
  return null;
}

function stateOf(row: BaseRow, day: number, today: number): TimelineState {
  const item = row.item;
  if (item && isKind(item, 'task') && (item.data.status === 'done' || item.data.status === 'cancelled')) return 'done';
  if (day < today) return 'overdue';
  if (day === today) return 'today';
  return day - today <= SOON_DAYS ? 'soon' : 'later';
}

/** Month starts on the axis (every month up to 18 months of span, else every January), labelled `Nov 2026` or the year. */
function ticks(lo: number, hi: number, at: (day: number) => number): TimelineTick[] {
  const yearly = hi - lo > 548;
  const out: TimelineTick[] = [];
  const first = civilOf(fromDayNumber(lo));
  let month = `${first.year}-${String(first.month).padStart(2, '0')}-01`;
  if (toDayNumber(month) < lo) month = nextMonth(month);
  while (toDayNumber(month) <= hi) {
    const c = civilOf(month);
    if (!yearly)
      out.push({ label: `${MONTH_NAMES[c.month - 1]?.slice(0, 3) ?? ''} ${c.year}`, position: at(toDayNumber(month)) });
    else if (c.month === 1) out.push({ label: String(c.year), position: at(toDayNumber(month)) });
    month = nextMonth(month);
  }
  return out;
}

function nextMonth(first: string): string {
  const c = civilOf(first);
  return c.month === 12 ? `${c.year + 1}-01-01` : `${c.year}-${String(c.month + 1).padStart(2, '0')}-01`;
}
