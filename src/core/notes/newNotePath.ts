import type { Item } from '../model/Item';
import { folderOf } from '../index/linkPath';

/**
 * A file name for a title: characters Obsidian refuses in names become spaces.
 * @example noteNameFor('Renew: passport?') // 'Renew passport'
 */
export function noteNameFor(title: string): string {
  return title
    .replace(/[\\/:*?"<>|#^[\]]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^\.+/, '');
}

/**
 * The path of a new note named after `title` in `folder` (vault-relative, '' for the root): `Name.md`,
 * else `Name 2.md`, `Name 3.md`… the first that `isTaken` says is free. An empty name is `Untitled`.
 * @example freeNotePath('Tasks', 'Pay rent', (p) => p === 'Tasks/Pay rent.md') // 'Tasks/Pay rent 2.md'
 */
export function freeNotePath(folder: string, title: string, isTaken: (path: string) => boolean): string {
  const name = noteNameFor(title) || 'Untitled';
  const at = (suffix: string): string => (folder === '' ? `${name}${suffix}.md` : `${folder}/${name}${suffix}.md`);
  let path = at('');
  for (let n = 2; isTaken(path); n++) path = at(` ${n}`);
  return path;
}

/**
 * The folder holding most of the given items (ties go to the first by name), or null when there are none:
 * where a new item of their kind goes.
 * @example folderOfMostItems(index.byKind('task')) // 'Tasks'
 */
export function folderOfMostItems(items: readonly Pick<Item, 'path'>[]): string | null {
  const counts = new Map<string, number>();
  for (const item of items) counts.set(folderOf(item.path), (counts.get(folderOf(item.path)) ?? 0) + 1);
  let best: string | null = null;
  for (const [folder, n] of counts)
    if (best === null || n > (counts.get(best) ?? 0) || (n === counts.get(best) && folder < best)) best = folder;
  return best;
}
