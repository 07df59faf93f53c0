import { addDays } from '../dates';
import { isKind, type Item, type ItemOf } from '../model/Item';
import { icsDeadlines } from './icsDeadlines';
import { icsRecurrence } from './icsRecurrence';
import { icsUid } from './icsUid';
import { CRLF, dateProperty, escapeIcsText, isAsciiText, pushFolded, pushLine } from './icsText';
import type { IcsRecurrence } from './icsRecurrence';

/** What an ICS export is written with. */
export interface IcsOptions {
  /** DTSTAMP of every component: the export's moment in UTC, `20261203T065300Z` (the host reads the clock). */
  stamp: string;
  /**
   * Tasks as VTODO with DUE (for task apps) instead of all-day VEVENTs (what subscribed calendars
   * show): `icsTodo` (icsTodo.ts, which only the CLI imports, so the plugin bundle is without it).
   */
  todo?: IcsTaskWriter;
  /** The calendar's name (`NAME`, `X-WR-CALNAME`); default "Vault Stack". */
  name?: string;
}

/** One VEVENT or VTODO with its UID: folded content lines, each ending in CRLF. */
export interface IcsComponent {
  uid: string;
  type: 'VEVENT' | 'VTODO';
  text: string;
}

/** The iCalendar feed header's product identifier. */
export const ICS_PRODID = '-//Vault Stack//Vault Stack//EN';

const STAMP = /^\d{8}T\d{6}Z$/;
const PRIORITY = { high: 'PRIORITY:1', medium: 'PRIORITY:5', low: 'PRIORITY:9' } as const;

/** A whole calendar feed and how many components of each type it holds. */
export interface IcsFeed {
  text: string;
  events: number;
  todos: number;
}

/**
 * The vault's items as an RFC 5545 calendar (CRLF lines folded at 75 octets), see {@link icsComponents}.
 * @example exportIcs(index.items(), { stamp: '20261203T000000Z' }).startsWith('BEGIN:VCALENDAR\r\n')
 */
export function exportIcs(items: readonly Item[], options: IcsOptions): string {
  return icsFeed(items, options).text;
}

/** The calendar of {@link exportIcs} with its counts: every line goes into one list joined once. */
export function icsFeed(items: readonly Item[], options: IcsOptions): IcsFeed {
  const lines = calendarHead(options.name ?? 'Vault Stack', true);
  const feed = { text: '', events: 0, todos: 0 };
  writeComponents(items, options, lines, { feed, components: undefined });
  lines.push('END:VCALENDAR', '');
  feed.text = lines.join(CRLF);
  return feed;
}

/**
 * A VCALENDAR around `components`. A feed (`feed`) also names itself and asks to be refreshed
 * hourly (RFC 7986 `REFRESH-INTERVAL`, the common `X-PUBLISHED-TTL`); a CalDAV resource holds one
 * component and no feed properties.
 */
export function icsCalendar(components: readonly IcsComponent[], name: string, feed: boolean): string {
  const parts = [joined(calendarHead(name, feed))];
  for (const c of components) parts.push(c.text);
  parts.push(`END:VCALENDAR${CRLF}`);
  return parts.join('');
}

function calendarHead(name: string, feed: boolean): string[] {
  const out = ['BEGIN:VCALENDAR', 'VERSION:2.0', `PRODID:${ICS_PRODID}`, 'CALSCALE:GREGORIAN'];
  if (feed) {
    const escaped = escapeIcsText(name);
    pushFolded(out, `NAME:${escaped}`);
    pushFolded(out, `X-WR-CALNAME:${escaped}`);
    out.push('REFRESH-INTERVAL;VALUE=DURATION:PT1H', 'X-PUBLISHED-TTL:PT1H');
  }
  return out;
}

