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

/** The field patterns of one format; each matches at the end of the remaining text. */
interface FormatPatterns {
  priority: RegExp;
  done: RegExp;
  cancelled: RegExp;
  due: RegExp;
  scheduled: RegExp;
  start: RegExp;
  created: RegExp;
  recurrence: RegExp;
  onCompletion: RegExp;
  id: RegExp;
  dependsOn: RegExp;
  priorityOf: (text: string) => TasksPriority;
}

const DATE = '(\\d{4}-\\d{2}-\\d{2})';
const ID = '[a-zA-Z0-9-_]+';
const IDS = `${ID}( *, *${ID} *)*`;

// An emoji, an optional variation selector 16, spaces, the value, at the end (Tasks' DefaultTaskSerializer).
function emoji(symbols: string, value = ''): RegExp {
  return new RegExp(`${symbols}\uFE0F?${value === '' ? '' : ` *${value}`}$`);
}

// `[key:: value]` or `(key:: value)` at the end, brackets matched, an optional trailing comma (DataviewTaskSerializer).
function inlineField(inner: string): RegExp {
  return new RegExp(`(?:(?=[^\\]]+\\])\\[|(?=[^)]+\\))\\() *${inner} *[)\\]](?: *,)?$`);
}

const EMOJI_PRIORITIES: Readonly<Record<string, TasksPriority>> = {
  '🔺': 'highest',
  '⏫': 'high',
  '🔼': 'medium',
  '🔽': 'low',
  '⏬': 'lowest',
};

const EMOJI: FormatPatterns = {
  priority: emoji('(🔺|⏫|🔼|🔽|⏬)'),
  done: emoji('✅', DATE),
  cancelled: emoji('❌', DATE),
  due: emoji('(?:📅|📆|🗓)', DATE),
  scheduled: emoji('(?:⏳|⌛)', DATE),
  start: emoji('🛫', DATE),
  created: emoji('➕', DATE),
  recurrence: emoji('🔁', '([a-zA-Z0-9, !]+)'),
  onCompletion: emoji('🏁', '([a-zA-Z]+)'),
  id: emoji('🆔', `(${ID})`),
  dependsOn: emoji('⛔', `(${IDS})`),
  priorityOf: (text) => EMOJI_PRIORITIES[text] ?? 'none',
};

const DATAVIEW: FormatPatterns = {
  priority: inlineField('priority:: *(highest|high|medium|low|lowest)'),
  done: inlineField(`completion:: *${DATE}`),
  cancelled: inlineField(`cancelled:: *${DATE}`),
  due: inlineField(`due:: *${DATE}`),
  scheduled: inlineField(`scheduled:: *${DATE}`),
  start: inlineField(`start:: *${DATE}`),
  created: inlineField(`created:: *${DATE}`),
  recurrence: inlineField('repeat:: *([a-zA-Z0-9, !]+)'),
  onCompletion: inlineField('onCompletion:: *([a-zA-Z]+)'),
  id: inlineField(`id:: *(${ID})`),
  dependsOn: inlineField(`dependsOn:: *(${IDS})`),
  priorityOf: (text) => text as TasksPriority,
};

/** Tasks' tag pattern, anchored at the end: a `#` at the start or after a space, then no punctuation. */
const TAG_AT_END = /(^|\s)#[^ !@#$%^&*(),.?":{}|<>]+$/;
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
  const take = (re: RegExp, use: (m: RegExpMatchArray) => void): void => {
    const m = line.match(re);
    if (m === null) return;
    use(m);
    line = line.replace(re, '').trim();
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

function onCompletionOf(text: string): TaskFields['onCompletion'] {
  const t = text.trim().toLowerCase();
  return t === 'delete' || t === 'keep' ? t : '';
}
