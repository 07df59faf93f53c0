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
    const seen = new Set<string>();
    let unquoted = false;
    const add = (target: string): void => {
      if (seen.has(target)) return;
      seen.add(target);
      links.push({ field, target });
    };
    const walk = (value: unknown, depth: number): void => {
      if (depth > MAX_DEPTH) return;
      if (typeof value === 'string') {
        for (const t of wikilinksIn(value)) add(t);
        return;
      }
      const inner = unquotedLinkText(value);
      if (inner !== null) {
        const target = linkTarget(inner);
        if (target !== null) {
          unquoted = true;
          add(target);
        }
        return;
      }
      if (Array.isArray(value)) {
        for (const v of value) walk(v, depth + 1);
      } else if (isRecord(value)) {
        for (const k of Object.keys(value)) walk(value[k], depth + 1);
      }
    };
    walk(Object.prototype.hasOwnProperty.call(frontmatter, field) ? frontmatter[field] : undefined, 0);
    if (unquoted) unquotedFields.push(field);
  }
  return { links, unquotedFields };
}
