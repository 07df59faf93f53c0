import { parseDate } from '../dates/parseDate';
import type { DateString } from '../model/Item';

/** Tasks' five priorities; `none` when the line has none. */
export type TasksPriority = 'highest' | 'high' | 'medium' | 'low' | 'lowest' | 'none';

/** A date field as written: the text, and the date when it is a real one. */
export interface TasksDate {
  text: string;
  /** Undefined for a date the calendar lacks (`2026-02-30`): Tasks reads it as an invalid date. */
  date?: DateString;
}

/** What Tasks reads from a task's body (its `TaskDetails`), in one of its two formats. */
export interface TaskFields {
  description: string;
  priority: TasksPriority;
  start?: TasksDate;
  created?: TasksDate;
  scheduled?: TasksDate;
  due?: TasksDate;
  done?: TasksDate;
  cancelled?: TasksDate;
  /** The rule text after 🔁 / `repeat::`, trimmed (not yet interpreted). */
  recurrence?: string;
  /** `keep` or `delete` after 🏁 / `onCompletion::`; empty when absent or another word. */
  onCompletion: '' | 'keep' | 'delete';
  id: string;
  dependsOn: string[];
  /** Whether any field was read (the line had Tasks fields in this format). */
  matched: boolean;
}

/**
 * A field pattern, matching at the end of the remaining text, and a text every match contains:
 * the pattern is tried only when the line has it (the Dataview patterns look ahead from every
 * position, so trying them on lines without the key costs far more than the answer).
 */
interface FieldPattern {
  /** Anchored at the end (`$`), not global: a match is always the tail of the text. */
  re: RegExp;
  /** Texts one of which every match contains (none: no check). */
  keys: readonly string[];
  /** What the text's last character must be for a match: a digit (a date) or a closing bracket or comma (a Dataview field). */
  tail?: 'digit' | 'bracket';
  /**
   * For a Dataview field, `re` made sticky: its only possible match opens at the bracket before the
   * key's last occurrence (no value can contain `::`), so it is tried there alone.
   */
  atBracket?: RegExp;
}

/** The field patterns of one format. */
interface FormatPatterns {
  priority: FieldPattern;
  done: FieldPattern;
  cancelled: FieldPattern;
  due: FieldPattern;
  scheduled: FieldPattern;
  start: FieldPattern;
  created: FieldPattern;
  recurrence: FieldPattern;
  onCompletion: FieldPattern;
  id: FieldPattern;
  dependsOn: FieldPattern;
  priorityOf: (text: string) => TasksPriority;
}

const DATE = '(\\d{4}-\\d{2}-\\d{2})';
const ID = '[a-zA-Z0-9-_]+';
const IDS = `${ID}( *, *${ID} *)*`;

// One of the emoji `keys`, an optional variation selector 16, spaces, the value, at the end (Tasks'
// DefaultTaskSerializer); without a value (the priority) the emoji is group 1.
function emoji(keys: readonly string[], value = ''): FieldPattern {
  const re = new RegExp(`(${value === '' ? '' : '?:'}${keys.join('|')})\uFE0F?${value === '' ? '' : ` *${value}`}$`);
  return value === DATE ? { re, keys, tail: 'digit' } : { re, keys };
}

// `[key:: value]` or `(key:: value)` at the end, brackets matched, an optional trailing comma (DataviewTaskSerializer).
function inlineField(key: string, inner: string): FieldPattern {
  const source = `(?:(?=[^\\]]+\\])\\[|(?=[^)]+\\))\\() *${key} *${inner} *[)\\]](?: *,)?$`;
  return { re: new RegExp(source), keys: [key], tail: 'bracket', atBracket: new RegExp(source, 'y') };
}

/** Where a Dataview field holding the key's last occurrence would open: the `[` or `(` before it, past spaces; -1 when none. */
function bracketBefore(line: string, key: string): number {
  let j = line.lastIndexOf(key) - 1;
  while (j >= 0 && line.charCodeAt(j) === 32) j--;
  const c = line.charCodeAt(j);
  return c === 91 || c === 40 ? j : -1;
}

const EMOJI_PRIORITIES: Readonly<Record<string, TasksPriority>> = {
  '🔺': 'highest',
  '⏫': 'high',
  '🔼': 'medium',
  '🔽': 'low',
  '⏬': 'lowest',
};

