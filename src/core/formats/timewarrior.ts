import type { Item } from '../model/Item';
import { timeOf } from '../time/timeReport';

/** A moment in Timewarrior's own form: UTC `YYYYMMDDTHHMMSSZ`. */
export type TimewMoment = string;

/** One Timewarrior interval: UTC start, end (absent while it is being tracked) and tags. */
export interface TimewInterval {
  start: TimewMoment;
  end?: TimewMoment;
  tags: string[];
}

/** A file of a Timewarrior database, relative to its folder (`data/2026-12.data`). */
export interface TimewFile {
  path: string;
  text: string;
}

const TIMEW_MOMENT = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z$/;

/**
 * The tags an item's intervals carry: its title first (whitespace collapsed), then its tags and
 * its project, each once. Timewarrior keeps tags as a sorted set, so an import finds the item by
 * the first tag that names one.
 * @example timewTags(task) // ['Write report', 'work', 'Quarterly']
 */
export function timewTags(item: Item): string[] {
  const tags = [item.title, ...item.tags];
  if (item.data.type === 'task' && item.data.project !== undefined) tags.push(item.data.project.text);
  const out: string[] = [];
  for (const tag of tags.map((t) => t.replace(/\s+/g, ' ').trim())) if (tag !== '' && !out.includes(tag)) out.push(tag);
  return out;
}

/**
 * Every task's and habit's interval as Timewarrior intervals, in start order. `toUtc` turns a local
 * `YYYY-MM-DDTHH:mm` into Timewarrior's UTC form (the host knows the time zone; the core does not).
 * @example timewIntervals(items, toUtc) // [{ start: '20261201T080000Z', end: '20261201T093000Z', tags: ['Write report', 'work'] }]
 */
export function timewIntervals(items: Iterable<Item>, toUtc: (local: string) => TimewMoment): TimewInterval[] {
  const out: TimewInterval[] = [];
  for (const item of items) {
    const tags = timewTags(item);
    for (const interval of timeOf(item)) {
      const start = toUtc(interval.start);
      out.push(interval.end === undefined ? { start, tags } : { start, end: toUtc(interval.end), tags });
    }
  }
  return out.sort((a, b) => (a.start < b.start ? -1 : a.start > b.start ? 1 : 0));
}

/**
 * A tag as Timewarrior 1.4 writes it in a data file (`quoteIfNeeded` in its util.cpp): in double
 * quotes, inner quotes escaped, when it holds a space, a quote or one of `-+/()<^!=~_%`.
 * @example quoteTimewTag('Write report') // '"Write report"'
 */
