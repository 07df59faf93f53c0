import { fromDayNumber, toDayNumber } from '../dates/dayNumber';
import { uniqueTags, type BookmarkEntry, type ReadBookmarks, type SourcedBookmark } from './BookmarkEntry';
import { decodeEntities, escapeHtml } from './htmlText';
import { tokenizeHtml, type TagToken } from './htmlTokens';

/** Linkding's archived marker, as current Linkding writes it (v1.40 on) and as older versions did. */
export const LINKDING_ARCHIVED = ['linkding:bookmarks.archived', 'linkding:archived'] as const;

const FOLDER_HEADINGS = new Set(['h2', 'h3', 'h4', 'h5', 'h6']);
const LISTS = new Set(['dl', 'ul', 'menu']);

/**
 * Reads a Netscape bookmark file (browsers, Linkding, Pinboard, Raindrop): each `<A HREF>` with its
 * title, `ADD_DATE` (else `LAST_MODIFIED`) and `LAST_MODIFIED` as UTC dates (seconds; larger numbers
 * as ms, µs or ns), `TAGS` (comma-separated), `TOREAD` (`1` → inbox, `0` → read), the `<DD>`
 * description and its folder path from the `<H3>` headings around it. Linkding's archived tag, in
 * either spelling, becomes status archived. Entries that are not http(s) bookmarks (`place:`,
 * `javascript:`) are skipped with a note; bad input is a problem naming its line.
 * @example parseNetscape('<DL><p><DT><A HREF="https://x.org/" TOREAD="1">X</A>\n</DL>').bookmarks[0].status // 'inbox'
 */
