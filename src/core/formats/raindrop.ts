import { fromDayNumber, toDayNumber } from '../dates/dayNumber';
import { uniqueTags, type ReadBookmarks, type SourcedBookmark } from './BookmarkEntry';
import { readCsv } from './csvRecords';

/** The columns of Raindrop's CSV export (`id,title,note,excerpt,url,folder,tags,created,cover,highlights,favorite`) this reader uses. */
export const RAINDROP_COLUMNS = ['url', 'title', 'note', 'excerpt', 'folder', 'tags', 'created'] as const;

/**
 * Reads Raindrop.io's CSV export (columns found by name, in any order; only `url` is needed):
 * `title`; the `excerpt` and your `note` as the description; `folder` (`Parent / Child`) as a folder
 * path; `tags` (comma-separated); `created` (ISO 8601 or Unix seconds) as the UTC day it was saved.
 * Raindrop has no to-read flag, so no status is read. Entries that are not http(s) links are skipped
 * with a note; bad input is a problem naming the record's line.
 * @example parseRaindropCsv('url,title\nhttps://x.org/,X\n').bookmarks[0] // { line: 2, url: 'https://x.org/', title: 'X', tags: [] }
 */
export function parseRaindropCsv(text: string): ReadBookmarks {
  const out: ReadBookmarks = { bookmarks: [], skipped: [], problems: [] };
  const csv = readCsv(text);
  if (!csv.ok) {
    out.problems.push(`line ${csv.line}: ${csv.message}`);
    return out;
  }
  const [header, ...rows] = csv.records;
  const names = (header?.fields ?? []).map((f) => f.trim().toLowerCase());
  const column = (name: string): number => names.indexOf(name);
  if (column('url') < 0) {
    out.problems.push(
      'line 1: no "url" column: not a Raindrop CSV export (its first line is id,title,note,excerpt,url,folder,tags,created,…)',
    );
    return out;
  }
  const get = (fields: string[], name: string): string => {
    const at = column(name);
    return at < 0 ? '' : (fields[at] ?? '').trim();
  };
  for (const { fields, line } of rows) {
    const url = get(fields, 'url');
    if (url === '') {
      out.problems.push(`line ${line}: the url field is empty`);
      continue;
    }
    if (!/^https?:\/\/[^/?#\s]/i.test(url)) {
      out.skipped.push(`line ${line}: ${url} is not an http or https URL (skipped)`);
      continue;
    }
    const bookmark: SourcedBookmark = { line, url, title: get(fields, 'title') || url, tags: [] };
    const description = [get(fields, 'excerpt'), get(fields, 'note')].filter((t) => t !== '').join('\n\n');
    if (description !== '') bookmark.description = description.replace(/\r\n?/g, '\n');
    const folder = get(fields, 'folder')
      .split(/\s+\/\s+/)
      .map((f) => f.trim().replace(/\//g, '-'))
      .filter((f) => f !== '' && f.toLowerCase() !== 'unsorted')
      .join('/');
    if (folder !== '') bookmark.folder = folder;
    bookmark.tags = uniqueTags(get(fields, 'tags').split(','));
    const created = get(fields, 'created');
    if (created !== '') {
      const day = utcDay(created);
      if (day === undefined)
        out.problems.push(`line ${line}: created "${created}" is not an ISO 8601 date or Unix time`);
      else bookmark.added = day;
    }
    out.bookmarks.push(bookmark);
  }
  return out;
}

const ISO = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?)?\s*(Z|[+-]\d{2}:?\d{2})?$/i;

/**
 * The UTC day of an ISO 8601 moment (`2020-05-01T10:10:00.000Z`, `2020-05-01T01:00+02:00`, a plain
 * date) or of Unix seconds; undefined for anything else.
 * @example utcDay('2020-05-01T01:00:00+02:00') // '2020-04-30'
 */
export function utcDay(text: string): string | undefined {
  if (/^\d{1,11}$/.test(text)) return fromDayNumber(Math.floor(Number(text) / 86400));
  const m = ISO.exec(text);
  if (!m) return undefined;
  const [, y, mo, d, h = '0', mi = '0', , zone] = m;
  if (Number(mo) < 1 || Number(mo) > 12 || Number(d) < 1 || Number(d) > 31 || Number(h) > 23 || Number(mi) > 59)
    return undefined;
  let minutes =
    toDayNumber({ year: Number(y), month: Number(mo), day: Number(d) }) * 1440 + Number(h) * 60 + Number(mi);
  if (zone && zone.toUpperCase() !== 'Z') {
    const z = /^([+-])(\d{2}):?(\d{2})$/.exec(zone) as RegExpExecArray;
    minutes -= (z[1] === '-' ? -1 : 1) * (Number(z[2]) * 60 + Number(z[3]));
  }
  return fromDayNumber(Math.floor(minutes / 1440));
}
