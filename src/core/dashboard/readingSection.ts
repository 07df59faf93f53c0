import type { ItemIndex } from '../index/ItemIndex';
import { isKind, type Item, type ItemOf } from '../model/Item';
import type { DateDisplay } from './DashboardOptions';
import type { BookmarkRow, ReadingSection } from './DashboardModel';
import { formatDate } from './formatDate';
import { firstRows } from './rowLimit';
import { safeHttpUrl, siteOf } from './safeUrl';

/**
 * Bookmarks in the inbox or being read, the oldest added first (undated ones last, by title);
 * the first `ROW_LIMIT` as rows, with the full count.
 * @example readingSection(index, '2026-11-28', 'iso').bookmarks[0]?.status // 'inbox'
 */
export function readingSection(index: ItemIndex, today: string, display: DateDisplay): ReadingSection {
  const unread: ItemOf<'bookmark'>[] = [];
  for (const item of index.byKind('bookmark')) if (isUnread(item)) unread.push(item);
  unread.sort(compareUnread);
  const bookmarks = firstRows(unread, (item) => bookmarkRow(item, today, display));
  return { id: 'reading', heading: 'Reading list', bookmarks, totals: { bookmarks: unread.length } };
}

/** Whether the item is a bookmark on the reading list (in the inbox or being read). */
export function isUnread(item: Item): item is ItemOf<'bookmark'> {
  return isKind(item, 'bookmark') && (item.data.status === 'inbox' || item.data.status === 'reading');
}

/** Reading-list order: the oldest added first, undated ones last, then title and path. */
export function compareUnread(a: ItemOf<'bookmark'>, b: ItemOf<'bookmark'>): number {
  const x = a.data.added;
  const y = b.data.added;
  if (x && y && x !== y) return x < y ? -1 : 1;
  if (x && !y) return -1;
  if (!x && y) return 1;
  return a.title < b.title ? -1 : a.title > b.title ? 1 : a.path < b.path ? -1 : a.path > b.path ? 1 : 0;
}

/** A bookmark as the row the reading list shows. */
export function bookmarkRow(item: ItemOf<'bookmark'>, today: string, display: DateDisplay): BookmarkRow {
  const d = item.data;
  const row: BookmarkRow = {
    path: item.path,
    title: item.title,
    href: safeHttpUrl(d.url),
    urlText: d.url,
    site: siteOf(d.url),
    status: d.status,
  };
  if (d.added) row.added = formatDate(d.added, today, display);
  if (d.rating !== undefined) row.rating = d.rating;
  if (d.dead) row.dead = formatDate(d.dead, today, display);
  return row;
}