const EMOJI: FormatPatterns = {
  priority: emoji(Object.keys(EMOJI_PRIORITIES)),
  done: emoji(['✅'], DATE),
  cancelled: emoji(['❌'], DATE),
  due: emoji(['📅', '📆', '🗓'], DATE),
  scheduled: emoji(['⏳', '⌛'], DATE),
  start: emoji(['🛫'], DATE),
  created: emoji(['➕'], DATE),
  recurrence: emoji(['🔁'], '([a-zA-Z0-9, !]+)'),
  onCompletion: emoji(['🏁'], '([a-zA-Z]+)'),
  id: emoji(['🆔'], `(${ID})`),
  dependsOn: emoji(['⛔'], `(${IDS})`),
  priorityOf: (text) => EMOJI_PRIORITIES[text] ?? 'none',
};

const DATAVIEW: FormatPatterns = {
  priority: inlineField('priority::', '(highest|high|medium|low|lowest)'),
  done: inlineField('completion::', DATE),
  cancelled: inlineField('cancelled::', DATE),
  due: inlineField('due::', DATE),
  scheduled: inlineField('scheduled::', DATE),
  start: inlineField('start::', DATE),
  created: inlineField('created::', DATE),
  recurrence: inlineField('repeat::', '([a-zA-Z0-9, !]+)'),
  onCompletion: inlineField('onCompletion::', '([a-zA-Z]+)'),
  id: inlineField('id::', `(${ID})`),
  dependsOn: inlineField('dependsOn::', `(${IDS})`),
  priorityOf: (text) => text as TasksPriority,
};

/** Tasks' tag pattern, anchored at the end: a `#` at the start or after a space, then no punctuation. */
const TAG_AT_END: FieldPattern = { re: /(^|\s)#[^ !@#$%^&*(),.?":{}|<>]+$/, keys: ['#'] };
/** Every tag in a description (Tasks' `hashTags`). */
const TAGS = /(^|\s)#[^ !@#$%^&*(),.?":{}|<>]+/g;

/** The tags of a description, with their `#`, as Tasks lists them. */
export function descriptionTags(description: string): string[] {
  return (description.match(TAGS) ?? []).map((t) => t.trim());
}

/**
 * One frozen empty list shared where a reading or a task item has none (`dependsOn`, an inline
 * task's tags, links and `depends`; nothing writes to them): no empty array per task line.
 */
export const NONE: never[] = Object.freeze([]) as unknown as never[];

/**
 * Reads a task body in the emoji format (`📅 2026-12-01`) or the Dataview format
 * (`[due:: 2026-12-01]`) the way Tasks does: fields are taken off the end of the text, in any
 * order, until none is left (at most 21 rounds); tags met among them go back to the end of the
 * description; a field written twice keeps the value nearer the start.
 * @example readTaskFields('Pay rent #home 📅 2026-12-01 ⏫', 'emoji').due?.date // '2026-12-01'
 */
export function readTaskFields(body: string, format: 'emoji' | 'dataview'): TaskFields {
  const { round: p, units, priorityOf } = format === 'emoji' ? EMOJI_READING : DATAVIEW_READING;
  // Every field present, undefined when absent: one object shape for every line read.
  const out: TaskFields = {
    description: '',
    priority: 'none',
    start: undefined,
    created: undefined,
    scheduled: undefined,
    due: undefined,
    done: undefined,
    cancelled: undefined,
    recurrence: undefined,
    onCompletion: '',
    id: '',
    dependsOn: NONE,
    matched: false,
  };
  // The fields whose keys the body may hold, by their place in the round: the text only ever loses
  // its tail, so a field whose key the body lacks is never tried.
  const present = fieldsPossibleIn(body, units);
  if (present === 0) {
    out.description = body;
    return out;
  }
  let line = body;
  let trailingTags = '';
  let matched: boolean;
  let runs = 0;
  do {
    matched = false;
    for (let k = 0; k < p.length; k++) {
      if ((present & (1 << k)) === 0) continue;
      const m = takeField(line, p[k]);
      if (m === null) continue;
      const at = m.index;
      line = line.slice(0, at) + line.slice(at + m[0].length);
      const field = ROUND[k];
      switch (field) {
        case 'priority':
          out.priority = priorityOf(m[1]);
          break;
        case 'recurrence':
          out.recurrence = m[1].trim();
          break;
        case 'onCompletion':
          out.onCompletion = onCompletionOf(m[1]);
          break;
        case 'tag': {
          const tag = m[0].trim();
          trailingTags = trailingTags.length > 0 ? `${tag} ${trailingTags}` : tag;
          break;
        }
        case 'id':
          out.id = m[1].trim();
          break;
        case 'dependsOn':
          out.dependsOn = m[1]
            .replace(/ /g, '')
            .split(',')
            .filter((s) => s !== '');
          break;
        default:
          out[field] = dateOf(m[1]);
      }
      line = line.trim();
      matched = true;
      out.matched = true;
    }
    runs++;
  } while (matched && runs <= 20);
  if (trailingTags.length > 0) line += (line.length > 0 ? ' ' : '') + trailingTags;
  out.description = line;
  return out;
}

/** The fields Tasks takes off the end of the text in each round, in its order (`tag`: a trailing tag). */
const ROUND = [
  'priority',
  'done',
  'cancelled',
  'due',
  'scheduled',
  'start',
  'created',
  'recurrence',
  'onCompletion',
  'tag',
  'id',
  'dependsOn',
] as const;

/** A format's patterns in the order of `ROUND`. */
function roundOf(p: FormatPatterns): readonly FieldPattern[] {
  return ROUND.map((field) => (field === 'tag' ? TAG_AT_END : p[field]));
}

/**
 * For each code unit that ends one of a round's keys, the fields (bits by place in the round) one
 * of whose keys ends with it: ASCII units in an array, others in a map.
 */
interface KeyEnds {
  ascii: Int32Array;
  wide: Map<number, number>;
}

function keyEndsOf(round: readonly FieldPattern[]): KeyEnds {
  const ends: KeyEnds = { ascii: new Int32Array(128), wide: new Map() };
  round.forEach((p, k) => {
    for (const key of p.keys) {
      const unit = key.charCodeAt(key.length - 1);
      if (unit < 128) ends.ascii[unit] |= 1 << k;
      else ends.wide.set(unit, (ends.wide.get(unit) ?? 0) | (1 << k));
    }
  });
  return ends;
}

/** What reading one format's fields takes: its patterns in round order, their key ends, its priorities. */
function readingOf(p: FormatPatterns): {
  round: readonly FieldPattern[];
  units: KeyEnds;
  priorityOf: FormatPatterns['priorityOf'];
} {
  const round = roundOf(p);
  return { round, units: keyEndsOf(round), priorityOf: p.priorityOf };
}

const EMOJI_READING = readingOf(EMOJI);
const DATAVIEW_READING = readingOf(DATAVIEW);

/**
 * The fields (bits by place in the round) one of whose keys may be in `text`: every field with a
 * key in it, and maybe some more (a key's last code unit is there), found in one pass over its
 * code units instead of a search per key; `takeField` still checks the keys themselves.
 */
function fieldsPossibleIn(text: string, ends: KeyEnds): number {
  let bits = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    bits |= c < 128 ? ends.ascii[c] : (ends.wide.get(c) ?? 0);
  }
  return bits;
}

