/** A link read from a field value; `unquoted` when YAML turned an unquoted `[[Note]]` into a nested list. */
export interface ReadLink {
  target: string;
  unquoted: boolean;
}

const WIKILINK_RE = /\[\[([^[\]\n]*)\]\]/g;

/**
 * The link path of a wikilink body: no `|alias`, `#heading` or `^block`, trimmed; null when empty.
 * @example linkTarget('folder/Note#Setup|the note') // 'folder/Note'
 */
export function linkTarget(inner: string): string | null {
  let end = inner.length;
  for (let i = 0; i < end; i++) {
    const c = inner.charCodeAt(i);
    // `|`, `#`, `^`: the first one ends the link path.
    if (c === 124 || c === 35 || c === 94) end = i;
  }
  const target = (end === inner.length ? inner : inner.slice(0, end)).trim();
  return target === '' ? null : target;
}

/**
 * Every wikilink target inside a piece of text, in order.
 * @example wikilinksIn('see [[A]] and [[B|b]]') // ['A', 'B']
 */
export function wikilinksIn(text: string): string[] {
  const out: string[] = [];
  if (!text.includes('[[')) return out;
  for (const m of text.matchAll(WIKILINK_RE)) {
    const target = linkTarget(m[1] ?? '');
    if (target !== null) out.push(target);
  }
  return out;
}

/**
 * Reads a value that should be exactly one link: `"[[Note]]"` (optionally `![[…]]`), or the
 * nested list `[["Note"]]` YAML makes of an unquoted `[[Note]]`. Null for anything else.
 */
export function readLink(value: unknown): ReadLink | null {
  if (typeof value === 'string') {
    const m = /^!?\[\[([^[\]\n]*)\]\]$/.exec(value.trim());
    const target = m ? linkTarget(m[1] ?? '') : null;
    return target === null ? null : { target, unquoted: false };
  }
  const inner = unquotedLinkText(value);
  if (inner === null) return null;
  const target = linkTarget(inner);
  return target === null ? null : { target, unquoted: true };
}

/** The text of an unquoted `[[Note]]` that YAML parsed as `[["Note"]]`, or null for other shapes. */
export function unquotedLinkText(value: unknown): string | null {
  if (!Array.isArray(value) || value.length !== 1) return null;
  const inner: unknown = value[0];
  if (!Array.isArray(inner) || inner.length !== 1) return null;
  const text: unknown = inner[0];
  if (typeof text === 'string' || typeof text === 'number') return String(text);
  return null;
}
