import type { LinkRef } from '../../model/Item';
import { isRecord } from './describeValue';
import { unquotedLinkText, linkTarget, wikilinksIn } from './wikilink';

/** The relations found in a frontmatter, and the fields holding an unquoted `[[Note]]`. */
export interface CollectedLinks {
  links: LinkRef[];
  unquotedFields: string[];
}

const MAX_DEPTH = 8;

/**
 * Every wikilink in every field (strings, lists, nested values), in field order, deduplicated per
 * field; an unquoted `[[Note]]` (a nested list after YAML) counts as a link and marks its field.
 */
export function collectLinks(frontmatter: Record<string, unknown>, skip: ReadonlySet<string>): CollectedLinks {
  const links: LinkRef[] = [];
  const unquotedFields: string[] = [];
  for (const field of Object.keys(frontmatter)) {
    if (skip.has(field)) continue;
    const value = Object.prototype.hasOwnProperty.call(frontmatter, field) ? frontmatter[field] : undefined;
    // Most values are scalars without a link: skip them before setting up a walk.
    if (value === null || typeof value !== 'object' ? typeof value !== 'string' || !value.includes('[[') : false)
      continue;
    const state: FieldWalk = { field, links, seen: null, unquoted: false };
    walk(state, value, 0);
    if (state.unquoted) unquotedFields.push(field);
  }
  return { links, unquotedFields };
}

/** The links found so far in one field. */
interface FieldWalk {
  field: string;
  links: LinkRef[];
  /** Targets already added for this field; made on the first link (most lists hold none). */
  seen: Set<string> | null;
  unquoted: boolean;
}

function add(state: FieldWalk, target: string): void {
  if (state.seen === null) state.seen = new Set();
  else if (state.seen.has(target)) return;
  state.seen.add(target);
  state.links.push({ field: state.field, target });
}

function walk(state: FieldWalk, value: unknown, depth: number): void {
  if (depth > MAX_DEPTH) return;
  if (typeof value === 'string') {
    if (value.includes('[[')) for (const t of wikilinksIn(value)) add(state, t);
    return;
  }
  const inner = unquotedLinkText(value);
  if (inner !== null) {
    const target = linkTarget(inner);
    if (target !== null) {
      state.unquoted = true;
      add(state, target);
    }
    return;
  }
  if (Array.isArray(value)) {
    for (const v of value) walk(state, v, depth + 1);
  } else if (isRecord(value)) {
    for (const k of Object.keys(value)) walk(state, value[k], depth + 1);
  }
}