/**
 * The match of `p` at the end of `line` (a Dataview field: at the bracket before its key), or
 * null; the match's `index` is where it starts, and it runs to the line's end or the field's close.
 */
function takeField(line: string, p: FieldPattern): RegExpExecArray | null {
  if (p.tail !== undefined && !tailFits(line, p.tail)) return null;
  if (!includesAny(line, p.keys)) return null;
  // The pattern is anchored at the end: the match is the line's tail.
  if (p.atBracket === undefined) return p.re.exec(line);
  const at = bracketBefore(line, p.keys[0]);
  if (at === -1) return null;
  p.atBracket.lastIndex = at;
  return p.atBracket.exec(line);
}

/** A date field's value: a day the calendar lacks stays text, as Tasks' moment reads it as an invalid date. */
function dateOf(text: string): TasksDate {
  return parseDate(text) === null ? { text } : { text, date: text };
}

function includesAny(line: string, keys: readonly string[]): boolean {
  for (let i = 0; i < keys.length; i++) if (line.includes(keys[i])) return true;
  return false;
}

function tailFits(line: string, tail: 'digit' | 'bracket'): boolean {
  const c = line.charCodeAt(line.length - 1);
  return tail === 'digit' ? c >= 48 && c <= 57 : c === 93 || c === 41 || c === 44;
}

function onCompletionOf(text: string): TaskFields['onCompletion'] {
  const t = text.trim().toLowerCase();
  return t === 'delete' || t === 'keep' ? t : '';
}
