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

/** A bookmark read from a file, with the line (or CSV record) it starts on, for messages; a reader may give absent fields as `undefined`. */
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
  const t = tag.trim();
  for (let i = 0; i < t.length; i++) {
    const c = t.charCodeAt(i);
    if (c === 35 /* # */ || c <= 32 || c === 0xa0 || c > 0x2000) return t.replace(/^#+/, '').replace(/\s+/g, '-');
  }
  return t;
}

/** Tags cleaned, empty ones dropped, duplicates (case-insensitively) dropped after their first. */
export function uniqueTags(tags: readonly string[]): string[] {
  // Most lists are clean and unique already: checked in place, they are copied once.
  if (cleanAndUnique(tags)) return tags.slice();
  const out: string[] = [];
  const keys: string[] = [];
  for (const raw of tags) {
    const tag = cleanTag(raw);
    if (tag === '') continue;
    const key = tag.toLowerCase();
    // Bookmarks have a handful of tags: a list beats building a set for each.
    if (keys.includes(key)) continue;
    keys.push(key);
    out.push(tag);
  }
  return out;
}

/** Whether every tag is printable ASCII without `#` (clean as it is) and no two are the same ignoring case. */
function cleanAndUnique(tags: readonly string[]): boolean {
  for (let i = 0; i < tags.length; i++) {
    const tag = tags[i];
    if (tag === '') return false;
    for (let k = 0; k < tag.length; k++) {
      const c = tag.charCodeAt(k);
      if (c <= 32 || c >= 127 || c === 35 /* # */) return false;
    }
    for (let j = 0; j < i; j++) if (sameAsciiIgnoringCase(tags[j], tag)) return false;
  }
  return true;
}

/** `a.toLowerCase() === b.toLowerCase()` for ASCII text. */
function sameAsciiIgnoringCase(a: string, b: string): boolean {
  if (a.length !== b.length) return false;
  for (let k = 0; k < a.length; k++) {
    let x = a.charCodeAt(k);
    let y = b.charCodeAt(k);
    if (x >= 65 && x <= 90) x += 32;
    if (y >= 65 && y <= 90) y += 32;
    if (x !== y) return false;
  }
  return true;
}
