import type { Recurrence, RecurrenceAnchor } from '../model/Item';
import { daysInMonth, pad2 } from './dayNumber';
import { DURATION_UNIT_WORDS } from './duration';
import { WEEKDAY_SHORT, weekdayIndex } from './weekdays';

const UNIT_OF_LETTER = { h: 'hour', d: 'day', w: 'week', m: 'month', y: 'year' } as const;

/** Cadence words beyond the duration units: `daily` … and `weekday(s)`. */
const CADENCE_WORDS: Readonly<Record<string, Recurrence['unit']>> = {
  daily: 'day',
  weekly: 'week',
  monthly: 'month',
  yearly: 'year',
  annually: 'year',
  hourly: 'hour',
  weekday: 'weekday',
  weekdays: 'weekday',
};

/** Every way a recurrence or cadence may be written, for messages. */
export const RECURRENCE_FORMS =
  'day, week, month, year, weekday (Monday to Friday), "<n> days|weeks|months|years", or a duration such as 1d, 2w, 3m (months) or 1y; ' +
  'optionally "on <day>" to keep the series\' day (month on 31, year on 02-29, week on wed) and "when done" to count from completion';

/** Options of parseRecurrence. */
export interface RecurrenceOptions {
  /** Accept an hour cadence (`6h`, `12 hours`, `hour`): only a backup's `every` does. */
  hours?: boolean;
}

/**
 * Parses a recurrence: a cadence word (`day`, `weekly`, `weekday`), `<n> <unit>` (`2 weeks`,
 * `12 hours`) or a duration (`1d`, `2w`, `3m`, `1y`, `6h`); then optionally an anchor `on <day>`
 * (`month on 31`, `year on 02-29`, `week on Weds`) and `when done`. Case-insensitive; a leading
 * `every` is tolerated. Hour cadences only with `hours`. Null when invalid.
 * @example parseRecurrence('2 weeks when done') // { n: 2, unit: 'week', whenDone: true, text: '2 weeks when done' }
 * @example parseRecurrence('1d') // { n: 1, unit: 'day', whenDone: false, text: '1d' }
 * @example parseRecurrence('month on 31') // { n: 1, unit: 'month', ..., anchor: { day: 31 } }
 */
export function parseRecurrence(text: string, options: RecurrenceOptions = {}): Recurrence | null {
  let rest = text.trim().toLowerCase().replace(/\s+/g, ' ');
  let whenDone = false;
  if (rest.endsWith(' when done')) {
    whenDone = true;
    rest = rest.slice(0, -' when done'.length).trim();
  }
  if (rest.startsWith('every ')) rest = rest.slice('every '.length);
  const on = / on (.+)$/.exec(rest);
  if (on) rest = rest.slice(0, on.index);
  const m = /^(\d{1,4})? ?([a-z]+)$/.exec(rest);
  if (!m) return null;
  const word = m[2] ?? '';
  const unit = own(CADENCE_WORDS, word) ?? letterUnit(own(DURATION_UNIT_WORDS, word));
  // A lone letter needs its number (`m` alone is more likely a slip than "one month").
  if (unit === undefined || (m[1] === undefined && word.length < 3)) return null;
  if (unit === 'hour' && options.hours !== true) return null;
  const n = m[1] === undefined ? 1 : Number(m[1]);
  if (n < 1 || (unit === 'weekday' && n !== 1)) return null;
  const r: Recurrence = { n, unit, whenDone, text: text.trim() };
  if (on) {
    const anchor = parseAnchor(unit, (on[1] ?? '').trim());
    if (anchor === null || whenDone) return null;
    r.anchor = anchor;
  }
  return r;
}

function own<T>(table: Readonly<Record<string, T>>, key: string): T | undefined {
  return Object.prototype.hasOwnProperty.call(table, key) ? table[key] : undefined;
}

function letterUnit(letter: keyof typeof UNIT_OF_LETTER | undefined): Recurrence['unit'] | undefined {
  return letter === undefined ? undefined : UNIT_OF_LETTER[letter];
}

/** `31` / `31st` for months, `MM-DD` for years, a weekday name for weeks; null otherwise. */
function parseAnchor(unit: Recurrence['unit'], text: string): RecurrenceAnchor | null {
  if (unit === 'month') {
    const m = /^(\d{1,2})(?:st|nd|rd|th)?$/.exec(text);
    const day = m ? Number(m[1]) : 0;
    return day >= 1 && day <= 31 ? { day } : null;
  }
  if (unit === 'year') {
    const m = /^(\d{2})-(\d{2})$/.exec(text);
    const [month, day] = m ? [Number(m[1]), Number(m[2])] : [0, 0];
    // 2000 is a leap year, so 02-29 is a day a yearly series may keep.
    return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(2000, month) ? { month, day } : null;
  }
  if (unit === 'week') {
    const weekday = weekdayIndex(text);
    return weekday >= 0 ? { weekday } : null;
  }
  return null;
}

/**
 * The `on …` text of an anchor, as completion writes it.
 * @example anchorText({ month: 2, day: 29 }) // '02-29'
 */
export function anchorText(anchor: RecurrenceAnchor): string {
  if (anchor.weekday !== undefined) return WEEKDAY_SHORT[anchor.weekday] ?? '';
  if (anchor.month !== undefined) return `${pad2(anchor.month)}-${pad2(anchor.day ?? 1)}`;
  return String(anchor.day ?? 1);
}

/**
 * The recurrence with an anchor added to its text (before `when done`, which anchors never have).
 * @example withAnchor(parseRecurrence('monthly')!, { day: 31 }).text // 'monthly on 31'
 */
export function withAnchor(r: Recurrence, anchor: RecurrenceAnchor): Recurrence {
  return { ...r, anchor, text: `${r.text.replace(/\s+on\s+.*$/i, '')} on ${anchorText(anchor)}` };
}
