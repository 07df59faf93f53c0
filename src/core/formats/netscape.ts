import { toDayNumber } from '../dates/dayNumber';
import type { BookmarkEntry } from './BookmarkEntry';
import { escapeHtml } from './htmlText';
import { LINKDING_ARCHIVED } from './netscapeRead';

export { LINKDING_ARCHIVED, parseNetscape } from './netscapeRead';

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
