// The ICS feed writer (and its UIDs) as it was before properties were folded from their escaped values (without
// making each whole line flat to test it) and a VTODO's recurrence was mapped once: the oracle of
// icsWriter.test.ts, which checks the faster writer gives the same feed for any input. Not used by the product.
import { addDays } from '../../../../src/core/dates';
import type { IcsComponent, IcsOptions } from '../../../../src/core/formats/ics';
import { icsDeadlines } from '../../../../src/core/formats/icsDeadlines';
import { icsRecurrence } from '../../../../src/core/formats/icsRecurrence';
import { CRLF, dateProperty, escapeIcsText, pushFolded } from '../../../../src/core/formats/icsText';
import { isKind, type Item, type ItemOf, type TaskStatus } from '../../../../src/core/model/Item';

const ICS_UID_PREFIX = 'vault-stack-';
const ICS_PRODID = '-//Vault Stack//Vault Stack//EN';
const STAMP = /^\d{8}T\d{6}Z$/;
const VTODO_STATUS: Record<TaskStatus, string> = {
  todo: 'NEEDS-ACTION',
  doing: 'IN-PROCESS',
  waiting: 'NEEDS-ACTION',
  done: 'COMPLETED',
  cancelled: 'CANCELLED',
};
const PRIORITY = { high: 'PRIORITY:1', medium: 'PRIORITY:5', low: 'PRIORITY:9' } as const;

/**
 * The vault's items as an RFC 5545 calendar (CRLF lines folded at 75 octets), see {@link icsComponents}.
 * @example exportIcs(index.items(), { stamp: '20261203T000000Z' }).startsWith('BEGIN:VCALENDAR\r\n')
 */
export function exportIcsReference(items: readonly Item[], options: IcsOptions): string {
  return icsFeedReference(items, options).text;
}

