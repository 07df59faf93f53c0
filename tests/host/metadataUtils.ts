import type * as O from 'obsidian';
import { parseFrontMatterTags } from './yaml';

/** Frontmatter tags then body tags, each with `#`, or null when there are none. */
export function getAllTags(cache: O.CachedMetadata): string[] | null {
  const tags = [...(parseFrontMatterTags(cache.frontmatter) ?? []), ...(cache.tags ?? []).map((t) => t.tag)];
  return tags.length > 0 ? tags : null;
}

/** Calls `cb` for each link and embed until it returns true. */
export function iterateCacheRefs(cache: O.CachedMetadata, cb: (ref: O.ReferenceCache) => boolean | void): boolean {
  return iterateRefs([...(cache.links ?? []), ...(cache.embeds ?? [])], cb as (ref: O.Reference) => boolean | void);
}

/** Calls `cb` for each reference until it returns true. */
export function iterateRefs(refs: O.Reference[], cb: (ref: O.Reference) => boolean | void): boolean {
  for (const ref of refs) if (cb(ref) === true) return true;
  return false;
}

/** Heading text without link-breaking characters. */
export function stripHeading(heading: string): string {
  return heading
    .replace(/[!"#$%&()*+,.:;<=>?@^`{|}~/[\]\\]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Heading text as used in a link subpath. */
export function stripHeadingForLink(heading: string): string {
  return heading
    .replace(/[#|^:%[\]\\]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** The heading or block a subpath (`#Heading` or `#^block`) refers to, or null. */
export function resolveSubpath(
  cache: O.CachedMetadata,
  subpath: string,
): O.HeadingSubpathResult | O.BlockSubpathResult | null {
  const parts = subpath.split('#').filter((s) => s !== '');
  const last = parts[parts.length - 1];
  if (!last) return null;
  if (last.startsWith('^')) {
    const block = cache.blocks?.[last.slice(1)];
    return block ? { type: 'block', block, start: block.position.start, end: block.position.end } : null;
  }
  const headings = cache.headings ?? [];
  const i = headings.findIndex(
    (h) => stripHeadingForLink(h.heading).toLowerCase() === stripHeadingForLink(last).toLowerCase(),
  );
  if (i < 0) return null;
  const current = headings[i];
  const next = headings.slice(i + 1).find((h) => h.level <= current.level) ?? null;
  // The declared type says `next: HeadingCache`, but Obsidian gives null after the last heading.
  return {
    type: 'heading',
    current,
    next: next as O.HeadingCache,
    start: current.position.start,
    end: next ? next.position.start : null,
  };
}
