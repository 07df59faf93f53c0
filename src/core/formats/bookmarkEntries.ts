import { parseDate } from '../dates/parseDate';
import type { ItemIndex } from '../index/ItemIndex';
import { compareStrings } from '../index/linkPath';
import { isKind, type ItemOf } from '../model/Item';
import type { BookmarkEntry } from './BookmarkEntry';
import { textField } from './serviceGroups';

/**
 * A bookmark note as the bookmark formats write it: its url, title, tags and status, `added` (else
 * the day of `created`), and the `folder`, `modified` and `description` fields an import wrote.
 * @example bookmarkEntryOf(item) // { url: 'https://x.org/', title: 'X', tags: ['dev'], status: 'inbox', added: '2026-11-02' }
 */
export function bookmarkEntryOf(item: ItemOf<'bookmark'>): BookmarkEntry {
  const entry: BookmarkEntry = {
    url: item.data.url,
    title: item.title,
    tags: [...item.tags],
    status: item.data.status,
  };
  const folder = textField(item.frontmatter, 'folder');
  if (folder !== undefined) entry.folder = folder;
  const added = item.data.added ?? item.created?.slice(0, 10);
  if (added !== undefined) entry.added = added;
  const modified = textField(item.frontmatter, 'modified');
  if (modified !== undefined && parseDate(modified) !== null) entry.modified = modified;
  const description = textField(item.frontmatter, 'description');
  if (description !== undefined) entry.description = description;
  return entry;
}

/** Every bookmark of the vault as {@link bookmarkEntryOf} gives it, by path. */
export function bookmarkEntries(index: ItemIndex): BookmarkEntry[] {
  return index
    .byKind('bookmark')
    .filter((item): item is ItemOf<'bookmark'> => isKind(item, 'bookmark'))
    .sort((a, b) => compareStrings(a.path, b.path))
    .map(bookmarkEntryOf);
}
