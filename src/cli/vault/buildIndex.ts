import { ItemIndex } from '../../core/index/ItemIndex';
import { nameKey } from '../../core/index/linkPath';
import type { IndexNoteInput } from '../../core/index/types';
import type { VaultScan } from './scanVault';

/**
 * Builds the index from item inputs. The index resolves links by note name, so a plain note
 * whose name no item's frontmatter links to cannot change any result: only plain notes with a
 * linked name are added, which keeps a vault of mostly plain notes cheap to index.
 */
export function buildIndex(notes: readonly string[], items: VaultScan['items']): ItemIndex {
  const linked = new Set<string>();
  for (const item of items) collectLinkNames(item.frontmatter, linked);
  const inputs: IndexNoteInput[] = items.slice();
  if (linked.size > 0) {
    const itemPaths = new Set<string>();
    for (const item of items) itemPaths.add(item.path);
    for (const path of notes) {
      // The walker yields only `*.md` paths, so the name key is the lower-cased basename without `.md`.
      if (linked.has(path.slice(path.lastIndexOf('/') + 1, -3).toLowerCase()) && !itemPaths.has(path)) inputs.push({ path, frontmatter: null });
    }
  }
  const index = new ItemIndex();
  index.upsertMany(inputs);
  return index;
}

const WIKILINK = /\[\[([^\]|#^]+)/g;

/** Adds the name key of every `[[link]]` found anywhere in a frontmatter value. */
function collectLinkNames(value: unknown, into: Set<string>): void {
  if (typeof value === 'string') {
    if (!value.includes('[[')) return;
    for (const m of value.matchAll(WIKILINK)) into.add(nameKey(m[1].trim()));
  } else if (Array.isArray(value)) {
    for (const v of value) collectLinkNames(v, into);
  } else if (typeof value === 'object' && value !== null) {
    for (const v of Object.values(value)) collectLinkNames(v, into);
  }
}
