import type * as O from 'obsidian';
import { parse, parseDocument, stringify } from 'yaml';

/** Obsidian's parseYaml: YAML 1.2 core schema (dates stay strings); throws on malformed YAML. */
export function parseYaml(yaml: string): unknown {
  return parse(yaml, { schema: 'core', prettyErrors: true });
}

/** Obsidian's stringifyYaml: block style, two-space indents, no line folding, `key:` for null. */
export function stringifyYaml(obj: unknown): string {
  return stringify(obj, { schema: 'core', lineWidth: 0, nullStr: '' });
}

/** Locates the frontmatter block: `---` on the first line up to the next `---` line. */
export function getFrontMatterInfo(content: string): O.FrontMatterInfo {
  const none: O.FrontMatterInfo = { exists: false, frontmatter: '', from: 0, to: 0, contentStart: 0 };
  const open = /^---[ \t]*\r?\n/.exec(content);
  if (!open) return none;
  const from = open[0].length;
  const close = /^---[ \t]*(\r?\n|$)/m;
  const rest = content.slice(from);
  // The closing fence may directly follow the opening one (an empty block).
  const m = close.exec(rest);
  if (!m) return none;
  const to = from + m.index;
  return { exists: true, frontmatter: content.slice(from, to), from, to, contentStart: to + m[0].length };
}

/** Parses frontmatter text to an object, or null when it is malformed or not a mapping (never throws). */
export function parseFrontMatterObject(text: string): Record<string, unknown> | null {
  const doc = parseDocument(text, { schema: 'core', uniqueKeys: true });
  if (doc.errors.length > 0) return null;
  const value: unknown = doc.toJS({ maxAliasCount: 100 });
  if (value === null || value === undefined) return {};
  if (typeof value !== 'object' || Array.isArray(value)) return null;
  return value as Record<string, unknown>;
}

/** The list under `key` (string split on commas/spaces, or a list), or null. */
export function parseFrontMatterStringArray(
  frontmatter: unknown,
  key: string | RegExp,
  nospaces = false,
): string[] | null {
  if (!frontmatter || typeof frontmatter !== 'object') return null;
  for (const k of Object.keys(frontmatter)) {
    if (typeof key === 'string' ? k.toLowerCase() !== key.toLowerCase() : !key.test(k)) continue;
    const value = (frontmatter as Record<string, unknown>)[k];
    const items = Array.isArray(value)
      ? value
      : typeof value === 'string'
        ? value.split(nospaces ? /[,\s]+/ : /,/)
        : [];
    const out = items
      .filter((x): x is string | number => typeof x === 'string' || typeof x === 'number')
      .map((x) => String(x).trim())
      .filter((x) => x !== '');
    return out.length > 0 ? out : null;
  }
  return null;
}

/** The raw value under a key (case-insensitive string or a RegExp), or null. */
export function parseFrontMatterEntry(frontmatter: unknown, key: string | RegExp): unknown {
  if (!frontmatter || typeof frontmatter !== 'object') return null;
  for (const k of Object.keys(frontmatter)) {
    if (typeof key === 'string' ? k.toLowerCase() === key.toLowerCase() : key.test(k))
      return (frontmatter as Record<string, unknown>)[k];
  }
  return null;
}

/** Tags from `tags`/`tag`, each prefixed with `#`, or null. */
export function parseFrontMatterTags(frontmatter: unknown): string[] | null {
  const tags = parseFrontMatterStringArray(frontmatter, /^tags?$/i, true);
  return tags ? tags.map((t) => (t.startsWith('#') ? t : `#${t}`)) : null;
}

/** Aliases from `aliases`/`alias`, or null. */
export function parseFrontMatterAliases(frontmatter: unknown): string[] | null {
  return parseFrontMatterStringArray(frontmatter, /^alias(es)?$/i);
}
