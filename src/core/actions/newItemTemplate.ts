import type { DateString } from '../model/Item';
import type { FieldSpec, SpecFieldType } from '../kinds/KindSpec';
import { renderKey, renderScalar } from '../frontmatter/renderScalar';

/** What to write for a field type when the user has to fill it in. */
const HINTS: Record<SpecFieldType, string> = {
  text: 'text',
  number: 'a number',
  integer: 'a whole number',
  boolean: 'true or false',
  date: 'YYYY-MM-DD',
  datetime: 'YYYY-MM-DD or YYYY-MM-DDTHH:mm',
  duration: 'a duration such as 6h, 2w, 3m',
  recurrence: 'day, week, month, year, weekday or "<n> days", optionally "when done"',
  url: 'an http(s) address',
  link: '"[[Note]]"',
  links: '["[[Note]]"]',
  list: '[a, b]',
  enum: 'one of the allowed values',
  dates: '[YYYY-MM-DD]',
  intervals: '[YYYY-MM-DDTHH:mm/YYYY-MM-DDTHH:mm]',
  goal: 'daily, <n>/week, <n>/month or [mon, wed]',
  'link-or-text': '"[[Note]]" or a name',
  'date-or-true': 'YYYY-MM-DD or true',
  'url-or-false': 'an http(s) address, or false',
  'number-or-text': 'a status code or text',
  fields: '{ field: type }',
};

/** Fields that, when a note is created, are best filled with the day it was created. */
const TODAY_FIELDS = new Set(['added', 'started']);

/**
 * The text of a new note of a kind: `stack`, `title`, `created`, `tags`, then the kind's fields.
 * Fields with a sensible default get it; required fields without one are left empty with a comment
 * saying they are required and what goes there (so `check` reports them until filled); optional
 * fields are listed as comment lines to uncomment.
 * @example newItemTemplate('habit', KIND_SPECS.habit.fields, 'Meditate', '2026-11-28')
 * // '---\nstack: habit\ntitle: Meditate\ncreated: 2026-11-28\ntags: []\ngoal: daily\n# log: …\nstarted: 2026-11-28\n# paused: …\n---\n\n'
 */
export function newItemTemplate(
  kind: string,
  fields: Readonly<Record<string, FieldSpec>>,
  title: string,
  today: DateString,
): string {
  const lines = [`stack: ${renderScalar(kind, 'PLAIN', 'block')}`];
  if (title.trim() !== '') lines.push(`title: ${renderScalar(title.trim(), 'PLAIN', 'block')}`);
  lines.push(`created: ${today}`, 'tags: []');
  const written = new Set(['stack', 'title', 'created', 'tags']);
  for (const [name, spec] of Object.entries(fields)) {
    if (written.has(name)) continue;
    written.add(name);
    const key = renderKey(name);
    const value = defaultValue(kind, name, spec, title, today);
    if (value !== undefined) lines.push(`${key}: ${renderScalar(value, 'PLAIN', 'block')}`);
    else if (spec.required) lines.push(`${key}:  # required: ${describe(spec)}`);
    else lines.push(`# ${key}: ${describe(spec)}`);
  }
  return `---\n${lines.join('\n')}\n---\n\n`;
}

/** The value a new note gets for a field, when one is sensible; undefined when the user must decide. */
function defaultValue(
  kind: string,
  name: string,
  spec: FieldSpec,
  title: string,
  today: DateString,
): string | undefined {
  if (spec.default !== undefined) return spec.default;
  if (TODAY_FIELDS.has(name) && spec.type === 'date') return today;
  const t = title.trim().toLowerCase();
  if (kind === 'domain' && name === 'name' && /^([a-z0-9-]+\.)+[a-z]{2,}$/.test(t)) return t;
  if (kind === 'kind' && name === 'name') {
    const slug = t.replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '');
    if (/^[a-z][a-z0-9-]*$/.test(slug)) return slug;
  }
  return undefined;
}

/** One line about a field: its description, then what to write. */
function describe(spec: FieldSpec): string {
  const what =
    spec.type === 'enum' && spec.values !== undefined ? `one of ${spec.values.join(', ')}` : HINTS[spec.type];
  const description = spec.description.replace(/\.$/, '');
  return description === '' ? what : `${description} (${what})`;
}
