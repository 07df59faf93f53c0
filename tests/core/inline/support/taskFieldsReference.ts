// The reading of task fields before the closure-free rewrite (src/core/inline/taskFields.ts at 0f7b148),
// kept verbatim as the reference its differential test compares against.
import { parseDate } from '../../../../src/core/dates/parseDate';
import type { DateString } from '../../../../src/core/model/Item';

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

// An emoji, an optional variation selector 16, spaces, the value, at the end (Tasks' DefaultTaskSerializer).
function emoji(symbols: string, value: string, keys: readonly string[]): FieldPattern {
  const re = new RegExp(`${symbols}\uFE0F?${value === '' ? '' : ` *${value}`}$`);
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
  priority: emoji('(🔺|⏫|🔼|🔽|⏬)', '', ['🔺', '⏫', '🔼', '🔽', '⏬']),
  done: emoji('✅', DATE, ['✅']),
  cancelled: emoji('❌', DATE, ['❌']),
  due: emoji('(?:📅|📆|🗓)', DATE, ['📅', '📆', '🗓']),
  scheduled: emoji('(?:⏳|⌛)', DATE, ['⏳', '⌛']),
  start: emoji('🛫', DATE, ['🛫']),
  created: emoji('➕', DATE, ['➕']),
  recurrence: emoji('🔁', '([a-zA-Z0-9, !]+)', ['🔁']),
  onCompletion: emoji('🏁', '([a-zA-Z]+)', ['🏁']),
  id: emoji('🆔', `(${ID})`, ['🆔']),
  dependsOn: emoji('⛔', `(${IDS})`, ['⛔']),
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
 * Reads a task body in the emoji format (`📅 2026-12-01`) or the Dataview format
 * (`[due:: 2026-12-01]`) the way Tasks does: fields are taken off the end of the text, in any
 * order, until none is left (at most 21 rounds); tags met among them go back to the end of the
 * description; a field written twice keeps the value nearer the start.
 * @example readTaskFields('Pay rent #home 📅 2026-12-01 ⏫', 'emoji').due?.date // '2026-12-01'
 */
export function readTaskFields(body: string, format: 'emoji' | 'dataview'): TaskFields {
  const p = format === 'emoji' ? EMOJI : DATAVIEW;
  const out: TaskFields = {
    description: '',
    priority: 'none',
    onCompletion: '',
    id: '',
    dependsOn: [],
    matched: false,
  };
  let line = body;
  let trailingTags = '';
  let matched: boolean;
  let runs = 0;
  const take = (p: FieldPattern, use: (m: RegExpMatchArray) => void): void => {
    if (p.tail !== undefined && !tailFits(line, p.tail)) return;
    if (!includesAny(line, p.keys)) return;
    let m: RegExpMatchArray | null;
    if (p.atBracket === undefined) {
      // The pattern is anchored at the end: the match is the line's tail, cut off without a second search.
      m = p.re.exec(line);
      if (m === null) return;
      line = line.slice(0, m.index);
    } else {
      const at = bracketBefore(line, p.keys[0]);
      if (at === -1) return;
      p.atBracket.lastIndex = at;
      m = p.atBracket.exec(line);
      if (m === null) return;
      line = line.slice(0, at) + line.slice(at + m[0].length);
    }
    use(m);
    line = line.trim();
    matched = true;
    out.matched = true;
  };
  const date = (m: RegExpMatchArray): TasksDate => {
    const text = m[1];
    // A day the calendar lacks stays text: Tasks' moment reads it as an invalid date.
    return parseDate(text) === null ? { text } : { text, date: text };
  };
  do {
    matched = false;
    take(p.priority, (m) => (out.priority = p.priorityOf(m[1])));
    take(p.done, (m) => (out.done = date(m)));
    take(p.cancelled, (m) => (out.cancelled = date(m)));
    take(p.due, (m) => (out.due = date(m)));
    take(p.scheduled, (m) => (out.scheduled = date(m)));
    take(p.start, (m) => (out.start = date(m)));
    take(p.created, (m) => (out.created = date(m)));
    take(p.recurrence, (m) => (out.recurrence = m[1].trim()));
    take(p.onCompletion, (m) => (out.onCompletion = onCompletionOf(m[1])));
    take(TAG_AT_END, (m) => {
      const tag = m[0].trim();
      trailingTags = trailingTags.length > 0 ? `${tag} ${trailingTags}` : tag;
    });
    take(p.id, (m) => (out.id = m[1].trim()));
    take(
      p.dependsOn,
      (m) =>
        (out.dependsOn = m[1]
          .replace(/ /g, '')
          .split(',')
          .filter((s) => s !== '')),
    );
    runs++;
  } while (matched && runs <= 20);
  if (trailingTags.length > 0) line += (line.length > 0 ? ' ' : '') + trailingTags;
  out.description = line;
  return out;
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
