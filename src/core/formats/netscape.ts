import { fromDayNumber, toDayNumber } from '../dates/dayNumber';
import { uniqueTags, type BookmarkEntry, type ReadBookmarks, type SourcedBookmark } from './BookmarkEntry';
import { decodeEntities, escapeHtml } from './htmlText';
import { lineCounter, scanHtml } from './htmlTokens';

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
  const text = html.charCodeAt(0) === 0xfeff ? html.slice(1) : html;
  const lineOf = lineCounter(text);
  const days = new Map<number, string>();
  const folders: (string | null)[] = [];
  // The path of the open folders, rebuilt only when a list opens or closes.
  let folderPath = '';
  let pendingFolder: string | undefined;
  let mode: 'none' | 'title' | 'folder' | 'description' | 'ignore' = 'none';
  let buffer = '';
  // One map for every <A>: a bookmark is finished before the next one starts.
  const anchorAttrs = new Map<string, string>();
  let anchor: Map<string, string> | undefined;
  let anchorLine = 0;
  let last: SourcedBookmark | undefined;
  let lists = 0;

  const finish = (): void => {
    if (mode === 'title' && anchor) last = bookmarkOf(anchor, anchorLine, buffer, folderPath, out, days);
    else if (mode === 'folder') pendingFolder = decodeEntities(buffer).trim().replace(/\//g, '-');
    else if (mode === 'description' && last) {
      const decoded = decodeEntities(buffer);
      const description = (decoded.includes('\r') ? decoded.replace(/\r\n|\n\r|\r/g, '\n') : decoded).trim();
      if (description !== '') last.description = description;
    }
    mode = 'none';
    buffer = '';
    anchor = undefined;
  };

  const broke = scanHtml(text, {
    attrsFor: (name) => (name === 'a' ? anchorAttrs : undefined),
    text(start, end) {
      if (mode !== 'none' && mode !== 'ignore') buffer += text.slice(start, end);
    },
    tag(name, closing, attrs, at) {
      if (mode === 'ignore') {
        if (closing) mode = 'none';
        return;
      }
      if (name === 'br' && mode === 'description') {
        buffer += '\n';
        return;
      }
      if ((name === 'p' || name === 'hr') && mode !== 'description') return;
      if (closing && (name === 'a' || FOLDER_HEADINGS.has(name))) return finish();
      if (closing && !LISTS.has(name)) return;
      finish();
      if (LISTS.has(name)) {
        lists++;
        if (closing) folders.pop();
        else folders.push(pendingFolder ?? null);
        folderPath = folders.filter((f): f is string => f !== null && f !== '').join('/');
        pendingFolder = undefined;
        last = undefined;
      } else if (name === 'a') {
        anchor = attrs;
        anchorLine = lineOf(at);
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
    },
  });
  if (broke) return { bookmarks: [], skipped: [], problems: [`line ${lineOf(broke.at)}: ${broke.message}`] };
  finish();
  if (lists === 0 && out.bookmarks.length === 0 && out.problems.length === 0 && out.skipped.length === 0)
    out.problems.push(
      'line 1: not a Netscape bookmark file (no <DL> list and no <A HREF> bookmark; browsers export one with <!DOCTYPE NETSCAPE-Bookmark-file-1>)',
    );
  return out;
}

function bookmarkOf(
  attrs: Map<string, string>,
  line: number,
  rawTitle: string,
  folder: string,
  out: ReadBookmarks,
  days: Map<number, string>,
): SourcedBookmark | undefined {
  const href = attrs.get('href');
  if (href === undefined || href.trim() === '') {
    out.problems.push(`line ${line}: a bookmark (<A>) without HREF`);
    return undefined;
  }
  const url = decodeEntities(href).trim();
  if (!HTTP_URL.test(url)) {
    out.skipped.push(`line ${line}: ${url} is not an http or https URL (skipped)`);
    return undefined;
  }
  const added = readDate(attrs.get('add_date'), 'ADD_DATE', line, out, days);
  const modified = readDate(attrs.get('last_modified'), 'LAST_MODIFIED', line, out, days);
  let archived = false;
  let tags: string[] = [];
  const tagText = attrs.get('tags');
  if (tagText !== undefined && tagText !== '') {
    const kept: string[] = [];
    for (const tag of decodeEntities(tagText).split(',')) {
      if (tag.includes(':') && (LINKDING_ARCHIVED as readonly string[]).includes(tag.trim().toLowerCase()))
        archived = true;
      else kept.push(tag);
    }
    tags = uniqueTags(kept);
  }
  const toRead = attrs.get('toread')?.trim();
  // One shape for every bookmark (absent fields undefined): far cheaper than adding fields one by one.
  const bookmark: SourcedBookmark = {
    line,
    url,
    title: decodeEntities(rawTitle).trim() || url,
    tags,
    folder: folder === '' ? undefined : folder,
    added: added ?? modified,
    modified,
    status: archived ? 'archived' : toRead === '1' ? 'inbox' : toRead === '0' ? 'read' : undefined,
    description: undefined,
  };
  out.bookmarks.push(bookmark);
  return bookmark;
}

const HTTP_URL = /^https?:\/\/[^/?#\s]/i;

/** The largest number of seconds that is still a date (9999-12-31T23:59:59Z). */
const MAX_SECONDS = 253402300799;

/**
 * A timestamp attribute as a UTC date. Seconds, as the format says; a number too large for seconds
 * is read as milliseconds, then microseconds (old Google exports), then nanoseconds, as Linkding does.
 */
function readDate(
  value: string | undefined,
  attr: string,
  line: number,
  out: ReadBookmarks,
  days: Map<number, string>,
): string | undefined {
  if (value === undefined) return undefined;
  const raw = value.trim();
  if (raw === '') return undefined;
  if (!DIGITS.test(raw)) {
    out.problems.push(`line ${line}: ${attr} "${raw}" is not a number of seconds since 1970`);
    return undefined;
  }
  let seconds = Number(raw);
  for (let i = 0; i < 3 && seconds > MAX_SECONDS; i++) seconds /= 1000;
  if (seconds > MAX_SECONDS) {
    out.problems.push(`line ${line}: ${attr} "${raw}" is too large to be a date`);
    return undefined;
  }
  const day = Math.floor(seconds / 86400);
  // One file's bookmarks share few days, and formatting is most of a date's cost.
  let text = days.get(day);
  if (text === undefined) {
    text = fromDayNumber(day);
    days.set(day, text);
  }
  return text;
}

const DIGITS = /^\d{1,20}$/;

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
  const byPath = new Map<string, FolderNode>([['', root]]);
  const folderAt = (path: string): FolderNode => {
    const known = byPath.get(path);
    if (known) return known;
    let node: FolderNode = root;
    for (const name of path.split('/')) {
      if (name === '') continue;
      let child: FolderNode | undefined = node.folders.get(name);
      if (!child) {
        child = newFolder();
        node.folders.set(name, child);
      }
      node = child;
    }
    byPath.set(path, node);
    return node;
  };
  for (const b of bookmarks) folderAt(b.folder ?? '').bookmarks.push(b);
  const out = { text: HEADER };
  writeFolder(root, '', out);
  return out.text;
}

const HEADER = [
  '<!DOCTYPE NETSCAPE-Bookmark-file-1>',
  '<!-- This is an automatically generated file.',
  '     It will be read and overwritten.',
  '     DO NOT EDIT! -->',
  '<META HTTP-EQUIV="Content-Type" CONTENT="text/html; charset=UTF-8">',
  '<TITLE>Bookmarks</TITLE>',
  '<H1>Bookmarks</H1>',
  '',
].join('\n');

interface FolderNode {
  bookmarks: BookmarkEntry[];
  folders: Map<string, FolderNode>;
}

function newFolder(): FolderNode {
  return { bookmarks: [], folders: new Map() };
}

function writeFolder(folder: FolderNode, indent: string, out: { text: string }): void {
  out.text += `${indent}<DL><p>\n`;
  const inner = indent + '    ';
  for (const b of folder.bookmarks) {
    out.text += `${inner}<DT><A ${anchorAttributes(b)}>${escapeHtml(b.title)}</A>\n`;
    const description = b.description?.trim();
    if (description) out.text += `${inner}<DD>${escapeHtml(description)}\n`;
  }
  for (const [name, child] of folder.folders) {
    out.text += `${inner}<DT><H3>${escapeHtml(name)}</H3>\n`;
    writeFolder(child, inner, out);
  }
  out.text += `${indent}</DL><p>\n`;
}

function anchorAttributes(b: BookmarkEntry): string {
  let attrs = `HREF="${b.url.includes('&') || b.url.includes('"') ? b.url.replace(/&/g, '&amp;').replace(/"/g, '%22') : b.url}"`;
  if (b.added) attrs += ` ADD_DATE="${secondsOf(b.added)}"`;
  if (b.modified) attrs += ` LAST_MODIFIED="${secondsOf(b.modified)}"`;
  attrs += ' PRIVATE="1"';
  if (b.status) attrs += b.status === 'inbox' || b.status === 'reading' ? ' TOREAD="1"' : ' TOREAD="0"';
  const tags = b.status === 'archived' ? [...b.tags, LINKDING_ARCHIVED[0]] : b.tags;
  if (tags.length > 0) attrs += ` TAGS="${escapeHtml(tags.join(','))}"`;
  return attrs;
}

/** A date's UTC midnight in seconds since 1970 (the date is a validated `YYYY-MM-DD`). */
function secondsOf(date: string): number {
  const civil = { year: Number(date.slice(0, 4)), month: Number(date.slice(5, 7)), day: Number(date.slice(8, 10)) };
  return toDayNumber(civil) * 86400;
}
