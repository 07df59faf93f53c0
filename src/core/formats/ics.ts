import { addDays } from '../dates';
import { isKind, type Item, type ItemOf, type TaskStatus } from '../model/Item';
import { icsDeadlines } from './icsDeadlines';
import { icsRecurrence } from './icsRecurrence';
import { icsUid } from './icsUid';
import { CRLF, dateProperty, escapeIcsText, foldIcsLine } from './icsText';

/** What an ICS export is written with. */
export interface IcsOptions {
  /** DTSTAMP of every component: the export's moment in UTC, `20261203T065300Z` (the host reads the clock). */
  stamp: string;
  /** Tasks as VTODO with DUE (for task apps) instead of all-day VEVENTs (what subscribed calendars show). */
  todo?: boolean;
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
const VTODO_STATUS: Record<TaskStatus, string> = {
  todo: 'NEEDS-ACTION',
  doing: 'IN-PROCESS',
  waiting: 'NEEDS-ACTION',
  done: 'COMPLETED',
  cancelled: 'CANCELLED',
};
const PRIORITY = { high: 1, medium: 5, low: 9 } as const;

/**
 * The vault's items as an RFC 5545 calendar (CRLF lines folded at 75 octets), see {@link icsComponents}.
 * @example exportIcs(index.items(), { stamp: '20261203T000000Z' }).startsWith('BEGIN:VCALENDAR\r\n')
 */
export function exportIcs(items: readonly Item[], options: IcsOptions): string {
  return icsCalendar(icsComponents(items, options), options.name ?? 'Vault Stack', true);
}

/**
 * A VCALENDAR around `components`. A feed (`feed`) also names itself and asks to be refreshed
 * hourly (RFC 7986 `REFRESH-INTERVAL`, the common `X-PUBLISHED-TTL`); a CalDAV resource holds one
 * component and no feed properties.
 */
export function icsCalendar(components: readonly IcsComponent[], name: string, feed: boolean): string {
  let out = `BEGIN:VCALENDAR${CRLF}VERSION:2.0${CRLF}PRODID:${ICS_PRODID}${CRLF}CALSCALE:GREGORIAN${CRLF}`;
  if (feed) {
    const escaped = escapeIcsText(name);
    out += foldIcsLine(`NAME:${escaped}`) + foldIcsLine(`X-WR-CALNAME:${escaped}`);
    out += `REFRESH-INTERVAL;VALUE=DURATION:PT1H${CRLF}X-PUBLISHED-TTL:PT1H${CRLF}`;
  }
  for (const c of components) out += c.text;
  return out + `END:VCALENDAR${CRLF}`;
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
  if (!STAMP.test(options.stamp))
    throw new Error(`DTSTAMP must be a UTC time like 20261203T065300Z, got ${options.stamp}`);
  const sorted = [...items].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  const out: IcsComponent[] = [];
  for (const item of sorted) {
    if (isKind(item, 'task')) {
      const c = options.todo ? taskTodo(item, options.stamp) : taskEvent(item, options.stamp);
      if (c) out.push(c);
    } else {
      for (const d of icsDeadlines(item)) {
        const uid = icsUid(item.path, d.field);
        const summary = escapeIcsText(d.summary);
        const lines = [
          'BEGIN:VEVENT',
          `UID:${uid}`,
          `DTSTAMP:${options.stamp}`,
          dateProperty('DTSTART', d.date),
          dateProperty('DTEND', d.end),
          `SUMMARY:${summary}`,
          `DESCRIPTION:${escapeIcsText(`Note: ${item.path}`)}`,
          ...categories(item),
          'TRANSP:TRANSPARENT',
          'BEGIN:VALARM',
          'ACTION:DISPLAY',
          `DESCRIPTION:${summary}`,
          `TRIGGER:-P${d.alarmDaysBefore}D`,
          'END:VALARM',
          'END:VEVENT',
        ];
        out.push({ uid, type: 'VEVENT', text: fold(lines) });
      }
    }
  }
  return out;
}

function taskEvent(item: ItemOf<'task'>, stamp: string): IcsComponent | null {
  const d = item.data;
  if (d.status === 'done' || d.status === 'cancelled') return null;
  const field = d.due !== undefined ? 'due' : d.scheduled !== undefined ? 'scheduled' : undefined;
  const date = field === 'due' ? d.due : d.scheduled;
  if (field === undefined || date === undefined) return null;
  const uid = icsUid(item.path, field);
  const lines = ['BEGIN:VEVENT', `UID:${uid}`, `DTSTAMP:${stamp}`, dateProperty('DTSTART', date)];
  // An all-day event ends (exclusively) the next day; a timed one is a deadline, an instant (khal
  // reads a DATE-TIME start without an end as a whole day, so the zero duration is written out).
  lines.push(date.length === 10 ? dateProperty('DTEND', addDays(date, 1)) : 'DURATION:PT0S');
  lines.push(`SUMMARY:${escapeIcsText(item.title)}`, ...taskDetails(item, date), 'TRANSP:TRANSPARENT', 'END:VEVENT');
  return { uid, type: 'VEVENT', text: fold(lines) };
}

function taskTodo(item: ItemOf<'task'>, stamp: string): IcsComponent {
  const d = item.data;
  const uid = icsUid(item.path, 'task');
  const ref = d.due ?? d.scheduled;
  const lines = ['BEGIN:VTODO', `UID:${uid}`, `DTSTAMP:${stamp}`];
  const recurs = d.every !== undefined && ref !== undefined && icsRecurrence(d.every, ref) !== null;
  // DTSTART and DUE must have the same value type, DUE on or after DTSTART (RFC 5545 §3.8.2.3).
  const start = recurs ? ref : d.start;
  if (start !== undefined && (d.due === undefined || (start.length === d.due.length && start <= d.due)))
    lines.push(dateProperty('DTSTART', start));
  if (d.due !== undefined) lines.push(dateProperty('DUE', d.due));
  lines.push(`SUMMARY:${escapeIcsText(item.title)}`, `STATUS:${VTODO_STATUS[d.status]}`);
  if (d.status === 'done') lines.push('PERCENT-COMPLETE:100');
  lines.push(...taskDetails(item, recurs ? ref : undefined), 'END:VTODO');
  return { uid, type: 'VTODO', text: fold(lines) };
}

/** PRIORITY, CATEGORIES, RRULE/EXDATE (from the series' first date) and a DESCRIPTION naming the note. */
function taskDetails(item: ItemOf<'task'>, seriesStart: string | undefined): string[] {
  const d = item.data;
  const lines: string[] = [];
  if (d.priority !== undefined) lines.push(`PRIORITY:${PRIORITY[d.priority]}`);
  lines.push(...categories(item));
  const described: string[] = [];
  if (d.every !== undefined) {
    const rule = seriesStart === undefined ? null : icsRecurrence(d.every, seriesStart);
    if (rule) {
      lines.push(`RRULE:${rule.rule}`);
      if (rule.include !== undefined) lines.push(dateProperty('RDATE', rule.include));
      if (rule.exclude !== undefined) lines.push(dateProperty('EXDATE', rule.exclude));
    } else described.push(`Repeats: every ${d.every.text}`);
  }
  if (d.project !== undefined) described.push(`Project: ${d.project.text}`);
  described.push(`Note: ${item.path}`);
  lines.push(`DESCRIPTION:${escapeIcsText(described.join('\n'))}`);
  return lines;
}

function categories(item: Item): string[] {
  return item.tags.length === 0 ? [] : [`CATEGORIES:${item.tags.map(escapeIcsText).join(',')}`];
}

function fold(lines: readonly string[]): string {
  let out = '';
  for (const line of lines) out += foldIcsLine(line);
  return out;
}
