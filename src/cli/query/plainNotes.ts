import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { ItemIndex } from '../../core/index/ItemIndex';
import type { Item, LinkRef } from '../../core/model/Item';
import { decodeNote } from '../../core/notes/decodeNote';
import { findFrontmatter } from '../../core/notes/findFrontmatter';
import { parseFrontmatter } from '../../core/notes/parseFrontmatter';
import { selfNote } from '../../core/query/selfNote';
import { MAX_NOTE_BYTES } from '../vault/readNoteFile';
import { walkVault } from '../vault/walkVault';

const WIKILINK = /\[\[([^\]|#]+)/g;

function frontmatterOf(text: string): Record<string, unknown> {
  const block = findFrontmatter(text);
  if (block.type !== 'block') return {};
  const parsed = parseFrontmatter(block.yaml, block.firstLine);
  return parsed.ok ? parsed.frontmatter : {};
}

function linksOf(frontmatter: Readonly<Record<string, unknown>>): LinkRef[] {
  const links: LinkRef[] = [];
  for (const [field, value] of Object.entries(frontmatter))
    for (const v of Array.isArray(value) ? value : [value])
      if (typeof v === 'string') for (const m of v.matchAll(WIKILINK)) links.push({ field, target: m[1].trim() });
  return links;
}

function tagsOf(frontmatter: Readonly<Record<string, unknown>>): string[] {
  const tags = frontmatter.tags;
  const list = Array.isArray(tags) ? tags : typeof tags === 'string' ? tags.split(/[\s,]+/) : [];
  return list.filter((t): t is string => typeof t === 'string' && t !== '').map((t) => t.replace(/^#/, ''));
}

/**
 * Every note of the vault as a query row, as Bases sees a vault (`vault-stack query --all-notes`):
 * the items of the index as they are, and each other note as a plain row of its frontmatter, tags
 * and frontmatter links. A note that is unreadable, oversized or not UTF-8 is left out.
 */
export function allNotes(root: string, index: ItemIndex): Item[] {
  const out: Item[] = [];
  for (const path of walkVault(root).notes) {
    const item = index.get(path);
    if (item) {
      out.push(item);
      continue;
    }
    try {
      const abs = join(root, path);
      if (statSync(abs).size > MAX_NOTE_BYTES) continue;
      const text = decodeNote(readFileSync(abs));
      if (text === null) continue;
      const frontmatter = frontmatterOf(text);
      out.push(selfNote({ path, frontmatter, tags: tagsOf(frontmatter), links: linksOf(frontmatter) }));
    } catch {
      // Reading the vault already reported it.
    }
  }
  return out;
}
