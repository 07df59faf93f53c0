/** The lookup key of a tag: without `#`, lower-cased (Obsidian tags ignore case). */
export function tagKey(tag: string): string {
  return tag.trim().replace(/^#/, '').toLowerCase();
}

/** Every key an item's tags are found under: each tag and each parent of a nested tag (do not mutate). */
export function tagKeys(tags: readonly string[]): ReadonlySet<string> {
  // Most items have no tags: no Set for them.
  if (tags.length === 0) return NO_KEYS;
  const keys = new Set<string>();
  for (const tag of tags) {
    const parts = tagKey(tag)
      .split('/')
      .filter((p) => p !== '');
    for (let i = 1; i <= parts.length; i++) keys.add(parts.slice(0, i).join('/'));
  }
  return keys;
}

const NO_KEYS: ReadonlySet<string> = new Set();