/** The calendar of {@link exportIcs} with its counts: every line goes into one list joined once. */
function icsFeedReference(
  items: readonly Item[],
  options: IcsOptions,
): { text: string; events: number; todos: number } {
  const lines = calendarHead(options.name ?? 'Vault Stack', true);
  const feed = { text: '', events: 0, todos: 0 };
  writeComponents(items, options, lines, (_uid, type) => void (type === 'VEVENT' ? feed.events++ : feed.todos++));
  lines.push('END:VCALENDAR', '');
  feed.text = lines.join(CRLF);
  return feed;
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
export function icsComponentsReference(items: readonly Item[], options: IcsOptions): IcsComponent[] {
  const out: IcsComponent[] = [];
  const lines: string[] = [];
  writeComponents(items, options, lines, (uid, type) => {
    out.push({ uid, type, text: joined(lines) });
    lines.length = 0;
  });
  return out;
}

/** Appends every component's physical lines to `lines`, calling `done` after each one. */
function writeComponents(
  items: readonly Item[],
  options: IcsOptions,
  lines: string[],
  done: (uid: string, type: 'VEVENT' | 'VTODO') => void,
): void {
  if (!STAMP.test(options.stamp))
    throw new Error(`DTSTAMP must be a UTC time like 20261203T065300Z, got ${options.stamp}`);
  const sorted = [...items].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  for (const item of sorted) {
    if (isKind(item, 'task')) {
      const uid = options.todo ? taskTodo(lines, item, options.stamp) : taskEvent(lines, item, options.stamp);
      if (uid !== null) done(uid, options.todo ? 'VTODO' : 'VEVENT');
    } else {
      for (const d of icsDeadlines(item)) {
        const uid = icsUidReference(item.path, d.field);
        const summary = escapeIcsText(d.summary);
        lines.push('BEGIN:VEVENT', `UID:${uid}`, `DTSTAMP:${options.stamp}`);
        lines.push(dateProperty('DTSTART', d.date), dateProperty('DTEND', d.end));
        pushFolded(lines, `SUMMARY:${summary}`);
        pushFolded(lines, `DESCRIPTION:${escapeIcsText(`Note: ${item.path}`)}`);
        pushCategories(lines, item);
        lines.push('TRANSP:TRANSPARENT', 'BEGIN:VALARM', 'ACTION:DISPLAY');
        pushFolded(lines, `DESCRIPTION:${summary}`);
        lines.push(`TRIGGER:-P${d.alarmDaysBefore}D`, 'END:VALARM', 'END:VEVENT');
        done(uid, 'VEVENT');
      }
    }
  }
}

// Components append their physical lines (short fixed lines as they are, text through pushFolded)
// to one list, which the feed joins once: few objects per task keep a 5,000-task export near
// JSON.stringify of the same items (bench `ics`).

function taskEvent(lines: string[], item: ItemOf<'task'>, stamp: string): string | null {
  const d = item.data;
  if (d.status === 'done' || d.status === 'cancelled') return null;
  const field = d.due !== undefined ? 'due' : d.scheduled !== undefined ? 'scheduled' : undefined;
  const date = field === 'due' ? d.due : d.scheduled;
  if (field === undefined || date === undefined) return null;
  const uid = icsUidReference(item.path, field);
  lines.push('BEGIN:VEVENT', `UID:${uid}`, `DTSTAMP:${stamp}`, dateProperty('DTSTART', date));
  // An all-day event ends (exclusively) the next day; a timed one is a deadline, an instant (khal
  // reads a DATE-TIME start without an end as a whole day, so the zero duration is written out).
  lines.push(date.length === 10 ? dateProperty('DTEND', nextDay(date)) : 'DURATION:PT0S');
  pushFolded(lines, `SUMMARY:${escapeIcsText(item.title)}`);
  pushTaskDetails(lines, item, date);
  lines.push('TRANSP:TRANSPARENT', 'END:VEVENT');
  return uid;
}

function taskTodo(lines: string[], item: ItemOf<'task'>, stamp: string): string {
  const d = item.data;
  const uid = icsUidReference(item.path, 'task');
  const ref = d.due ?? d.scheduled;
  lines.push('BEGIN:VTODO', `UID:${uid}`, `DTSTAMP:${stamp}`);
  const recurs = d.every !== undefined && ref !== undefined && icsRecurrence(d.every, ref) !== null;
  // DTSTART and DUE must have the same value type, DUE on or after DTSTART (RFC 5545 §3.8.2.3).
  const start = recurs ? ref : d.start;
  if (start !== undefined && (d.due === undefined || (start.length === d.due.length && start <= d.due)))
    lines.push(dateProperty('DTSTART', start));
  if (d.due !== undefined) lines.push(dateProperty('DUE', d.due));
  pushFolded(lines, `SUMMARY:${escapeIcsText(item.title)}`);
  lines.push(`STATUS:${VTODO_STATUS[d.status]}`);
  if (d.status === 'done') lines.push('PERCENT-COMPLETE:100');
  pushTaskDetails(lines, item, recurs ? ref : undefined);
  lines.push('END:VTODO');
  return uid;
}

/** PRIORITY, CATEGORIES, RRULE/EXDATE/RDATE (from the series' first date) and a DESCRIPTION naming the note. */
function pushTaskDetails(lines: string[], item: ItemOf<'task'>, seriesStart: string | undefined): void {
  const d = item.data;
  if (d.priority !== undefined) lines.push(PRIORITY[d.priority]);
  pushCategories(lines, item);
  let described = '';
  if (d.every !== undefined) {
    const rule = seriesStart === undefined ? null : icsRecurrence(d.every, seriesStart);
    if (rule) {
      pushFolded(lines, `RRULE:${rule.rule}`);
      if (rule.include !== undefined) lines.push(dateProperty('RDATE', rule.include));
      if (rule.exclude !== undefined) lines.push(dateProperty('EXDATE', rule.exclude));
    } else described += `Repeats: every ${d.every.text}\n`;
  }
  if (d.project !== undefined) described += `Project: ${d.project.text}\n`;
  pushFolded(lines, `DESCRIPTION:${escapeIcsText(`${described}Note: ${item.path}`)}`);
}

function pushCategories(lines: string[], item: Item): void {
  if (item.tags.length > 0) pushFolded(lines, `CATEGORIES:${item.tags.map(escapeIcsText).join(',')}`);
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

/**
 * A stable UID for one date of one note: the same path and field give the same UID in every export
 * (calendar apps update an event by UID instead of duplicating it). The path enters as a 64-bit
 * hash (two FNV-1a lanes), so the UID is short and safe as a CalDAV resource name (`<uid>.ics`).
 * Renaming a note gives its events new UIDs.
 * @example icsUid('Tasks/Pay rent.md', 'due') // 'vault-stack-3f9c…-due'
 */
export function icsUidReference(path: string, field: string): string {
  let a = 0x811c9dc5;
  let b = 0x050c5d1f;
  for (let i = 0; i < path.length; i++) {
    const c = path.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193) >>> 0;
    b = Math.imul(b ^ c, 0x01000193) >>> 0;
    b = (b ^ (b >>> 15)) >>> 0;
  }
  return ICS_UID_PREFIX + hex8(a) + hex8(b) + '-' + field;
}

/** Two hex digits per byte value: 5× faster than toString(16).padStart for 5,000 UIDs (bench `ics`). */
const HEX: readonly string[] = Array.from({ length: 256 }, (_, i) => (i + 256).toString(16).slice(1));

function hex8(x: number): string {
  return (HEX[x >>> 24] ?? '') + (HEX[(x >>> 16) & 255] ?? '') + (HEX[(x >>> 8) & 255] ?? '') + (HEX[x & 255] ?? '');
}