/**
 * One component per calendar date, in path order, each with a stable UID (note path + field):
 * - tasks: by default each open task with a `due` (else `scheduled`) date is an all-day VEVENT (a
 *   datetime gives a timed event in floating local time); with `todo`, every task is a VTODO with
 *   DUE, DTSTART (its `start`, or the series' first date when it recurs) and STATUS. A recurring
 *   task carries an RRULE ({@link icsRecurrence}); done and cancelled tasks appear only as VTODOs.
 * - infra deadlines ({@link icsDeadlines}): all-day VEVENTs with a display VALARM, in both modes.
 */
export function icsComponents(items: readonly Item[], options: IcsOptions): IcsComponent[] {
  const out: IcsComponent[] = [];
  const lines: string[] = [];
  writeComponents(items, options, lines, { feed: undefined, components: out });
  return out;
}

/**
 * Where {@link writeComponents} puts each component: counted in a feed (its lines stay in the list),
 * or cut out of the list as one of `components`. An object rather than a callback: a closure made per
 * export would be built into the optimised code and, once collected, throw that code away (the next
 * export then runs while it is compiled again).
 */
interface Sink {
  feed: IcsFeed | undefined;
  components: IcsComponent[] | undefined;
}

function done(sink: Sink, lines: string[], uid: string, type: IcsComponent['type']): void {
  if (sink.components !== undefined) {
    sink.components.push({ uid, type, text: joined(lines) });
    lines.length = 0;
  } else if (sink.feed !== undefined) {
    if (type === 'VEVENT') sink.feed.events++;
    else sink.feed.todos++;
  }
}

/** Appends every component's physical lines to `lines`, handing each to `sink` when it is complete. */
function writeComponents(items: readonly Item[], options: IcsOptions, lines: string[], sink: Sink): void {
  if (!STAMP.test(options.stamp))
    throw new Error(`DTSTAMP must be a UTC time like 20261203T065300Z, got ${options.stamp}`);
  const sorted = [...items].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  const shared: IcsShared = { stamp: `DTSTAMP:${options.stamp}`, starts: new Map(), ends: new Map(), dues: new Map() };
  for (const item of sorted) {
    if (isKind(item, 'task')) {
      const uid = options.todo ? options.todo(lines, item, shared) : taskEvent(lines, item, shared);
      if (uid !== null) done(sink, lines, uid, options.todo ? 'VTODO' : 'VEVENT');
    } else {
      for (const d of icsDeadlines(item)) {
        const uid = icsUid(item.path, d.field);
        const summary = escapeIcsText(d.summary);
        lines.push('BEGIN:VEVENT', `UID:${uid}`, `DTSTAMP:${options.stamp}`);
        lines.push(dateProperty('DTSTART', d.date), dateProperty('DTEND', d.end));
        pushFolded(lines, `SUMMARY:${summary}`);
        pushFolded(lines, `DESCRIPTION:${escapeIcsText(`Note: ${item.path}`)}`);
        pushCategories(lines, item);
        lines.push('TRANSP:TRANSPARENT', 'BEGIN:VALARM', 'ACTION:DISPLAY');
        pushFolded(lines, `DESCRIPTION:${summary}`);
        lines.push(`TRIGGER:-P${d.alarmDaysBefore}D`, 'END:VALARM', 'END:VEVENT');
        done(sink, lines, uid, 'VEVENT');
      }
    }
  }
}

// Components append their physical lines (short fixed lines as they are, text through pushFolded)
// to one list, which the feed joins once: few objects per task keep a 5,000-task export near
// JSON.stringify of the same items (bench `ics`). Neighbouring unfolded lines go in as one element
// (joined by CRLF already): the join costs per element.

/** What the tasks of one export share: the DTSTAMP line, and each date line written once (tasks share days). */
export interface IcsShared {
  stamp: string;
  starts: Map<string, string>;
  ends: Map<string, string>;
  dues: Map<string, string>;
}

/** Appends a task's component to `lines` and returns its UID (a module-level function, not a closure per export). */
export type IcsTaskWriter = (lines: string[], item: ItemOf<'task'>, shared: IcsShared) => string;