export function quoteTimewTag(tag: string): string {
  if (!/[" \-+/()<^!=~_%]/.test(tag)) return tag;
  return `"${tag.replace(/"/g, '\\"')}"`;
}

/**
 * One line of a data file, as Timewarrior's `Interval::serialize` writes it: `inc START - END # tags`
 * (tags sorted, as its tag set keeps them), `inc START # tags` while tracking.
 * @example timewLine({ start: '20261201T090000Z', end: '20261201T103000Z', tags: ['work'] }) // 'inc 20261201T090000Z - 20261201T103000Z # work'
 */
export function timewLine(interval: TimewInterval): string {
  const range = interval.end === undefined ? interval.start : `${interval.start} - ${interval.end}`;
  const tags = sortedTags(interval.tags);
  return tags.length === 0 ? `inc ${range}` : `inc ${range} # ${tags.map(quoteTimewTag).join(' ')}`;
}

/**
 * The files of a Timewarrior database holding the intervals: one `data/YYYY-MM.data` per month
 * (by the start's UTC month, as Timewarrior files them), lines in start order, and `data/tags.data`
 * (the tag counts Timewarrior would otherwise rebuild, saying so on every command).
 * @example timewDataFiles(intervals).map((f) => f.path) // ['data/2026-11.data', 'data/2026-12.data', 'data/tags.data']
 */
export function timewDataFiles(intervals: readonly TimewInterval[]): TimewFile[] {
  const months = new Map<string, string[]>();
  const counts = new Map<string, number>();
  for (const interval of intervals) {
    const month = `${interval.start.slice(0, 4)}-${interval.start.slice(4, 6)}`;
    months.set(month, [...(months.get(month) ?? []), timewLine(interval)]);
    for (const tag of new Set(interval.tags)) counts.set(tag, (counts.get(tag) ?? 0) + 1);
  }
  const files = [...months.keys()].sort().map((month) => ({
    path: `data/${month}.data`,
    text: (months.get(month) ?? []).map((l) => `${l}\n`).join(''),
  }));
  const tagLines = sortedTags([...counts.keys()]).map((t) => `  ${JSON.stringify(t)}:{"count":${counts.get(t) ?? 0}}`);
  files.push({ path: 'data/tags.data', text: `{\n${tagLines.join(',\n')}\n}` });
  return files;
}

// Words `timew track` reads as something other than a tag: range keywords, named dates, hints, ids.
const TIMEW_WORDS = new Set(
  (
    'from to for before after since until ago and or - today yesterday tomorrow now later someday ' +
    'monday tuesday wednesday thursday friday saturday sunday mon tue wed thu fri sat sun ' +
    'january february march april may june july august september october november december ' +
    'jan feb mar apr jun jul aug sep oct nov dec ' +
    'sod eod sow eow soww eoww som eom soq eoq soy eoy sopd eopd sopw eopw sopm eopm sopq eopq sopy eopy ' +
    'sonw eonw sonm eonm sonq eonq sony eony socm eocm socw eocw socq eocq socy eocy midsommar midsommarafton'
  ).split(' '),
);
const TIMEW_NUMBERISH =
  /^(\d+(\.\d+)?\s*(s|secs?|seconds?|m|mins?|minutes?|h|hrs?|hours?|d|days?|w|wks?|weeks?|mo|mnths?|months?|q|qrtrs?|quarters?|y|yrs?|years?|fortnight|fortnights|am|pm)?|\d{1,2}:\d{2}(:\d{2})?|\d{4}-?\d{2}.*|P.*\d.*|\d+(st|nd|rd|th))$/i;

/**
 * Whether `timew track` would read the word as a tag (not as a date, duration, keyword, hint
 * `:yes` or id `@1`); those tags cannot travel on its command line and are left out of `--commands`.
 * @example isTimewCommandTag('monday') // false
 */
export function isTimewCommandTag(tag: string): boolean {
  const t = tag.trim();
  if (t === '' || /^[:@"']/.test(t)) return false;
  return !TIMEW_WORDS.has(t.toLowerCase()) && !TIMEW_NUMBERISH.test(t);
}

/** `--commands`: one `timew track … :yes` (or `timew start … :yes` while tracking) per interval, and the tags left out. */
export interface TimewCommands {
  lines: string[];
  /** Tags that `timew track` would read as something else, each once. */
  leftOut: string[];
}

/**
 * Shell lines that merge the intervals into an existing Timewarrior database (Timewarrior has no
 * import command): `timew track START - END 'tag' … :yes`, UTC moments, tags single-quoted for a
 * POSIX shell.
 * @example timewCommands(intervals).lines[0] // "timew track 20261201T090000Z - 20261201T103000Z 'Write report' 'work' :yes"
 */
export function timewCommands(intervals: readonly TimewInterval[]): TimewCommands {
  const leftOut: string[] = [];
  const lines = intervals.map((interval) => {
    const tags = sortedTags(interval.tags).filter((t) => {
      const ok = isTimewCommandTag(t);
      if (!ok && !leftOut.includes(t)) leftOut.push(t);
      return ok;
    });
    const words = tags.map(shellQuote).join(' ');
    const head =
      interval.end === undefined ? `timew start ${interval.start}` : `timew track ${interval.start} - ${interval.end}`;
    return `${head}${words === '' ? '' : ` ${words}`} :yes`;
  });
  return { lines, leftOut };
}

function shellQuote(word: string): string {
  return `'${word.replace(/'/g, `'\\''`)}'`;
}

function sortedTags(tags: readonly string[]): string[] {
  // Timewarrior's std::set<std::string> orders by UTF-8 bytes, which is code point order (not UTF-16's).
  return [...new Set(tags)].sort(compareCodePoints);
}

function compareCodePoints(a: string, b: string): number {
  const x = [...a].map((c) => c.codePointAt(0) ?? 0);
  const y = [...b].map((c) => c.codePointAt(0) ?? 0);
  for (let i = 0; i < Math.min(x.length, y.length); i++) if (x[i] !== y[i]) return (x[i] ?? 0) - (y[i] ?? 0);
  return x.length - y.length;
}

/** A `timew export` interval read: its moments (UTC) and tags, as given. */
export type TimewExported = TimewInterval & { id?: number };

/**
 * Reads `timew export` JSON (an array of `{id, start, end?, tags?, annotation?}`); every entry
 * that cannot be read is a problem naming it (`entry 3: "start" is not a Timewarrior moment`).
 * @example parseTimewExport('[{"id":1,"start":"20261201T090000Z","end":"20261201T100000Z","tags":["work"]}]')
 */
export function parseTimewExport(text: string): { intervals: TimewExported[]; problems: string[] } {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    return { intervals: [], problems: [`not JSON (${(error as Error).message}): give the output of \`timew export\``] };
  }
  if (!Array.isArray(data)) return { intervals: [], problems: ['not a JSON array: give the output of `timew export`'] };
  const intervals: TimewExported[] = [];
  const problems: string[] = [];
  data.forEach((entry: unknown, i) => {
    const at = `entry ${i + 1}`;
    if (typeof entry !== 'object' || entry === null) return problems.push(`${at}: not an object`);
    const e = entry as Record<string, unknown>;
    if (typeof e.start !== 'string' || !isTimewMoment(e.start))
      return problems.push(`${at}: "start" ${JSON.stringify(e.start)} is not a Timewarrior moment (YYYYMMDDTHHMMSSZ)`);
    if (e.end !== undefined && (typeof e.end !== 'string' || !isTimewMoment(e.end)))
      return problems.push(`${at}: "end" ${JSON.stringify(e.end)} is not a Timewarrior moment (YYYYMMDDTHHMMSSZ)`);
    if (typeof e.end === 'string' && e.end < e.start) return problems.push(`${at}: ends before it starts`);
    const tags = e.tags === undefined ? [] : e.tags;
    if (!Array.isArray(tags) || !tags.every((t) => typeof t === 'string'))
      return problems.push(`${at}: "tags" is not a list of text`);
    const read: TimewExported = { start: e.start, tags };
    if (typeof e.end === 'string') read.end = e.end;
    if (typeof e.id === 'number') read.id = e.id;
    intervals.push(read);
  });
  return { intervals, problems };
}

/** Whether the text is a valid Timewarrior moment `YYYYMMDDTHHMMSSZ`. */
export function isTimewMoment(text: string): boolean {
  const m = TIMEW_MOMENT.exec(text);
  return (
    m !== null &&
    Number(m[2]) >= 1 &&
    Number(m[2]) <= 12 &&
    Number(m[3]) >= 1 &&
    Number(m[3]) <= 31 &&
    Number(m[4]) < 24 &&
    Number(m[5]) < 60 &&
    Number(m[6]) < 60
  );
}
