import type { BookmarkStatus } from '../model/Item';

/** One bookmark as the bookmark formats read and write it (Netscape HTML, Raindrop CSV). */
export interface BookmarkEntry {
  url: string;
  title: string;
  /** Tags without `#`, spaces turned into `-`, unique (case-insensitively), in source order. */
  tags: string[];
  /** The folder path, `/`-separated (`Homelab/Tools`); a `/` inside one folder's name becomes `-`. */
  folder?: string;
  /** When it was saved (`YYYY-MM-DD`, UTC). */
  added?: string;
  /** When it was last changed in the source (`YYYY-MM-DD`, UTC). */
  modified?: string;
  /** `inbox` (to read), `read`, or `archived`; absent when the source does not say. */
  status?: BookmarkStatus;
  description?: string;
}

/** A bookmark read from a file, with the line (or CSV record) it starts on, for messages. */
export interface SourcedBookmark extends BookmarkEntry {
  line: number;
}

/** What reading a bookmark file gives: the bookmarks, entries skipped on purpose (with why), and problems that stop an import. */
export interface ReadBookmarks {
  bookmarks: SourcedBookmark[];
  /** `line 3: place:sort=8 is not an http or https URL (skipped)`: entries no bookmark note can hold. */
  skipped: string[];
  /** `line 12: ADD_DATE "soon" is not a number of seconds`: bad input; nothing may be imported. */
  problems: string[];
}

/**
 * A tag as a note can hold it: trimmed, no leading `#`, inner spaces as `-` (as Linkding does).
 * @example cleanTag(' #home lab ') // 'home-lab'
 */
export function cleanTag(tag: string): string {
  return tag.trim().replace(/^#+/, '').replace(/\s+/g, '-');
}

/** Tags cleaned, empty ones dropped, duplicates (case-insensitively) dropped after their first. */
export function uniqueTags(tags: readonly string[]): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const raw of tags) {
    const tag = cleanTag(raw);
    const key = tag.toLowerCase();
    if (tag === '' || seen.has(key)) continue;
    seen.add(key);
    out.push(tag);
  }
  return out;
}
