import type { Item } from '../model/Item';
import type { EvalEnv } from './Compiled';
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
  const data = item.data as unknown as Record<string, unknown>;
  const parsed =
    item.data.type === 'custom'
      ? lookup(item.data.values, name)
      : name === 'type'
        ? undefined
        : lookup(data, camel(name));
  if (isParsedDuration(parsed)) return toValue(parsed);
  const raw = lookup(item.frontmatter, name);
  if (raw !== undefined) return toValue(raw);
  if (name === 'created') return toValue(item.created);
  if (item.data.type === 'custom') return toValue(parsed);
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
  return (item, env) => {
    const derived = env.derived(item, name);
    return derived !== undefined ? toValue(derived) : readNoteProperty(item, name);
  };
}