export function parseNetscape(html: string): ReadBookmarks {
  const out: ReadBookmarks = { bookmarks: [], skipped: [], problems: [] };
  const tokenized = tokenizeHtml(html.replace(/^\uFEFF/, ''));
  if (!tokenized.ok) {
    out.problems.push(`line ${tokenized.line}: ${tokenized.message}`);
    return out;
  }
  const tokens = tokenized.tokens;
  if (!tokens.some((t) => t.type === 'tag' && (LISTS.has(t.name) || t.name === 'a'))) {
    out.problems.push(
      'line 1: not a Netscape bookmark file (no <DL> list and no <A HREF> bookmark; browsers export one with <!DOCTYPE NETSCAPE-Bookmark-file-1>)',
    );
    return out;
  }
  const folders: (string | null)[] = [];
  let pendingFolder: string | undefined;
  let mode: 'none' | 'title' | 'folder' | 'description' | 'ignore' = 'none';
  let buffer = '';
  let anchor: TagToken | undefined;
  let last: SourcedBookmark | undefined;

  const finish = (): void => {
    if (mode === 'title' && anchor) last = bookmarkOf(anchor, buffer, folders, out);
    else if (mode === 'folder') pendingFolder = decodeEntities(buffer).trim().replace(/\//g, '-');
    else if (mode === 'description' && last) {
      const text = decodeEntities(buffer)
        .replace(/\r\n|\n\r|\r/g, '\n')
        .trim();
      if (text !== '') last.description = text;
    }
    mode = 'none';
    buffer = '';
    anchor = undefined;
  };

  for (const token of tokens) {
    if (token.type === 'text') {
      if (mode !== 'none' && mode !== 'ignore') buffer += token.text;
      continue;
    }
    const name = token.name;
    if (mode === 'ignore') {
      if (token.closing) mode = 'none';
      continue;
    }
    if (name === 'br' && mode === 'description') {
      buffer += '\n';
      continue;
    }
    if ((name === 'p' || name === 'hr') && mode !== 'description') continue;
    if (token.closing && (name === 'a' || FOLDER_HEADINGS.has(name))) {
      finish();
      continue;
    }
    if (token.closing && !LISTS.has(name)) continue;
    finish();
    if (LISTS.has(name)) {
      if (token.closing) folders.pop();
      else folders.push(pendingFolder ?? null);
      pendingFolder = undefined;
      last = undefined;
    } else if (name === 'a') {
      anchor = token;
      mode = 'title';
    } else if (FOLDER_HEADINGS.has(name)) {
      mode = 'folder';
      last = undefined;
    } else if (name === 'dd') {
      if (last) mode = 'description';
    } else if (name === 'dt') {
      last = undefined;
    } else if (name === 'title' || name === 'h1' || name === 'style' || name === 'script') {
      mode = 'ignore';
    }
  }
  finish();
  return out;
}

function bookmarkOf(
  anchor: TagToken,
  rawTitle: string,
  folders: readonly (string | null)[],
  out: ReadBookmarks,
): SourcedBookmark | undefined {
  const at = `line ${anchor.line}`;
  const href = anchor.attrs.href;
  if (href === undefined || href.trim() === '') {
    out.problems.push(`${at}: a bookmark (<A>) without HREF`);
    return undefined;
  }
  const url = decodeEntities(href).trim();
  if (!/^https?:\/\/[^/?#\s]/i.test(url)) {
    out.skipped.push(`${at}: ${url} is not an http or https URL (skipped)`);
    return undefined;
  }
  const bookmark: SourcedBookmark = { line: anchor.line, url, title: decodeEntities(rawTitle).trim() || url, tags: [] };
  const added = readDate(anchor, 'add_date', out);
  const modified = readDate(anchor, 'last_modified', out);
  if (added ?? modified) bookmark.added = added ?? modified;
  if (modified) bookmark.modified = modified;
  const rawTags = decodeEntities(anchor.attrs.tags ?? '').split(',');
  const archived = rawTags.some((t) => (LINKDING_ARCHIVED as readonly string[]).includes(t.trim().toLowerCase()));
  bookmark.tags = uniqueTags(
    rawTags.filter((t) => !(LINKDING_ARCHIVED as readonly string[]).includes(t.trim().toLowerCase())),
  );
  const toRead = anchor.attrs.toread?.trim();
  if (archived) bookmark.status = 'archived';
  else if (toRead === '1') bookmark.status = 'inbox';
  else if (toRead === '0') bookmark.status = 'read';
  const folder = folders.filter((f): f is string => f !== null && f !== '').join('/');
  if (folder !== '') bookmark.folder = folder;
  out.bookmarks.push(bookmark);
  return bookmark;
}

/** The largest number of seconds that is still a date (9999-12-31T23:59:59Z). */
const MAX_SECONDS = 253402300799;

/**
 * A timestamp attribute as a UTC date. Seconds, as the format says; a number too large for seconds
 * is read as milliseconds, then microseconds (old Google exports), then nanoseconds, as Linkding does.
 */
function readDate(anchor: TagToken, attr: string, out: ReadBookmarks): string | undefined {
  const raw = anchor.attrs[attr]?.trim();
  if (raw === undefined || raw === '') return undefined;
  if (!/^\d{1,20}$/.test(raw)) {
    out.problems.push(`line ${anchor.line}: ${attr.toUpperCase()} "${raw}" is not a number of seconds since 1970`);
    return undefined;
  }
  let seconds = Number(raw);
  for (let i = 0; i < 3 && seconds > MAX_SECONDS; i++) seconds /= 1000;
  if (seconds > MAX_SECONDS) {
    out.problems.push(`line ${anchor.line}: ${attr.toUpperCase()} "${raw}" is too large to be a date`);
    return undefined;
  }
  return fromDayNumber(Math.floor(seconds / 86400));
}

/**
 * Writes bookmarks as a Netscape bookmark file every reader here takes (interop.md §1.7): folders
 * as nested `<H3>`/`<DL>`, `ADD_DATE` and `LAST_MODIFIED` in seconds (a date's UTC midnight),
 * `PRIVATE="1"`, `TOREAD` (1 for inbox and reading), `TAGS` with Linkding's archived tag for an
 * archived one, the description as `<DD>`. Text and attributes are escaped (`& < > " '`); in
 * `HREF` only `&` and `"` (as `%22`).
 * @example printNetscape([{ url: 'https://x.org/', title: 'X', tags: [] }]) // '<!DOCTYPE NETSCAPE-Bookmark-file-1>…'
 */
export function printNetscape(bookmarks: readonly BookmarkEntry[]): string {
  const root = newFolder();
  for (const b of bookmarks) {
    let folder = root;
    for (const name of (b.folder ?? '').split('/').filter((f) => f !== '')) {
      let child = folder.folders.get(name);
      if (!child) {
        child = newFolder();
        folder.folders.set(name, child);
      }
      folder = child;
    }
    folder.bookmarks.push(b);
  }
  const lines = [
    '<!DOCTYPE NETSCAPE-Bookmark-file-1>',
    '<!-- This is an automatically generated file.',
    '     It will be read and overwritten.',
    '     DO NOT EDIT! -->',
    '<META HTTP-EQUIV="Content-Type" CONTENT="text/html; charset=UTF-8">',
    '<TITLE>Bookmarks</TITLE>',
    '<H1>Bookmarks</H1>',
  ];
  writeFolder(root, '', lines);
  return lines.join('\n') + '\n';
}

interface FolderNode {
  bookmarks: BookmarkEntry[];
  folders: Map<string, FolderNode>;
}

function newFolder(): FolderNode {
  return { bookmarks: [], folders: new Map() };
}

function writeFolder(folder: FolderNode, indent: string, lines: string[]): void {
  lines.push(`${indent}<DL><p>`);
  const inner = indent + '    ';
  for (const b of folder.bookmarks) {
    lines.push(`${inner}<DT><A ${anchorAttributes(b)}>${escapeHtml(b.title)}</A>`);
    const description = b.description?.trim();
    if (description) lines.push(`${inner}<DD>${escapeHtml(description)}`);
  }
  for (const [name, child] of folder.folders) {
    lines.push(`${inner}<DT><H3>${escapeHtml(name)}</H3>`);
    writeFolder(child, inner, lines);
  }
  lines.push(`${indent}</DL><p>`);
}

function anchorAttributes(b: BookmarkEntry): string {
  const attrs = [`HREF="${b.url.replace(/&/g, '&amp;').replace(/"/g, '%22')}"`];
  if (b.added) attrs.push(`ADD_DATE="${toDayNumber(b.added) * 86400}"`);
  if (b.modified) attrs.push(`LAST_MODIFIED="${toDayNumber(b.modified) * 86400}"`);
  attrs.push('PRIVATE="1"');
  if (b.status) attrs.push(`TOREAD="${b.status === 'inbox' || b.status === 'reading' ? 1 : 0}"`);
  const tags = b.status === 'archived' ? [...b.tags, LINKDING_ARCHIVED[0]] : b.tags;
  if (tags.length > 0) attrs.push(`TAGS="${escapeHtml(tags.join(','))}"`);
  return attrs.join(' ');
}
