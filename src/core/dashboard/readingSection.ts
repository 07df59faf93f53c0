import type { ItemIndex } from '../index/ItemIndex';
import { isKind } from '../model/Item';
import type { DateDisplay } from '../../settings/settings';
import type { BookmarkRow, ReadingSection } from './DashboardModel';
import { formatDate } from './formatDate';
import { safeHttpUrl, siteOf } from './safeUrl';

/**
 * Bookmarks in the inbox or being read, the oldest added first (undated ones last, by title).
 * @example readingSection(index, '2026-11-28', 'iso').bookmarks[0]?.status // 'inbox'
 */
export function readingSection(index: ItemIndex, today: string, display: DateDisplay): ReadingSection {
  const bookmarks: BookmarkRow[] = [];
  for (const item of index.byKind('bookmark')) {
    if (!isKind(item, 'bookmark')) continue;
    const d = item.data;
    if (d.status !== 'inbox' && d.status !== 'reading') continue;
    const row: BookmarkRow = { path: item.path, title: item.title, href: safeHttpUrl(d.url), urlText: d.url, site: siteOf(d.url), status: d.status };
    if (d.added) row.added = formatDate(d.added, today, display);
    if (d.rating !== undefined) row.rating = d.rating;
    if (d.dead) row.dead = formatDate(d.dead, today, display);
    bookmarks.push(row);
  }
  bookmarks.sort((a, b) => {
    if (a.added && b.added && a.added.iso !== b.added.iso) return a.added.iso < b.added.iso ? -1 : 1;
    if (a.added && !b.added) return -1;
    if (!a.added && b.added) return 1;
    return a.title < b.title ? -1 : a.title > b.title ? 1 : a.path < b.path ? -1 : a.path > b.path ? 1 : 0;
  });
  return { id: 'reading', heading: 'Reading list', bookmarks };
}
