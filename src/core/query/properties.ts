import type { Item } from '../model/Item';
import type { EvalEnv } from './Compiled';
import { KIND_SPECS } from '../kinds/registry';
import { lookup } from './lookup';
import { toValue, type Value } from './Value';

/** Item fields readable by bare name before derived and note properties. */
export const ITEM_FIELDS: Readonly<Record<string, (item: Item) => unknown>> = {
  title: (item) => item.title,
  kind: (item) => item.kind,
  group: (item) => item.group,
  tags: (item) => item.tags,
};

const camelCache = new Map<string, string>();
function camel(name: string): string {
  let c = camelCache.get(name);
  if (c === undefined) {
    c = name.replace(/-([a-z])/g, (_, ch: string) => ch.toUpperCase());
    camelCache.set(name, c);
  }
  return c;
}

/**
 * A note property: the frontmatter value by its written name — except a field its kind reads as a
 * duration (`rotate`, `grace`, a user kind's `duration` field), which keeps the frontmatter's own
 * units (`3m` is three months there, three minutes in a query's "3m"); when absent, the parsed
 * item's scalar default for it (a task without `status` reads `todo`); otherwise null.
 */
export function readNoteProperty(item: Item, name: string): Value {
  return readNote(item, name, camel(name));
}

/** The reader of one note property, with its parsed-data key (`last-run` → `lastRun`) worked out once. */
export function noteReader(name: string): (item: Item) => Value {
  const key = camel(name);
  return (item) => readNote(item, name, key);
}

/** Field names some builtin kind reads as a duration (`rotate`, `grace`): only these need the parsed value when the note has the field. */
const BUILTIN_DURATIONS: ReadonlySet<string> = new Set(
  Object.values(KIND_SPECS).flatMap((spec) =>
    Object.entries(spec.fields).flatMap(([field, f]) => (f.type === 'duration' ? [field] : [])),
  ),
);

function readNote(item: Item, name: string, key: string): Value {
  const raw = lookup(item.frontmatter, name);
  if (item.data.type === 'custom') {
    const parsed = lookup(item.data.values, name);
    if (isParsedDuration(parsed)) return toValue(parsed);
    if (raw !== undefined) return toValue(raw);
    return name === 'created' ? toValue(item.created) : toValue(parsed);
  }
  // Most reads end here: the note has the field and its kind does not read it as a duration.
  if (raw !== undefined && !BUILTIN_DURATIONS.has(name)) return toValue(raw);
  const parsed = name === 'type' ? undefined : lookup(item.data as unknown as Record<string, unknown>, key);
  if (isParsedDuration(parsed)) return toValue(parsed);
  if (raw !== undefined) return toValue(raw);
  if (name === 'created') return toValue(item.created);
  return typeof parsed === 'string' || typeof parsed === 'number' || typeof parsed === 'boolean' ? parsed : null;
}

/** A duration as the frontmatter parser gives it: `{ n, unit }`. */
function isParsedDuration(v: unknown): boolean {
  return (
    typeof v === 'object' && v !== null && !Array.isArray(v) && Object.keys(v).length === 2 && 'n' in v && 'unit' in v
  );
}

/** A bare property name: an item field (`title`, `kind`, `group`, `tags`), else a derived property, else a note property. */
export function readProperty(item: Item, name: string, env: EvalEnv): Value {
  return propertyReader(name)(item, env);
}

/** The reader of a bare property name, chosen once (at compile time) rather than per item. */
export function propertyReader(name: string): (item: Item, env: EvalEnv) => Value {
  const field = lookup(ITEM_FIELDS, name);
  if (field) return (item) => toValue(field(item));
  const note = noteReader(name);
  let lastEnv: EvalEnv | null = null;
  let derivable = true;
  return (item, env) => {
    if (env !== lastEnv) {
      derivable = env.derivedNames === null || env.derivedNames.has(name);
      lastEnv = env;
    }
    if (!derivable) return note(item);
    const derived = env.derived(item, name);
    return derived !== undefined ? toValue(derived) : note(item);
  };
}

/** Where `warmNote` adds what it reads, so the compiler keeps the reads. */
let warmed = 0;

/**
 * Reads the parts of an item a property reader goes to first (its title, frontmatter and parsed
 * data), so that called for the next rows together their memory reads overlap, instead of each
 * stalling the row that needs it: over thousands of notes a row waits longer for memory than it computes.
 */
export function warmNote(item: Item): void {
  warmed = (warmed + item.title.length + item.data.type.length + (item.frontmatter.stack === undefined ? 0 : 1)) | 0;
}