/** `dateProperty(name, value)`, made once per value in `cache`. */
export function dateLine(cache: Map<string, string>, name: string, value: string): string {
  let line = cache.get(value);
  if (line === undefined) cache.set(value, (line = dateProperty(name, value)));
  return line;
}

function taskEvent(lines: string[], item: ItemOf<'task'>, shared: IcsShared): string | null {
  const d = item.data;
  if (d.status === 'done' || d.status === 'cancelled') return null;
  const field = d.due !== undefined ? 'due' : d.scheduled !== undefined ? 'scheduled' : undefined;
  const date = field === 'due' ? d.due : d.scheduled;
  if (field === undefined || date === undefined) return null;
  const uid = icsUid(item.path, field);
  lines.push(`BEGIN:VEVENT${CRLF}UID:${uid}${CRLF}${shared.stamp}`, dateLine(shared.starts, 'DTSTART', date));
  // An all-day event ends (exclusively) the next day; a timed one is a deadline, an instant (khal
  // reads a DATE-TIME start without an end as a whole day, so the zero duration is written out).
  if (date.length !== 10) lines.push('DURATION:PT0S');
  else {
    let end = shared.ends.get(date);
    if (end === undefined) shared.ends.set(date, (end = dateProperty('DTEND', nextDay(date))));
    lines.push(end);
  }
  pushSummary(lines, item.title);
  pushTaskDetails(lines, item, d.every === undefined ? null : icsRecurrence(d.every, date));
  lines.push(`TRANSP:TRANSPARENT${CRLF}END:VEVENT`);
  return uid;
}

/**
 * PRIORITY, CATEGORIES, RRULE/EXDATE/RDATE (`rule`, from the series' first date: null when the task
 * does not recur or its recurrence is not mappable) and a DESCRIPTION naming the note.
 */
export function pushTaskDetails(lines: string[], item: ItemOf<'task'>, rule: IcsRecurrence | null): void {
  const d = item.data;
  if (d.priority !== undefined) lines.push(PRIORITY[d.priority]);
  pushCategories(lines, item);
  // Escaped piece by piece (each ends in a newline, so no CRLF is split) and tested for ASCII while
  // flat: escaping or testing the joined text would first copy it flat.
  let described = '';
  if (d.every !== undefined) {
    if (rule) {
      pushFolded(lines, `RRULE:${rule.rule}`);
      if (rule.include !== undefined) lines.push(dateProperty('RDATE', rule.include));
      if (rule.exclude !== undefined) lines.push(dateProperty('EXDATE', rule.exclude));
    } else described = escapeIcsText(`Repeats: every ${d.every.text}\n`);
  }
  let ascii = isAsciiText(described);
  if (d.project !== undefined) {
    const project = escapeIcsText(`Project: ${d.project.text}\n`);
    ascii &&= isAsciiText(project);
    described += project;
  }
  const path = escapeIcsText(item.path);
  pushLine(lines, `DESCRIPTION:${described}Note: ${path}`, ascii && isAsciiText(path));
}

/** SUMMARY with the escaped title, tested for ASCII before it is joined to its name. */
export function pushSummary(lines: string[], title: string): void {
  const escaped = escapeIcsText(title);
  pushLine(lines, `SUMMARY:${escaped}`, isAsciiText(escaped));
}

function pushCategories(lines: string[], item: Item): void {
  if (item.tags.length === 0) return;
  const categories = item.tags.map(escapeIcsText).join(',');
  pushLine(lines, `CATEGORIES:${categories}`, isAsciiText(categories));
}

/** The day after an all-day date (DTEND is exclusive); the month's first 27 days need no calendar. */
function nextDay(date: string): string {
  const day = Number(date.slice(8, 10));
  return day < 28 ? `${date.slice(0, 8)}${day < 9 ? '0' : ''}${day + 1}` : addDays(date, 1);
}

/** The lines as one flat string, each ending in CRLF. */
function joined(lines: readonly string[]): string {
  return lines.join(CRLF) + CRLF;
}
